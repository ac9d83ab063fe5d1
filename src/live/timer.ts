/**
 * A step's countdown as plain data. Time is always worked out from wall-clock timestamps passed in
 * (`now`, from Date.now), never by counting ticks: a phone that sleeps, or a tab the browser throttles
 * in the background, stops ticks but not the clock, so the countdown stays true when the page wakes.
 * Every function returns a new state; none reads the clock itself.
 */

export interface TimerState {
  /** The length of the countdown, including any minutes added. */
  readonly durationMs: number;
  /** Time counted before the current running stretch (the total so far while paused). */
  readonly elapsedBeforeMs: number;
  /** When the current running stretch began; null while paused or stopped. */
  readonly runningSince: number | null;
}

export const MINUTE_MS = 60_000;

/** A countdown of `durationMs`, running from `now`. */
export function startTimer(durationMs: number, now: number): TimerState {
  return { durationMs: Math.max(0, durationMs), elapsedBeforeMs: 0, runningSince: now };
}

/** Time counted so far. A clock set backwards never makes it go down past the last known total. */
export function elapsedMs(timer: TimerState, now: number): number {
  const stretch = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.elapsedBeforeMs + stretch;
}

export function remainingMs(timer: TimerState, now: number): number {
  return Math.max(0, timer.durationMs - elapsedMs(timer, now));
}

/** How long past time up the step has run (0 before time up). */
export function overrunMs(timer: TimerState, now: number): number {
  return Math.max(0, elapsedMs(timer, now) - timer.durationMs);
}

export function isFinished(timer: TimerState, now: number): boolean {
  return remainingMs(timer, now) === 0;
}

export function isRunning(timer: TimerState): boolean {
  return timer.runningSince !== null;
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return { ...timer, elapsedBeforeMs: elapsedMs(timer, now), runningSince: null };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (isRunning(timer)) return timer;
  return { ...timer, runningSince: now };
}

/**
 * One more minute. Before time up it lengthens the countdown; after time up it gives a fresh minute
 * from now (adding to a step that ran over by five minutes should not leave it still at time up).
 */
export function addMinute(timer: TimerState, now: number): TimerState {
  const elapsed = elapsedMs(timer, now);
  const durationMs =
    elapsed >= timer.durationMs ? elapsed + MINUTE_MS : timer.durationMs + MINUTE_MS;
  return { ...timer, durationMs };
}

/** Ends the countdown now, keeping the time actually spent (for the run's summary). */
export function skipTimer(timer: TimerState, now: number): TimerState {
  const elapsed = elapsedMs(timer, now);
  return {
    durationMs: Math.min(timer.durationMs, elapsed),
    elapsedBeforeMs: elapsed,
    runningSince: null,
  };
}

/** "12:00", "0:59", "1:02:03". Rounds up, so it shows 0:00 only at time up. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "12 minutes", "1 minute", "45 seconds": for screen readers and summaries. */
export function formatSpoken(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

export type TimerEvent = 'one-minute-left' | 'time-up';

/**
 * What to tell people between two readings of the remaining time. Crossing both marks at once (the page
 * slept through them) gives only "time up": a late "one minute left" would be wrong.
 */
export function timerEvents(previousRemainingMs: number, remainingNowMs: number): TimerEvent[] {
  if (previousRemainingMs > 0 && remainingNowMs === 0) return ['time-up'];
  if (previousRemainingMs > MINUTE_MS && remainingNowMs <= MINUTE_MS && remainingNowMs > 0)
    return ['one-minute-left'];
  return [];
}
