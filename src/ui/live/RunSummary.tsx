import type { Technique } from '../../content/types';
import { summariseRun } from '../../live/run';
import { formatSpoken } from '../../live/timer';
import type { Run } from './use-run';
import { newNoteUrl } from '../../routes/urls';

/** The end of a run: planned against actual time for each step, and the way to the note. */
export function RunSummary({ technique: t, run }: { technique: Technique; run: Run }) {
  const times = summariseRun(run.state, run.now);
  const planned = times.reduce((sum, s) => sum + s.plannedMs, 0);
  const spent = times.reduce((sum, s) => sum + (s.spentMs ?? 0), 0);
  return (
    <section aria-labelledby="run-done">
      <h2 id="run-done">Run complete</h2>
      <p>
        Planned {formatSpoken(planned)}; took {formatSpoken(spent)}.
      </p>
      <table class="run-times">
        <caption>Time for each step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Planned</th>
            <th scope="col">Taken</th>
          </tr>
        </thead>
        <tbody>
          {t.steps.map((s, i) => (
            <tr key={s.title}>
              <th scope="row">{s.title}</th>
              <td>{formatSpoken(times[i].plannedMs)}</td>
              <td>{times[i].spentMs === null ? 'Not reached' : formatSpoken(times[i].spentMs!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="run-controls">
        <a class="button" href={newNoteUrl(t.id)}>
          Write the session note
        </a>
        <button type="button" class="secondary" onClick={() => run.act('previous')}>
          Back to the last step
        </button>
        <button type="button" class="secondary" onClick={run.restart}>
          Run it again
        </button>
      </div>
    </section>
  );
}
