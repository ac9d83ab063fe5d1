import { useEffect, useState } from 'preact/hooks';
import { createNoteEditor, type EditorState, type NoteEditor } from '../../storage/editor';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';

/**
 * A component's window onto one open note. Pending changes are written by the autosave timer, before an
 * app update, and when the page is hidden or left (pagehide, visibilitychange), when they are also put
 * aside in a write that completes even as the page unloads (see notes/rescue.ts).
 */
export function useNoteEditor(
  notes: Notes,
  initial: Session,
  stored: boolean,
  onIdChange: (id: string) => void,
): [EditorState, NoteEditor] {
  const [editor] = useState(() =>
    createNoteEditor({ sessions: notes.sessions, initial, stored, onIdChange, defer: afterPaint }),
  );
  const [state, setState] = useState(editor.getState);
  useEffect(() => {
    // A change of save status alone re-renders only the status (SaveStatus follows the editor itself), not
    // the whole note: with write-through saving that happens on nearly every key.
    const unsubscribe = editor.subscribe((next) =>
      setState((shown) => (onlyStatusChanged(shown, next) ? shown : next)),
    );
    const untrack = notes.trackPending(editor.flush);
    const leaving = () => {
      editor.rescue();
      void editor.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && leaving();
    addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', onVisibility);
    if (!stored) void editor.flush();
    return () => {
      unsubscribe();
      untrack();
      removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', onVisibility);
      void editor.dispose();
    };
  }, [editor]);
  return [state, editor];
}

/** Runs once the current frame is painted (at once in a hidden page, where frames are not drawn). */
function afterPaint(run: () => void): void {
  if (document.visibilityState !== 'visible') return void setTimeout(run, 0);
  requestAnimationFrame(() => setTimeout(run, 0));
}

const onlyStatusChanged = (a: EditorState, b: EditorState) =>
  a.draft === b.draft &&
  a.notice === b.notice &&
  a.conflict === b.conflict &&
  a.cuts === b.cuts &&
  a.deleted === b.deleted;

/** The editor's state as it changes, save status included. */
export function useEditorState(editor: NoteEditor): EditorState {
  const [state, setState] = useState(editor.getState);
  useEffect(() => {
    setState(editor.getState());
    return editor.subscribe(setState);
  }, [editor]);

  // Leaving while changes cannot be saved would lose them: let the browser ask first.
  useEffect(() => {
    if (state.status !== 'error') return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [state.status]);
  return state;
}
