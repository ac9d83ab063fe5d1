import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getCard } from '../../content/catalog';
import { createSession, type Session } from '../../notes/session';
import { editUrl, NoteEditor } from './NoteEditor';
import { useNotes } from './NotesContext';
import { StartNoteForm } from './StartNoteForm';

/**
 * /notes/new?technique=<id>: stores a new note, then replaces the address with the note's own, so a
 * reload or the back button never makes a second one. If storage fails, the note opens anyway, unsaved,
 * with the reason shown and ways to keep the text.
 */
export function NewNotePage() {
  const notes = useNotes();
  const { query, route } = useLocation();
  const card = getCard(query.technique ?? '');
  const [unsaved, setUnsaved] = useState<Session | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (!notes || !card || started.current) return;
    started.current = true;
    notes.sessions.create(card.id, '').then(
      (session) => {
        notes.askToKeepData().catch(() => undefined); // the answer is shown in settings; a refusal is not an error
        route(editUrl(session.id), true);
      },
      () => setUnsaved(createSession(card.id, '')),
    );
  }, [notes, card]);

  if (notes && unsaved) return <NoteEditor notes={notes} initial={unsaved} stored={false} />;
  if (!card) {
    return (
      <>
        <h1>New session note</h1>
        <p>{query.technique ? 'There is no technique with that name.' : 'Choose the technique the session used.'}</p>
        <StartNoteForm />
      </>
    );
  }
  return (
    <>
      <h1>New session note</h1>
      <p role="status">Starting a new {card.title} note…</p>
    </>
  );
}
