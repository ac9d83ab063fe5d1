/**
 * A run through a technique's timed steps, as a pure reducer. Each step has its own countdown, started the
 * first time the step is shown; leaving a step pauses it, coming back carries on where it stopped.
 * Actions carry `now` (Date.now), so the reducer never reads the clock and tests can move time by hand.
 */
import {
  addMinute,
  elapsedMs,
  isFinished,
  isRunning,
  pauseTimer,
  resumeTimer,
  startTimer,
  type TimerState,
} from './timer';

export type RunStage = 'ready' | 'running' | 'done';

export interface RunState {
  readonly stage: RunStage;
  /** The current step (0-based). Kept while ready or done, so Back returns to it. */
  readonly step: number;
  /** Each step's planned length. */
  readonly lengthsMs: readonly number[];
  /** Each step's countdown; null until the step is first shown. */
  readonly timers: readonly (TimerState | null)[];
}

export type RunAction =
  | { type: 'next' | 'previous' | 'pause' | 'resume' | 'add-minute'; now: number }
  | { type: 'restart' };

/** A run that has not started, for steps of these lengths in minutes. */
export function createRun(minutes: readonly number[]): RunState {
  return {
    stage: 'ready',
    step: 0,
    lengthsMs: minutes.map((m) => m * 60_000),
    timers: minutes.map(() => null),
  };
}

export function currentTimer(state: RunState): TimerState | null {
  return state.timers[state.step] ?? null;
}

function updateTimer(
  state: RunState,
  step: number,
  update: (timer: TimerState) => TimerState,
): RunState {
  const timer = state.timers[step];
  if (!timer) return state;
  const timers = state.timers.slice();
  timers[step] = update(timer);
  return { ...state, timers };
}

/** Shows a step: starts its countdown the first time, carries on an unfinished one after that. */
function enter(state: RunState, step: number, now: number): RunState {
  const timers = state.timers.slice();
  const timer = timers[step];
  if (!timer) timers[step] = startTimer(state.lengthsMs[step], now);
  else if (!isFinished(timer, now)) timers[step] = resumeTimer(timer, now);
  return { ...state, stage: 'running', step, timers };
}

function leave(state: RunState, now: number): RunState {
  return updateTimer(state, state.step, (t) => pauseTimer(t, now));
}

export function runReducer(state: RunState, action: RunAction): RunState {
  if (action.type === 'restart') return createRun(state.lengthsMs.map((ms) => ms / 60_000));
  const { now } = action;
  const last = state.lengthsMs.length - 1;
  switch (action.type) {
    case 'next':
      if (state.stage === 'ready') return enter(state, state.step, now);
      if (state.stage === 'done') return state;
      return state.step < last
        ? enter(leave(state, now), state.step + 1, now)
        : { ...leave(state, now), stage: 'done' };
    case 'previous':
      if (state.stage === 'ready') return state;
      if (state.stage === 'done') return enter(state, last, now);
      return state.step > 0
        ? enter(leave(state, now), state.step - 1, now)
        : { ...leave(state, now), stage: 'ready' };
    case 'pause':
      return state.stage === 'running'
        ? updateTimer(state, state.step, (t) => pauseTimer(t, now))
        : state;
    case 'resume':
      return state.stage === 'running'
        ? updateTimer(state, state.step, (t) => resumeTimer(t, now))
        : state;
    case 'add-minute':
      return state.stage === 'running'
        ? updateTimer(state, state.step, (t) => addMinute(t, now))
        : state;
  }
}

/** True while the current step's countdown is moving (the page then ticks and keeps the screen awake). */
export function isCounting(state: RunState): boolean {
  const timer = currentTimer(state);
  return state.stage === 'running' && timer !== null && isRunning(timer);
}

export interface StepTime {
  plannedMs: number;
  /** Time spent on the step; null if the run never reached it. */
  spentMs: number | null;
}

/** Planned against actual time for each step, for the end of a run. */
export function summariseRun(state: RunState, now: number): StepTime[] {
  return state.lengthsMs.map((plannedMs, i) => {
    const timer = state.timers[i];
    return { plannedMs, spentMs: timer ? elapsedMs(timer, now) : null };
  });
}

const isTimer = (t: unknown): t is TimerState => {
  const v = t as TimerState;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite(v.durationMs) &&
    Number.isFinite(v.elapsedBeforeMs) &&
    (v.runningSince === null || Number.isFinite(v.runningSince))
  );
};

/**
 * A run saved earlier (so a reload mid-meeting carries on), if it is well formed and for steps of the same
 * lengths; otherwise null, and the caller starts afresh.
 */
export function restoreRun(saved: unknown, minutes: readonly number[]): RunState | null {
  const s = saved as RunState | null;
  if (typeof s !== 'object' || s === null || !['ready', 'running', 'done'].includes(s.stage))
    return null;
  if (!Array.isArray(s.lengthsMs) || !Array.isArray(s.timers)) return null;
  const expected = minutes.map((m) => m * 60_000);
  if (s.lengthsMs.length !== expected.length || s.lengthsMs.some((ms, i) => ms !== expected[i]))
    return null;
  if (s.timers.length !== expected.length || !s.timers.every((t) => t === null || isTimer(t)))
    return null;
  if (!Number.isInteger(s.step) || s.step < 0 || s.step >= expected.length) return null;
  return { stage: s.stage, step: s.step, lengthsMs: expected, timers: s.timers };
}
