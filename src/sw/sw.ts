/// <reference lib="webworker" />
/** The service worker: precaches every page and asset, serves deep links offline, updates only when asked. */
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

precacheAndRoute(self.__WB_MANIFEST, {
  // State in the query string (a chooser's answers, a note's id) does not change which page is served.
  ignoreURLParametersMatching: [/.*/],
  // Prerendered pages live at /techniques/<id>/index.html; links use /techniques/<id>.
  urlManipulation: ({ url }) =>
    url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url.origin)],
});
cleanupOutdatedCaches();

// Any other address gets the prerendered "page not found" page, which still works offline.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/404/index.html')));

// On the very first visit, take control at once so the app works offline without a reload.
// An update never takes over by itself: it waits until the user accepts it (SKIP_WAITING).
clientsClaim();
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
