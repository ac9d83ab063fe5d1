// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createRun,
  currentTimer,
  isCounting,
  restoreRun,
  runReducer,
  summariseRun,
  type RunAction,
  type RunState,
} from '../../src/live/run';
import { isFinished, isRunning, remainingMs } from '../../src/live/timer';

const MIN = 60_000;
const T0 = Date.UTC(2026, 2, 3, 9, 0, 0);

/** Applies actions in order; each action's `now` is T0 plus its offset in minutes. */
function play(state: RunState, ...steps: [RunAction['type'], number][]): RunState {
  return steps.reduce(
    (s, [type, minutes]) =>
      runReducer(s, type === 'restart' ? { type } : { type, now: T0 + minutes * MIN }),
    state,
  );
}

describe('runReducer', () => {
  it('starts on the first step with its countdown running', () => {
    const run = play(createRun([5, 3]), ['next', 0]);
    expect(run.stage).toBe('running');
    expect(run.step).toBe(0);
    expect(remainingMs(currentTimer(run)!, T0)).toBe(5 * MIN);
    expect(isCounting(run)).toBe(true);
  });

  it('starts each step’s countdown when the step is first shown', () => {
    const run = play(createRun([5, 3]), ['next', 0], ['next', 2]);
    expect(run.step).toBe(1);
    expect(remainingMs(currentTimer(run)!, T0 + 2 * MIN)).toBe(3 * MIN);
  });

  it('pauses a step when you leave it and carries on when you come back', () => {
    const run = play(createRun([5, 3]), ['next', 0], ['next', 2], ['previous', 10]);
    expect(run.step).toBe(0);
    expect(remainingMs(currentTimer(run)!, T0 + 10 * MIN)).toBe(3 * MIN);
    expect(isRunning(currentTimer(run)!)).toBe(true);
  });

  it('a step that reached time up stays at time up when you come back', () => {
    const run = play(createRun([2, 3]), ['next', 0], ['next', 4], ['previous', 5]);
    expect(isFinished(currentTimer(run)!, T0 + 5 * MIN)).toBe(true);
  });

  it('finishes after the last step and goes back to it from the end', () => {
    const done = play(createRun([2, 3]), ['next', 0], ['next', 2], ['next', 4]);
    expect(done.stage).toBe('done');
    expect(play(done, ['next', 5]).stage).toBe('done');
    const back = play(done, ['previous', 6]);
    expect(back.stage).toBe('running');
    expect(back.step).toBe(1);
    expect(remainingMs(currentTimer(back)!, T0 + 6 * MIN)).toBe(MIN);
  });

  it('goes back to the start from the first step, and carries on from there', () => {
    const ready = play(createRun([5, 3]), ['next', 0], ['previous', 1]);
    expect(ready.stage).toBe('ready');
    expect(play(ready, ['previous', 2])).toBe(ready);
    const again = play(ready, ['next', 30]);
    expect(remainingMs(currentTimer(again)!, T0 + 30 * MIN)).toBe(4 * MIN);
  });

  it('pauses, resumes and adds a minute to the current step only', () => {
    const run = play(
      createRun([5, 3]),
      ['next', 0],
      ['pause', 1],
      ['resume', 20],
      ['add-minute', 21],
    );
    expect(remainingMs(currentTimer(run)!, T0 + 21 * MIN)).toBe(4 * MIN);
    expect(run.timers[1]).toBeNull();
    expect(isCounting(play(run, ['pause', 22]))).toBe(false);
  });

  it('ignores timer actions before the start', () => {
    const ready = createRun([5]);
    expect(play(ready, ['pause', 0], ['resume', 0], ['add-minute', 0])).toBe(ready);
  });

  it('starts again from scratch', () => {
    const run = play(createRun([5, 3]), ['next', 0], ['next', 1], ['restart', 2]);
    expect(run).toEqual(createRun([5, 3]));
  });
});

describe('summariseRun', () => {
  it('gives planned and spent time per step, and null for steps never reached', () => {
    const run = play(createRun([5, 3, 4]), ['next', 0], ['next', 7]);
    expect(summariseRun(run, T0 + 9 * MIN)).toEqual([
      { plannedMs: 5 * MIN, spentMs: 7 * MIN },
      { plannedMs: 3 * MIN, spentMs: 2 * MIN },
      { plannedMs: 4 * MIN, spentMs: null },
    ]);
  });
});

describe('restoreRun', () => {
  const run = play(createRun([5, 3]), ['next', 0], ['next', 2]);

  it('restores a saved run for the same steps', () => {
    expect(restoreRun(JSON.parse(JSON.stringify(run)), [5, 3])).toEqual(run);
  });

  it.each([
    ['nothing', null],
    ['a string', 'running'],
    ['a different set of steps', run],
    ['an unknown stage', { ...run, stage: 'paused' }],
    ['a step out of range', { ...run, step: 9 }],
    ['a broken timer', { ...run, timers: [{ durationMs: 'soon' }, null] }],
  ])('refuses %s', (_, saved) => {
    expect(restoreRun(saved, saved === run ? [5, 4] : [5, 3])).toBeNull();
  });
});
