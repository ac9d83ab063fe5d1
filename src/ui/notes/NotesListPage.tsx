import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { techniques } from '../../content/catalog';
import { describeStorageError } from '../../notes/errors';
import type { SessionSummary } from '../../notes/search';
import type { Session } from '../../notes/session';
import { editUrl } from './NoteEditor';
import { NoteRow } from './NoteRow';
import { useNotes } from './NotesContext';
import { StartNoteForm } from './StartNoteForm';
import { UndoBar } from './UndoBar';

const PAGE = 25;
type Shown = { rows: SessionSummary[]; total: number; all: number; query: string };

const firstText = (s: Session) => (Object.values(s.fields).find((v) => v.trim()) ?? '').replace(/\s+/g, ' ').slice(0, 140);
const toSummary = (s: Session): SessionSummary => ({ id: s.id, techniqueId: s.techniqueId, title: s.title, date: s.date, updatedAt: s.updatedAt, excerpt: firstText(s) });

/** /notes: every note on this device, newest first, with instant search and a technique filter. */
export function NotesListPage() {
  const notes = useNotes();
  const { route } = useLocation();
  const [query, setQuery] = useState('');
  const [technique, setTechnique] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [changes, setChanges] = useState(0);
  const [shown, setShown] = useState<Shown | null>(null);
  const [problem, setProblem] = useState('');
  const [removed, setRemoved] = useState<Session | null>(null);
  const typedAt = useRef(0);
  const started = useRef(performance.now());

  useEffect(() => notes?.sessions.subscribe(() => setChanges((n) => n + 1)), [notes]);
  // Changes put aside as an editor page went away go back into their notes (the list then refreshes).
  useEffect(() => void notes?.sessions.recover().catch(() => undefined), [notes]);

  useEffect(() => {
    if (!notes) return;
    let live = true;
    const { sessions } = notes;
    const filter = technique || undefined;
    const load = query.trim()
      ? Promise.all([sessions.search(query, { techniqueId: filter, limit }), sessions.count()]).then(([r, all]) => ({ rows: r.hits, total: r.total, all }))
      : Promise.all([sessions.list({ techniqueId: filter, limit }), sessions.count(filter), sessions.count()]).then(([r, total, all]) => ({ rows: r.sessions.map(toSummary), total, all }));
    load.then(
      (result) => live && (setShown({ ...result, query }), setProblem('')),
      (error) => live && setProblem(describeStorageError(error, false).message),
    );
    return () => {
      live = false;
    };
  }, [notes, query, technique, limit, changes]);

  // Timings for the benchmark (scripts/bench-notes.mjs): first page on screen, and each search keystroke.
  useLayoutEffect(() => {
    if (!shown) return;
    if (started.current) {
      performance.measure('mobilise:notes-first-page', { start: started.current, end: performance.now() });
      started.current = 0;
      // Load the search index in the background, so the first keystroke does not wait for it.
      setTimeout(() => notes?.sessions.prepareSearch().catch(() => undefined), 50);
    }
    if (typedAt.current && shown.query === query) {
      performance.measure('mobilise:notes-search', { start: typedAt.current, end: performance.now() });
      typedAt.current = 0;
    }
  }, [shown]);

  const remove = async (id: string) => {
    try {
      setRemoved((await notes!.sessions.remove(id)) ?? null);
    } catch (error) {
      setProblem(describeStorageError(error, false).message);
    }
  };
  const duplicate = async (id: string) => {
    try {
      const copy = await notes!.sessions.duplicate(id, (s) => `Copy of ${s.title.trim() || 'untitled note'}`);
      route(editUrl(copy.id));
    } catch (error) {
      setProblem(describeStorageError(error, false).message);
    }
  };

  const searching = query.trim() !== '' || technique !== '';
  return (
    <>
      <h1>Session notes</h1>
      <p class="lede">Notes are kept on this device only. They save as you type and work offline.</p>
      <StartNoteForm />
      {problem && <p role="alert" class="note-problem">{problem}</p>}
      {shown && shown.all === 0 && !problem ? (
        <section aria-labelledby="empty-heading" class="box">
          <h2 id="empty-heading">No notes yet</h2>
          <p>
            Start a note when you run a session: pick the technique above, or use “Start a session note” on any technique’s page.
            Each note follows that technique’s own questions, and keeps actions and lessons.
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
              <input id="notes-search" type="search" autocomplete="off" value={query} onFocus={() => notes?.sessions.prepareSearch().catch(() => undefined)} onInput={(e) => ((typedAt.current = performance.now()), setLimit(PAGE), setQuery(e.currentTarget.value))} />
            </div>
            <div>
              <label for="notes-technique">Technique</label>
              <select id="notes-technique" value={technique} onChange={(e) => (setLimit(PAGE), setTechnique(e.currentTarget.value))}>
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
            {!shown ? 'Loading your notes…' : searching ? `${shown.total} of ${shown.all} ${shown.all === 1 ? 'note matches' : 'notes match'}.` : `${shown.all} ${shown.all === 1 ? 'note' : 'notes'}, most recently edited first.`}
          </p>
          {shown && shown.rows.length > 0 && (
            <ul class="note-list" aria-label="Notes">
              {shown.rows.map((note) => (
                <NoteRow key={note.id} note={note} onDuplicate={() => void duplicate(note.id)} onDelete={() => void remove(note.id)} />
              ))}
            </ul>
          )}
          {shown && shown.rows.length < shown.total && (
            <button type="button" class="secondary" onClick={() => setLimit((n) => n + PAGE)}>
              Show more notes
            </button>
          )}
        </section>
      )}
      <p>
        <a href="/settings">Back up, import or erase notes</a>
      </p>
      {removed && (
        <UndoBar
          message={`Deleted “${removed.title.trim() || 'Untitled note'}”.`}
          onUndo={() => {
            void notes!.sessions.restore(removed).catch((error) => setProblem(describeStorageError(error, false).message));
            setRemoved(null);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}
    </>
  );
}
