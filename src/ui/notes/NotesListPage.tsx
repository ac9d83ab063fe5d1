import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { techniques } from '../../content/catalog';
import { NOT_THE_OFFICIAL_RECORD } from '../../storage/record-notice';
import { describeStorageError } from '../../storage/errors';
import type { Session } from '../../storage/session-record';
import { NoteRow } from './NoteRow';
import { useNotes } from '../shared/NotesContext';
import { StartNoteForm } from './StartNoteForm';
import { UndoBar } from '../shared/UndoBar';
import { useNotesList, type ListView } from './use-notes-list';
import { editUrl } from '../../routes/urls';

const PAGE = 25;
const count = (n: number) => n.toLocaleString('en-GB');

function describeView(view: ListView | null, filtered: boolean): string {
  if (!view) return 'Loading your notes…';
  if (view.total === null || view.all === null)
    return filtered ? 'Searching…' : 'Most recently edited first.';
  if (filtered)
    return `${count(view.total)} of ${count(view.all)} ${view.all === 1 ? 'note matches' : 'notes match'}.`;
  return `${count(view.all)} ${view.all === 1 ? 'note' : 'notes'}, most recently edited first.`;
}

/** /notes: every note on this device, newest first, with instant search and a technique filter. */
export function NotesListPage() {
  const notes = useNotes();
  const { route } = useLocation();
  const [query, setQuery] = useState('');
  const [technique, setTechnique] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [removed, setRemoved] = useState<Session | null>(null);
  const typedAt = useRef(0);
  const { view, problem, setProblem } = useNotesList(notes, query, technique, limit, typedAt);

  const remove = async (id: string) => {
    try {
      setRemoved((await notes!.sessions.remove(id)) ?? null);
    } catch (error) {
      setProblem(describeStorageError(error, false).message);
    }
  };
  const duplicate = async (id: string) => {
    try {
      const copy = await notes!.sessions.duplicate(
        id,
        (s) => `Copy of ${s.title.trim() || 'untitled note'}`,
      );
      route(editUrl(copy.id));
    } catch (error) {
      setProblem(describeStorageError(error, false).message);
    }
  };

  const searching = query.trim() !== '' || technique !== '';
  return (
    <>
      <h1>Session notes</h1>
      <p class="lede">
        Notes are kept on this device only. They save as you type and work offline.
      </p>
      <p class="record-notice">{NOT_THE_OFFICIAL_RECORD}</p>
      <StartNoteForm />
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      {view && !searching && view.rows.length === 0 && !problem ? (
        <section aria-labelledby="empty-heading" class="box">
          <h2 id="empty-heading">No notes yet</h2>
          <p>
            Start a note when you run a session: pick the technique above, or use “Start a session
            note” on any technique’s page. Each note follows that technique’s own questions, and
            keeps actions and lessons.
          </p>
          <p>
            Have a backup file? <a href="/settings">Import it in Settings</a>.
          </p>
        </section>
      ) : (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading">Your notes</h2>
          <form role="search" class="notes-filters" onSubmit={(e) => e.preventDefault()}>
            <div>
              <label for="notes-search">Search notes</label>
              <input
                id="notes-search"
                type="search"
                autocomplete="off"
                value={query}
                onFocus={() => notes?.sessions.prepareSearch().catch(() => undefined)}
                onInput={(e) => (
                  (typedAt.current = performance.now()),
                  setLimit(PAGE),
                  setQuery(e.currentTarget.value)
                )}
              />
            </div>
            <div>
              <label for="notes-technique">Technique</label>
              <select
                id="notes-technique"
                value={technique}
                onChange={(e) => (setLimit(PAGE), setTechnique(e.currentTarget.value))}
              >
                <option value="">All techniques</option>
                {techniques.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <p role="status" class="muted">
            {describeView(view, searching)}
          </p>
          {view && view.rows.length > 0 && (
            <ul class="note-list" aria-label="Notes">
              {view.rows.map((note) => (
                <NoteRow
                  key={note.id}
                  note={note}
                  onDuplicate={() => void duplicate(note.id)}
                  onDelete={() => void remove(note.id)}
                />
              ))}
            </ul>
          )}
          {view?.more && (
            <button type="button" class="secondary" onClick={() => setLimit((n) => n + PAGE)}>
              Show more notes
            </button>
          )}
        </section>
      )}
      <p>
        <a href="/work">Pieces of work</a> · <a href="/actions">Actions to follow up</a> ·{' '}
        <a href="/lessons">Lessons library</a>
      </p>
      <p>
        <a href="/settings">Back up, import or erase notes</a>
      </p>
      {removed && (
        <UndoBar
          message={`Deleted “${removed.title.trim() || 'Untitled note'}”.`}
          onUndo={() => {
            void notes!.sessions
              .restore(removed)
              .catch((error) => setProblem(describeStorageError(error, false).message));
            setRemoved(null);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}
    </>
  );
}
