import type { Technique } from '../../content/types';
import { currentTimer } from '../../live/run';
import { Countdown } from './Countdown';
import { RunControls } from './RunControls';
import type { Run } from './use-run';

/** The current step: its countdown and controls, what to do, what to ask, and the key questions. */
export function RunStep({ technique: t, run }: { technique: Technique; run: Run }) {
  const index = run.state.step;
  const step = t.steps[index];
  const next = t.steps[index + 1];
  const timer = currentTimer(run.state);
  return (
    <>
      <section class="run-step" aria-labelledby="run-step-title">
        <p class="run-progress">
          Step {index + 1} of {t.steps.length}
        </p>
        <h2 id="run-step-title">{step.title}</h2>
        {timer && <Countdown timer={timer} now={run.now} />}
        <RunControls run={run} steps={t.steps.length} />
        <p>{step.detail}</p>
        {step.prompts && (
          <>
            <h3>Ask</h3>
            <ul class="prompts">
              {step.prompts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </>
        )}
        <p class="run-next">
          {next ? `Up next: ${next.title} (${next.minutes} min)` : 'This is the last step.'}
        </p>
      </section>
      <section class="box" aria-labelledby="run-questions">
        <h2 id="run-questions">Key questions</h2>
        <ul>
          {t.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
