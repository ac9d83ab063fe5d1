import {
  formatCountdown,
  isRunning,
  overrunMs,
  remainingMs,
  type TimerState,
} from '../../live/timer';

/**
 * The big countdown. It is a timer role, which screen readers do not read out as it changes; the run
 * announces step changes, one minute left and time up through its own status line instead.
 */
export function Countdown({ timer, now }: { timer: TimerState; now: number }) {
  const remaining = remainingMs(timer, now);
  const over = overrunMs(timer, now);
  const state =
    remaining === 0
      ? `Time is up${over >= 1000 ? `: ${formatCountdown(over)} over` : ''}`
      : isRunning(timer)
        ? 'Running'
        : 'Paused';
  return (
    <div
      class={`countdown${remaining === 0 ? ' is-up' : ''}${isRunning(timer) ? '' : ' is-paused'}`}
      role="group"
      aria-label="Countdown"
    >
      <div class="countdown-time" role="timer">
        <span class="visually-hidden">Time left: </span>
        {formatCountdown(remaining)}
      </div>
      <p class="countdown-state">{state}</p>
    </div>
  );
}
