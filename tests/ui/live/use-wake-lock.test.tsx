import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useWakeLock } from '../../../src/ui/live/use-wake-lock';

function Probe({ active }: { active: boolean }) {
  useWakeLock(active);
  return null;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeWakeLock(request: () => Promise<unknown>) {
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: { request: vi.fn(request) },
  });
  return (navigator as unknown as { wakeLock: { request: ReturnType<typeof vi.fn> } }).wakeLock
    .request;
}

afterEach(() => {
  delete (navigator as unknown as { wakeLock?: unknown }).wakeLock;
});

describe('useWakeLock', () => {
  it('asks for the lock while active, again when the page comes back, and lets go when inactive', async () => {
    const locks: { released: boolean; release: () => Promise<void> }[] = [];
    const request = fakeWakeLock(async () => {
      const lock = { released: false, release: async () => void (lock.released = true) };
      locks.push(lock);
      return lock;
    });
    const { rerender } = render(<Probe active />);
    await flush();
    expect(request).toHaveBeenCalledTimes(1);
    locks[0].released = true; // the browser drops it when the page is hidden
    document.dispatchEvent(new Event('visibilitychange'));
    await flush();
    expect(request).toHaveBeenCalledTimes(2);
    rerender(<Probe active={false} />);
    await flush();
    expect(locks.every((l) => l.released)).toBe(true);
  });

  it('does not ask twice while it still holds the lock', async () => {
    const request = fakeWakeLock(async () => ({ released: false, release: async () => {} }));
    render(<Probe active />);
    await flush();
    document.dispatchEvent(new Event('visibilitychange'));
    await flush();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('carries on quietly when the browser refuses', async () => {
    const request = fakeWakeLock(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    expect(() => render(<Probe active />)).not.toThrow();
    await flush();
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('does nothing where there is no Wake Lock API', () => {
    expect('wakeLock' in navigator).toBe(false);
    expect(() => render(<Probe active />)).not.toThrow();
  });
});
