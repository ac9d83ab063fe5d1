import type { Technique } from '../../content/types';
import { formatMinutes } from '../shared/format';
import type { Run } from './use-run';

/** Before the start: the plan, and one button to begin. Each step's timer starts when you reach it. */
export function RunOverview({ technique: t, run }: { technique: Technique; run: Run }) {
  const total = t.steps.reduce((sum, s) => sum + s.minutes, 0);
  const started = run.state.timers.some((timer) => timer !== null);
  return (
    <section aria-labelledby="run-plan">
      <h2 id="run-plan">
        {t.steps.length} steps, about {formatMinutes({ min: total, max: total })}
      </h2>
      <ol class="run-plan">
        {t.steps.map((s) => (
          <li key={s.title}>
            {s.title} <span class="minutes">({s.minutes} min)</span>
          </li>
        ))}
      </ol>
      <p>
        Each step’s timer starts when you reach it. The screen stays on while the run is going,
        where your device allows it.
      </p>
      <button type="button" class="big" onClick={() => run.act('next')}>
        {started ? 'Carry on' : 'Start'}
      </button>
    </section>
  );
}
