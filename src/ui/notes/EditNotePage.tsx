import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { describeStorageError } from '../../storage/errors';
import type { Session } from '../../storage/session-record';
import { NoteEditor } from './NoteEditor';
import { useNotes } from '../shared/NotesContext';

type Loaded = { id: string; session?: Session; problem?: string };

function openProblem(error: unknown): string {
  const { kind } = describeStorageError(error);
  if (kind === 'newer-version')
    return 'A newer version of Mobilise is open in another tab. Reload this page to use it.';
  if (kind === 'unavailable')
    return 'This browser is not letting Mobilise use its storage, so notes cannot be opened here. Private browsing and some security settings do this.';
  return `Your note could not be opened (the browser said: ${(error as Error)?.message ?? error}). Reload the page to try again.`;
}

/** /notes/edit?id=<id>: opens one note from this device. */
export function EditNotePage() {
  const notes = useNotes();
  const { query } = useLocation();
  const id = query.id ?? '';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!notes) return;
    let live = true;
    // Changes put aside as this note's page last went away go back first.
    const { sessions } = notes;
    sessions
      .recover(id)
      .catch(() => 0)
      .then(() => sessions.get(id))
      .then(
        (session) => live && setLoaded({ id, session }),
        (error) => live && setLoaded({ id, problem: openProblem(error) }),
      );
    return () => {
      live = false;
    };
  }, [notes, id]);

  if (!notes || loaded?.id !== id) {
    return (
      <>
        <h1>Session note</h1>
        <p role="status">Opening your note…</p>
      </>
    );
  }
  if (loaded.session) return <NoteEditor key={id} notes={notes} initial={loaded.session} stored />;
  return (
    <>
      <h1>Session note</h1>
      <p role="alert">
        {loaded.problem ??
          'This note is not on this device. It may have been deleted, or written in another browser or on another device.'}
      </p>
      <p>
        <a href="/notes">See all your notes</a>
      </p>
    </>
  );
}
