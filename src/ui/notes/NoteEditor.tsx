import { useEffect } from 'preact/hooks';
import { getCard } from '../../content/catalog';
import { isKept } from '../../loop/promote';
import { dismissWarning } from '../../privacy/note-scan';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';
import { ActionsEditor } from './ActionsEditor';
import { EarlierLessons } from './EarlierLessons';
import { IdentifierGuardContext } from './identifier-guard';
import { LessonsEditor } from './LessonsEditor';
import { NoteDetails } from './NoteDetails';
import { NoteExport } from './NoteExport';
import { NoteFields } from './NoteFields';
import { NoteNotices } from './NoteNotices';
import { NotePrintView } from './NotePrintView';
import { SaveStatus } from './SaveStatus';
import { useNoteEditor } from './use-note-editor';
import { fieldsFor, useTechnique } from './use-technique';
import { useWorkName } from './use-work-name';
import { WorkSelect } from './WorkSelect';
import { editUrl, techniqueUrl } from '../../routes/urls';

/** The address of a note; the page's address follows the note on screen (for example to a kept copy). */

/** Editing one note. There is no save button: every change is written as soon as the one before it is. */
export function NoteEditor({
  notes,
  initial,
  stored,
}: {
  notes: Notes;
  initial: Session;
  stored: boolean;
}) {
  const [state, editor] = useNoteEditor(notes, initial, stored, (id) =>
    history.replaceState(history.state, '', editUrl(id)),
  );
  const { draft } = state;
  const technique = useTechnique(draft.techniqueId);
  const workName = useWorkName(notes, draft.workId);
  const techniqueTitle = technique?.title ?? getCard(draft.techniqueId)?.title ?? 'Session';
  const fields = fieldsFor(technique, draft.fields);
  const change = (patch: Partial<Session>) => editor.update((d) => ({ ...d, ...patch }));
  const setField = (id: string, value: string) =>
    editor.update((d) => ({ ...d, fields: { ...d.fields, [id]: value } }));
  // A lesson taken up goes on a line of its own after whatever is already typed.
  const appendLine = (id: string, text: string) =>
    editor.update((d) => {
      const current = (d.fields[id] ?? '').replace(/\s+$/, '');
      return { ...d, fields: { ...d.fields, [id]: current ? `${current}\n${text}` : text } };
    });
  const heading = draft.title.trim() || `${techniqueTitle} note`;
  // "It isn't" is stored with the note, so it survives a reload and travels with a backup.
  const guard = {
    dismissed: draft.dismissedWarnings ?? [],
    dismiss: (key: string) => editor.update((d) => dismissWarning(d, key)),
  };

  useEffect(() => {
    document.title = `${heading} · Mobilise`;
  }, [heading]);

  const view = (
    <div class="note-editor">
      <div class="no-print">
        <p class="phase-label">{techniqueTitle}</p>
        <h1>{heading}</h1>
        <SaveStatus editor={editor} techniqueTitle={techniqueTitle} fields={fields} />
        <NoteNotices state={state} editor={editor} fields={fields} />
        <form class="note-form" onSubmit={(e) => e.preventDefault()} aria-label="Session note">
          <NoteDetails draft={draft} change={change}>
            <WorkSelect
              notes={notes}
              workId={draft.workId}
              change={(workId) => change({ workId })}
            />
          </NoteDetails>
          <NoteFields
            fields={fields}
            values={draft.fields}
            change={setField}
            lessons={draft.lessons}
            keep={(lesson) =>
              editor.update((d) =>
                isKept(lesson.text, d.lessons) ? d : { ...d, lessons: [...d.lessons, lesson] },
              )
            }
            after={(f) =>
              f.offerLessons && (
                <EarlierLessons
                  notes={notes}
                  draft={draft}
                  fieldId={f.id}
                  label={f.label}
                  value={draft.fields[f.id] ?? ''}
                  add={(text) => appendLine(f.id, text)}
                />
              )
            }
          />
          <ActionsEditor
            actions={draft.actions}
            change={(actions) => change({ actions })}
            session={draft}
          />
          <LessonsEditor lessons={draft.lessons} change={(lessons) => change({ lessons })} />
        </form>
        <NoteExport
          notes={notes}
          draft={draft}
          techniqueTitle={techniqueTitle}
          fields={fields}
          flush={editor.flush}
          workName={workName}
        />
        {technique && (
          <p>
            <a href={techniqueUrl(technique.id)}>How to run {technique.title}</a> ·{' '}
            <a href="/notes">All notes</a>
          </p>
        )}
      </div>
      <NotePrintView
        draft={draft}
        techniqueTitle={techniqueTitle}
        fields={fields}
        workName={workName}
      />
    </div>
  );
  return <IdentifierGuardContext.Provider value={guard}>{view}</IdentifierGuardContext.Provider>;
}
