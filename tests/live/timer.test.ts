// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addMinute,
  elapsedMs,
  formatCountdown,
  formatSpoken,
  isFinished,
  isRunning,
  overrunMs,
  pauseTimer,
  remainingMs,
  resumeTimer,
  skipTimer,
  startTimer,
  timerEvents,
} from '../../src/live/timer';

/** A clock the test moves by hand, as a phone's wall clock moves while the page is asleep. */
function fakeClock(start = Date.UTC(2026, 2, 3, 9, 0, 0)) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

const MIN = 60_000;

describe('startTimer', () => {
  it('counts down from the full length at the start', () => {
    const clock = fakeClock();
    const timer = startTimer(5 * MIN, clock.now());
    expect(remainingMs(timer, clock.now())).toBe(5 * MIN);
    expect(isRunning(timer)).toBe(true);
    expect(isFinished(timer, clock.now())).toBe(false);
  });

  it('reaches time up exactly when the length has passed', () => {
    const clock = fakeClock();
    const timer = startTimer(5 * MIN, clock.now());
    clock.advance(5 * MIN - 1);
    expect(isFinished(timer, clock.now())).toBe(false);
    clock.advance(1);
    expect(isFinished(timer, clock.now())).toBe(true);
    expect(remainingMs(timer, clock.now())).toBe(0);
  });
});

describe('sleep and background', () => {
  it('keeps true time across an hour asleep, with no ticks in between', () => {
    const clock = fakeClock();
    const timer = startTimer(12 * MIN, clock.now());
    clock.advance(3 * MIN);
    expect(remainingMs(timer, clock.now())).toBe(9 * MIN);
    clock.advance(60 * MIN); // the phone slept; nothing ran
    expect(remainingMs(timer, clock.now())).toBe(0);
    expect(isFinished(timer, clock.now())).toBe(true);
    expect(overrunMs(timer, clock.now())).toBe(51 * MIN);
  });

  it('a paused timer does not move while the phone sleeps for an hour', () => {
    const clock = fakeClock();
    let timer = startTimer(10 * MIN, clock.now());
    clock.advance(4 * MIN);
    timer = pauseTimer(timer, clock.now());
    clock.advance(60 * MIN);
    expect(remainingMs(timer, clock.now())).toBe(6 * MIN);
    timer = resumeTimer(timer, clock.now());
    clock.advance(MIN);
    expect(remainingMs(timer, clock.now())).toBe(5 * MIN);
  });

  it('never counts backwards if the clock is set back', () => {
    const clock = fakeClock();
    const timer = startTimer(10 * MIN, clock.now());
    clock.advance(-5 * MIN);
    expect(remainingMs(timer, clock.now())).toBe(10 * MIN);
  });
});

describe('pauseTimer and resumeTimer', () => {
  it('adds up time over several running stretches', () => {
    const clock = fakeClock();
    let timer = startTimer(10 * MIN, clock.now());
    for (let i = 0; i < 3; i++) {
      clock.advance(MIN);
      timer = pauseTimer(timer, clock.now());
      clock.advance(7 * MIN);
      timer = resumeTimer(timer, clock.now());
    }
    expect(elapsedMs(timer, clock.now())).toBe(3 * MIN);
  });

  it('ignores a second pause or resume', () => {
    const clock = fakeClock();
    const running = startTimer(MIN, clock.now());
    expect(resumeTimer(running, clock.now() + 5)).toBe(running);
    const paused = pauseTimer(running, clock.now() + 10);
    expect(pauseTimer(paused, clock.now() + 20)).toBe(paused);
  });
});

describe('addMinute', () => {
  it('lengthens a running countdown by a minute', () => {
    const clock = fakeClock();
    let timer = startTimer(3 * MIN, clock.now());
    clock.advance(MIN);
    timer = addMinute(timer, clock.now());
    expect(remainingMs(timer, clock.now())).toBe(3 * MIN);
  });

  it('gives a fresh minute from now after time up, however long it ran over', () => {
    const clock = fakeClock();
    let timer = startTimer(2 * MIN, clock.now());
    clock.advance(7 * MIN);
    timer = addMinute(timer, clock.now());
    expect(remainingMs(timer, clock.now())).toBe(MIN);
    expect(isFinished(timer, clock.now())).toBe(false);
  });

  it('works while paused', () => {
    const clock = fakeClock();
    const timer = addMinute(pauseTimer(startTimer(MIN, clock.now()), clock.now()), clock.now());
    expect(remainingMs(timer, clock.now() + 10 * MIN)).toBe(2 * MIN);
  });
});

describe('skipTimer', () => {
  it('finishes at once and keeps the time actually spent', () => {
    const clock = fakeClock();
    let timer = startTimer(10 * MIN, clock.now());
    clock.advance(4 * MIN);
    timer = skipTimer(timer, clock.now());
    expect(isFinished(timer, clock.now())).toBe(true);
    expect(isRunning(timer)).toBe(false);
    clock.advance(30 * MIN);
    expect(elapsedMs(timer, clock.now())).toBe(4 * MIN);
  });
});

describe('formatCountdown', () => {
  it.each([
    [12 * MIN, '12:00'],
    [59_000, '0:59'],
    [58_001, '0:59'],
    [1, '0:01'],
    [0, '0:00'],
    [-5, '0:00'],
    [62 * MIN + 3000, '1:02:03'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatCountdown(ms)).toBe(text);
  });
});

describe('formatSpoken', () => {
  it.each([
    [12 * MIN, '12 minutes'],
    [MIN, '1 minute'],
    [45_000, '45 seconds'],
    [1000, '1 second'],
  ])('says %i ms as %s', (ms, text) => {
    expect(formatSpoken(ms)).toBe(text);
  });
});

describe('timerEvents', () => {
  it.each([
    [5 * MIN, 4 * MIN, []],
    [61_000, 60_000, ['one-minute-left']],
    [60_000, 59_000, []],
    [1000, 0, ['time-up']],
    [0, 0, []],
    [10 * MIN, 0, ['time-up']],
  ] as const)('from %i ms to %i ms left says %j', (before, after, events) => {
    expect(timerEvents(before, after)).toEqual(events);
  });

  it('a one-minute step starts without a "one minute left"', () => {
    expect(timerEvents(MIN, MIN - 250)).toEqual([]);
  });
});
