import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getCard, loadTechnique } from '../../content/catalog';
import { prefillFields } from '../../loop/start';
import { openActions, type ActionRow as OpenAction } from '../../loop/open-actions';
import type { Notes } from '../../storage/notes';
import { createSession, localDate, newId, type Session } from '../../storage/session-record';
import type { Work } from '../../storage/work';
import { OpenActionsReview } from '../work/OpenActionsReview';
import { NoteEditor } from './NoteEditor';
import { useNotes } from '../shared/NotesContext';
import { StartNoteForm } from './StartNoteForm';
import { editUrl } from '../../routes/urls';

/** What a new note in a piece of work starts from: the work, its open actions and prefilled fields. */
interface Start {
  work: Work | null;
  open: OpenAction[];
  fields: Record<string, string>;
}

/** Reads the piece of work (if any) and works out the new note's starting fields. Never fails: a note can always start. */
async function prepare(notes: Notes, techniqueId: string, workId: string): Promise<Start> {
  if (!workId) return { work: null, open: [], fields: {} };
  try {
    // Without the technique's text (say, a chunk not yet stored), the note still joins its work, just unfilled.
    const [work, earlier, technique] = await Promise.all([
      notes.sessions.getWork(workId),
      notes.sessions.inWork(workId),
      loadTechnique(techniqueId).catch(() => undefined),
    ]);
    if (!work) return { work: null, open: [], fields: {} };
    return {
      work,
      open: openActions(earlier, [], localDate(new Date())),
      fields: prefillFields(technique?.noteTemplate ?? [], earlier),
    };
  } catch {
    return { work: null, open: [], fields: {} }; // storage trouble shows when the note is saved; the note still starts
  }
}

/**
 * /notes/new?technique=<id>[&work=<workId>]: stores a new note, then replaces the address with the note's
 * own, so a reload or the back button never makes a second one. In a piece of work, its open actions are
 * shown to review first, and fields are filled from the work's earlier notes. If storage fails, the note
 * opens anyway, unsaved, with the reason shown and ways to keep the text.
 */
export function NewNotePage() {
  const notes = useNotes();
  const { query, route } = useLocation();
  const card = getCard(query.technique ?? '');
  const [start, setStart] = useState<Start | null>(null);
  const [unsaved, setUnsaved] = useState<Session | null>(null);
  const started = useRef(false);
  const [starting, setStarting] = useState(false);

  const create = (s: Start) => {
    if (!notes || !card || started.current) return;
    started.current = true;
    setStarting(true);
    const workId = s.work?.id ?? '';
    notes.sessions.create(card.id, '', { workId, fields: s.fields }).then(
      (session) => {
        notes.askToKeepData().catch(() => undefined); // the answer is shown in settings; a refusal is not an error
        route(editUrl(session.id), true);
      },
      () =>
        setUnsaved({
          ...createSession(card.id, '', new Date(), newId(), workId),
          fields: s.fields,
        }),
    );
  };

  useEffect(() => {
    if (!notes || !card) return;
    let live = true;
    void prepare(notes, card.id, query.work ?? '').then((s) => {
      if (!live) return;
      setStart(s);
      if (s.open.length === 0) create(s);
    });
    return () => {
      live = false;
    };
  }, [notes, card, query.work]);

  if (notes && unsaved) return <NoteEditor notes={notes} initial={unsaved} stored={false} />;
  if (!card) {
    return (
      <>
        <h1>New session note</h1>
        <p>
          {query.technique
            ? 'There is no technique with that name.'
            : 'Choose the technique the session used.'}
        </p>
        <StartNoteForm />
      </>
    );
  }
  if (notes && start?.work && start.open.length > 0 && !starting) {
    return (
      <>
        <p class="phase-label">{card.title}</p>
        <h1>New {card.title} note</h1>
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Before you start: open actions from {start.work.name}</h2>
          <p>
            Tick any that are done. The rest stay open, on the work’s page and in every open action.
          </p>
          <OpenActionsReview
            notes={notes}
            items={start.open}
            label={`Open actions from ${start.work.name}`}
          />
        </section>
        <p class="button-row">
          <button type="button" onClick={() => create(start)}>
            Start the note
          </button>
        </p>
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
