import { getCard } from '../../content/catalog';
import { timelineGroups } from '../../loop/work-summary';
import { formatDay } from '../../storage/dates';
import type { Session } from '../../storage/session-record';
import { PHASE_NAMES } from '../shared/format';
import { editUrl } from '../../routes/urls';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A piece of work's notes in date order, grouped by the phase of their technique. */
export function WorkTimeline({ sessions }: { sessions: Session[] }) {
  const groups = timelineGroups(sessions, (id) => getCard(id)?.phase);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {groups.length === 0 && (
        <p>No notes in this piece of work yet. Start one below: it will appear here.</p>
      )}
      {groups.map((g) => (
        <div key={g.phase} class="timeline-group">
          <h3 id={`timeline-${g.phase}`}>
            {g.phase === 'other' ? 'Other notes' : PHASE_NAMES[g.phase]}
          </h3>
          <ol class="timeline" aria-labelledby={`timeline-${g.phase}`}>
            {g.sessions.map((s) => {
              const technique = getCard(s.techniqueId)?.title ?? s.techniqueId;
              const open = s.actions.filter((a) => !a.done && a.what.trim()).length;
              return (
                <li key={s.id} class="note-item">
                  <a class="note-link" href={editUrl(s.id)}>
                    {s.title.trim() || `Untitled ${technique} note`}
                  </a>
                  <span class="note-meta">
                    {technique} · {formatDay(s.date)} ·{' '}
                    {plural(open, 'open action', 'open actions')} ·{' '}
                    {plural(s.lessons.length, 'lesson', 'lessons')}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </section>
  );
}
