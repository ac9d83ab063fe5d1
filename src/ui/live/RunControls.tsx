import { currentTimer } from '../../live/run';
import { isFinished, isRunning } from '../../live/timer';
import type { Run } from './use-run';

/** Back, pause or carry on, one more minute, and on to the next step. */
export function RunControls({ run, steps }: { run: Run; steps: number }) {
  const timer = currentTimer(run.state);
  const up = !timer || isFinished(timer, run.now);
  const last = run.state.step === steps - 1;
  return (
    <div class="run-controls">
      <button type="button" class="secondary" onClick={() => run.act('previous')}>
        {run.state.step === 0 ? 'Back to overview' : 'Previous step'}
      </button>
      {!up && timer && (
        <button
          type="button"
          class="secondary"
          onClick={() => run.act(isRunning(timer) ? 'pause' : 'resume')}
        >
          {isRunning(timer) ? 'Pause' : 'Resume'}
        </button>
      )}
      <button type="button" class="secondary" onClick={() => run.act('add-minute')}>
        Add a minute
      </button>
      <button type="button" onClick={() => run.act('next')}>
        {last ? 'Finish' : 'Next step'}
      </button>
    </div>
  );
}
