import { useEffect } from 'preact/hooks';
import type { Technique } from '../../content/types';
import { RunOverview } from './RunOverview';
import { RunStep } from './RunStep';
import { RunSummary } from './RunSummary';
import { TechniqueChooser } from './TechniqueChooser';
import { useRun } from './use-run';
import { useTechniqueQuery } from './use-technique-query';
import { newNoteUrl, presentUrl, techniqueUrl } from '../../routes/urls';

function RunView({ technique: t }: { technique: Technique }) {
  const run = useRun(t, 'run');
  useEffect(() => {
    document.title = `Run ${t.title} · Mobilise`;
  }, [t]);
  const { stage } = run.state;
  return (
    <div class="run">
      <p class={`phase-label phase-${t.phase}`}>Run mode</p>
      <h1>{t.title}</h1>
      <nav class="live-links" aria-label="While you run it">
        <a class="button" href={newNoteUrl(t.id)}>
          Write the session note
        </a>
        <a href={presentUrl(t.id)}>Presenter view</a>
        <a href={techniqueUrl(t.id)}>About {t.title}</a>
      </nav>
      <p class="visually-hidden" role="status">
        {run.announcement}
      </p>
      {stage === 'ready' && <RunOverview technique={t} run={run} />}
      {stage === 'running' && <RunStep technique={t} run={run} />}
      {stage === 'done' && <RunSummary technique={t} run={run} />}
      <label class="check">
        <input
          type="checkbox"
          checked={run.signal}
          onChange={(e) => run.setSignal(e.currentTarget.checked)}
        />
        Sound and vibration when a step’s time is up
      </label>
    </div>
  );
}

/** `/run?technique=<id>`: a technique one step at a time, each with its own countdown. */
export function RunPage() {
  const query = useTechniqueQuery();
  if (query.status !== 'ready')
    return <TechniqueChooser query={query} heading="Run a technique" path="/run" />;
  return <RunView key={query.technique.id} technique={query.technique} />;
}
