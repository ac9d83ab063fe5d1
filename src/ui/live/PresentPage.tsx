import { useEffect } from 'preact/hooks';
import type { Technique } from '../../content/types';
import { currentTimer } from '../../live/run';
import { isRunning } from '../../live/timer';
import { PresentSlide } from './PresentSlide';
import { RunControls } from './RunControls';
import { TechniqueChooser } from './TechniqueChooser';
import { useRun } from './use-run';
import { useStepKeys } from './use-step-keys';
import { useTechniqueQuery } from './use-technique-query';
import { techniqueUrl } from '../../routes/urls';

function PresentView({ technique: t }: { technique: Technique }) {
  const run = useRun(t, 'present');
  const { stage, step } = run.state;
  useEffect(() => {
    document.title = `Present ${t.title} · Mobilise`;
  }, [t]);
  useStepKeys((action) => {
    if (action !== 'toggle-pause') return run.act(action);
    const timer = currentTimer(run.state);
    if (stage === 'running' && timer) run.act(isRunning(timer) ? 'pause' : 'resume');
  });
  const where =
    stage === 'ready'
      ? 'Introduction'
      : stage === 'done'
        ? 'Close'
        : `Step ${step + 1} of ${t.steps.length}`;
  return (
    <div class="present">
      <div class="present-bar">
        {stage !== 'ready' && <h1 class="present-name">{t.title}</h1>}
        <p class="present-where">{where}</p>
        <a href={techniqueUrl(t.id)}>Leave presenter view</a>
      </div>
      <p class="visually-hidden" role="status">
        {run.announcement}
      </p>
      <PresentSlide technique={t} run={run} />
      {stage === 'running' ? (
        <RunControls run={run} steps={t.steps.length} />
      ) : (
        <div class="run-controls">
          {stage === 'done' && (
            <button type="button" class="secondary" onClick={() => run.act('previous')}>
              Previous step
            </button>
          )}
          {stage === 'ready' && (
            <button type="button" onClick={() => run.act('next')}>
              Start
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** `/present?technique=<id>`: large type for a projector, stepped by keyboard or clicker, with a QR code. */
export function PresentPage() {
  const query = useTechniqueQuery();
  if (query.status !== 'ready')
    return <TechniqueChooser query={query} heading="Presenter view" path="/present" />;
  return <PresentView key={query.technique.id} technique={query.technique} />;
}
