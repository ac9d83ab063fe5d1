import type { EditorState, NoteEditor } from '../../storage/editor';
import type { Cut } from '../../storage/limits';
import type { Session } from '../../storage/session-record';
import { ConflictNotice } from './ConflictNotice';
import { TextNotKept } from './TextNotKept';
import type { TemplateField } from './use-technique';

/** Where a cut was made, in the words the form uses. */
export function partLabel(part: string, draft: Session, fields: TemplateField[]): string {
  const [kind, id, sub] = part.split(':');
  const actionNo = draft.actions.findIndex((a) => a.id === id) + 1;
  const lessonNo = draft.lessons.findIndex((l) => l.id === id) + 1;
  if (kind === 'field') return `“${fields.find((f) => f.id === id)?.label ?? id}”`;
  if (kind === 'action' && sub === 'owner') return `the owner of action ${actionNo}`;
  if (kind === 'action') return `action ${actionNo}`;
  if (kind === 'lesson' && sub === 'tag') return `a tag of lesson ${lessonNo}`;
  if (kind === 'lesson' && sub === 'tags') return `the tags of lesson ${lessonNo}`;
  if (kind === 'lesson') return `lesson ${lessonNo}`;
  return (
    { title: 'the title', facilitator: 'the facilitator', participants: 'who took part' }[kind] ??
    `the ${kind}`
  );
}

/** A note deleted in another tab or window while open here: nothing is re-created unless the person asks. */
function DeletedNotice({ editor }: { editor: NoteEditor }) {
  return (
    <section class="note-conflict" role="alert" aria-labelledby="deleted-heading">
      <h2 id="deleted-heading">This note was deleted in another tab or window</h2>
      <p>
        What you see here is no longer saved. Keep your copy to save it again with everything typed
        here, or leave it deleted.
      </p>
      <div class="button-row">
        <button type="button" onClick={() => void editor.keepDeleted()}>
          Keep my copy
        </button>
        <a class="button secondary" href="/notes">
          Leave it deleted
        </a>
      </div>
    </section>
  );
}

/** Messages about the open note: changes from elsewhere, a conflict, a deletion, text that did not fit. */
export function NoteNotices({
  state,
  editor,
  fields,
}: {
  state: EditorState;
  editor: NoteEditor;
  fields: TemplateField[];
}) {
  const byPart = new Map<string, Cut>();
  for (const cut of state.cuts) {
    const seen = byPart.get(cut.part);
    byPart.set(cut.part, seen ? { part: cut.part, rest: `${seen.rest}\n${cut.rest}` } : cut);
  }
  return (
    <>
      {state.notice && <p class="note-notice">{state.notice}</p>}
      {state.deleted && <DeletedNotice editor={editor} />}
      {state.conflict && (
        <ConflictNotice conflict={state.conflict} fields={fields} editor={editor} />
      )}
      {[...byPart.values()].map((cut, i) => (
        <TextNotKept
          key={cut.part}
          id={`not-kept-${i}`}
          what={`Some of ${partLabel(cut.part, state.draft, fields)} was too long to keep.`}
          rest={cut.rest}
          onDone={editor.dismissCuts}
        />
      ))}
    </>
  );
}
