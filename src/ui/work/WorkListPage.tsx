import { useLocation } from 'preact-iso';
import { getCard, techniques } from '../../content/catalog';
import { suggestNext } from '../../loop/next-technique';
import { overviewWorks, type WorkOverview } from '../../loop/work-summary';
import { formatTime } from '../../storage/dates';
import { createWork } from '../../storage/work';
import { useNotes } from '../shared/NotesContext';
import { useWorks } from './use-work';
import { WorkForm } from './WorkForm';
import { workUrl } from '../../routes/urls';

const excerpt = (text: string) => (text.length > 140 ? `${text.slice(0, 139).trimEnd()}…` : text);

function WorkList({ overviews }: { overviews: WorkOverview[] | null }) {
  if (!overviews) return <p role="status">Loading your pieces of work…</p>;
  if (overviews.length === 0) {
    return (
      <section aria-labelledby="no-work-heading">
        <h2 id="no-work-heading">No pieces of work yet</h2>
        <p>
          A piece of work is a project, a change or a service you are improving. Its notes show as
          one timeline: a Before Action Review as you start, After Action Reviews as you go, a
          Retrospect at the end. Each new session starts from the open actions and the plan of the
          ones before.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="works-heading">
      <h2 id="works-heading">Your pieces of work</h2>
      <ul class="work-list" aria-label="Pieces of work">
        {overviews.map(({ work, notes: count, lastActivity, done }) => {
          const next = suggestNext(techniques, done)[0];
          return (
            <li key={work.id} class="note-item">
              <a class="note-link" href={workUrl(work.id)}>
                {work.name}
              </a>
              <span class="note-meta">
                {count === 1 ? '1 note' : `${count} notes`} · last activity{' '}
                {formatTime(lastActivity)}
                {next && ` · next: ${getCard(next.techniqueId)?.title ?? next.techniqueId}`}
              </span>
              {work.description.trim() && (
                <span class="note-excerpt">{excerpt(work.description.trim())}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** /work: every piece of work on this device, with a form to start one. */
export function WorkListPage() {
  const notes = useNotes();
  const { route } = useLocation();
  const { data, problem } = useWorks(notes);
  const overviews = data ? overviewWorks(data.works, data.sessions) : null;
  const startForm = (
    <section key="start" aria-labelledby="start-work-heading" class="box">
      <h2 id="start-work-heading">Start a piece of work</h2>
      <WorkForm
        idPrefix="new-work"
        submitLabel="Start the piece of work"
        onSave={async (name, description) => {
          const work = await notes!.sessions.saveWork(createWork(name, description));
          route(workUrl(work.id));
        }}
      />
    </section>
  );
  const list = <WorkList key="list" overviews={overviews} />;
  return (
    <>
      <h1>Pieces of work</h1>
      <p class="lede">
        Group the sessions of one project or change, before, during and after it, so what you learn
        carries forward to the next session and the next team.
      </p>
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      {/* With no work yet the form comes first; once there is some, the list does (it is what people come back
          for). Keyed siblings in one list, so the form moves without losing what is typed in it. */}
      {overviews?.length ? [list, startForm] : [startForm, list]}
      <p>
        <a href="/notes">All session notes</a> · <a href="/actions">Open actions</a>
      </p>
    </>
  );
}
