import { useEffect } from 'preact/hooks';

/**
 * Keeps the screen on while `active`. The browser drops the lock whenever the page is hidden, so it is
 * asked for again each time the page comes back. Where there is no Wake Lock API, or the browser says no
 * (battery saver, no permission), nothing happens and nothing is shown: the timer works the same.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | null = null;
    let ended = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || (lock && !lock.released)) return;
      navigator.wakeLock.request('screen').then(
        (sentinel) => {
          if (ended) void sentinel.release().catch(() => {});
          else lock = sentinel;
        },
        () => {}, // refused: the screen may dim, which is the browser's normal behaviour
      );
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      ended = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release().catch(() => {});
    };
  }, [active]);
}
