/** The page's side of the service worker. The only module that imports workbox-window. */
import { Workbox } from 'workbox-window';

export interface ServiceWorkerEvents {
  /** A new version is waiting; `apply` activates it and reloads once. Nothing reloads until it is called. */
  onUpdateReady(apply: () => void): void;
  /** Every page and file is stored on this device (now, or already on an earlier visit). */
  onOfflineReady(): void;
}

/** Registers the service worker. Returns a cleanup function (for effects). */
export function registerServiceWorker({
  onUpdateReady,
  onOfflineReady,
}: ServiceWorkerEvents): () => void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return () => {};
  const wb = new Workbox('/sw.js', { scope: '/' });
  if (navigator.serviceWorker.controller) onOfflineReady();
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) onOfflineReady();
  });
  wb.addEventListener('waiting', () =>
    onUpdateReady(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    }),
  );
  // Look for a new version when the app comes back to the foreground (phones keep tabs open for days).
  const checkForUpdate = () => {
    if (document.visibilityState === 'visible') void wb.update().catch(() => {});
  };
  document.addEventListener('visibilitychange', checkForUpdate);
  void wb.register();
  return () => document.removeEventListener('visibilitychange', checkForUpdate);
}
