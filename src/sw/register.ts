/** The page's side of the service worker. The only module that imports workbox-window. */
import { Workbox } from 'workbox-window';

/**
 * Registers the service worker. When a new version is waiting, calls onUpdateReady with `apply`,
 * which activates it and then reloads once. Nothing reloads until `apply` is called.
 * Returns a cleanup function (for effects).
 */
export function registerServiceWorker(onUpdateReady: (apply: () => void) => void): () => void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return () => {};
  const wb = new Workbox('/sw.js', { scope: '/' });
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
