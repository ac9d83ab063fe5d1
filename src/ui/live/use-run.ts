import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Technique } from '../../content/types';
import {
  createRun,
  currentTimer,
  isCounting,
  restoreRun,
  runReducer,
  type RunAction,
  type RunState,
} from '../../live/run';
import { formatSpoken, isFinished, remainingMs, timerEvents } from '../../live/timer';
import { createChime, vibrate } from './chime';
import { useWakeLock } from './use-wake-lock';

export interface Run {
  state: RunState;
  /** The clock reading the screen was last drawn at. */
  now: number;
  /** The last thing worth saying to a screen reader user (step change, one minute left, time up). */
  announcement: string;
  signal: boolean;
  setSignal(on: boolean): void;
  act(type: Exclude<RunAction['type'], 'restart'>): void;
  restart(): void;
}

const TICK_MS = 250;

const KEEP_MS = 12 * 60 * 60_000; // a run left for longer than a working day starts afresh

function savedRun(key: string, now: number): unknown {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) ?? 'null') as {
      savedAt?: number;
      run?: unknown;
    } | null;
    return saved && typeof saved.savedAt === 'number' && now - saved.savedAt < KEEP_MS
      ? saved.run
      : null;
  } catch {
    return null; // storage blocked or the entry spoilt: start afresh
  }
}

/**
 * A live run of a technique's steps: the pure run reducer, plus a clock that ticks only while a countdown
 * moves, the end-of-step sound and buzz, screen-reader announcements at sensible moments, the screen kept
 * awake, and the run saved in this tab so a reload or a trip to the note page carries on where it was.
 */
export function useRun(
  technique: Technique,
  mode: 'run' | 'present',
  clock: () => number = Date.now,
): Run {
  const minutes = technique.steps.map((s) => s.minutes);
  const key = `mobilise:${mode}:${technique.id}`;
  const [state, dispatch] = useReducer(
    runReducer,
    null,
    () => restoreRun(savedRun(key, clock()), minutes) ?? createRun(minutes),
  );
  const [now, setNow] = useState(clock);
  const [announcement, setAnnouncement] = useState('');
  const [signal, setSignal] = useState(true);
  const chime = useMemo(createChime, []);
  const counting = isCounting(state);

  useEffect(() => {
    setNow(clock());
    if (!counting) return;
    const tick = () => setNow(clock());
    const timer = setInterval(tick, TICK_MS);
    // Timers sleep with the page; read the clock as soon as it is seen again.
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [counting, state]);

  useEffect(() => {
    try {
      if (state.stage === 'ready' && state.timers.every((t) => t === null))
        sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, JSON.stringify({ savedAt: clock(), run: state }));
    } catch {
      // Not saved (private mode, storage full): the run carries on; only a reload would lose it.
    }
  }, [state]);

  useWakeLock(state.stage === 'running');

  // A screen reader hears about a change once, not every second.
  const say = (text: string) => setAnnouncement((last) => (last === text ? `${text}\u00a0` : text));
  const timer = currentTimer(state);
  const remaining = timer ? remainingMs(timer, now) : null;
  const last = useRef<{ stage: string; step: number; remaining: number | null } | null>(null);
  useEffect(() => {
    const before = last.current;
    last.current = { stage: state.stage, step: state.step, remaining };
    if (!before) return; // a restored run starts quietly
    if (before.stage !== state.stage || before.step !== state.step) {
      if (state.stage === 'ready') say('Back at the start.');
      else if (state.stage === 'done') say('Run complete.');
      else {
        const step = technique.steps[state.step];
        const left =
          timer && isFinished(timer, now)
            ? 'Time is up for this step.'
            : `${formatSpoken(remaining ?? 0)} left.`;
        say(`Step ${state.step + 1} of ${technique.steps.length}: ${step.title}. ${left}`);
      }
      return;
    }
    if (remaining === null || before.remaining === null) return;
    for (const event of timerEvents(before.remaining, remaining)) {
      if (event === 'one-minute-left') say('One minute left.');
      else {
        say(`Time is up for ${technique.steps[state.step].title}.`);
        if (signal) {
          chime.play();
          vibrate();
        }
      }
    }
  }, [state.stage, state.step, remaining]);

  return {
    state,
    now,
    announcement,
    signal,
    setSignal,
    act(type) {
      chime.unlock();
      const at = clock();
      dispatch({ type, now: at });
      setNow(at);
      if (type === 'pause') say('Timer paused.');
      if (type === 'resume') say('Timer running.');
      if (type === 'add-minute' && timer)
        say(`A minute added: ${formatSpoken(remainingMs(timer, at) + 60_000)} left.`);
    },
    restart() {
      dispatch({ type: 'restart' });
    },
  };
}
