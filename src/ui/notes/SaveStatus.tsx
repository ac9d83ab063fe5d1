import { useEffect, useState } from 'preact/hooks';
import type { NoteEditor, SaveStatus as Status } from '../../storage/editor';
import { fileNameFor, sessionToMarkdown } from '../../storage/markdown';
import { copyText, downloadText } from '../shared/files';
import { useEditorState } from './use-note-editor';
import type { TemplateField } from './use-technique';

const WORDS = {
  saved: 'Saved on this device',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
} as const;

/**
 * The status as shown. Writes go through on every change, so while typing the note is saved many times
 * a second: "Saved" is shown once it has held for a moment, so the status (read out politely) does not
 * flicker with every key.
 */
function useShownStatus(status: Status): Status {
  const [settled, setSettled] = useState(status === 'saved');
  useEffect(() => {
    if (status !== 'saved') return setSettled(false);
    const timer = setTimeout(() => setSettled(true), 400);
    return () => clearTimeout(timer);
  }, [status]);
  return status === 'saved' && !settled ? 'pending' : status;
}

/**
 * Whether the note is saved. When it cannot be, says why and offers ways to keep the text that need no
 * storage: copy it, or download it as a file. The text also stays in the boxes on screen.
 */
export function SaveStatus({
  editor,
  techniqueTitle,
  fields,
}: {
  editor: NoteEditor;
  techniqueTitle: string;
  fields: TemplateField[];
}) {
  const state = useEditorState(editor);
  const [outcome, setOutcome] = useState('');
  const shown = useShownStatus(state.status);
  const markdown = () => sessionToMarkdown(state.draft, techniqueTitle, fields);
  return (
    <div class="save-bar">
      <p
        class={`save-status save-${state.deleted ? 'error' : shown}`}
        role="status"
        aria-live="polite"
      >
        {state.deleted ? 'Not saved: deleted elsewhere' : WORDS[shown]}
      </p>
      {state.problem && (
        <div class="note-problem" role="alert">
          <p>{state.problem.message}</p>
          <div class="button-row">
            <button
              type="button"
              onClick={async () =>
                setOutcome(
                  (await copyText(markdown()))
                    ? 'Copied. Paste it somewhere safe, such as an e-mail to yourself.'
                    : 'Your browser would not copy. Use Download instead.',
                )
              }
            >
              Copy as text
            </button>
            <button
              type="button"
              onClick={() => (
                downloadText(
                  fileNameFor(state.draft, 'md'),
                  'text/markdown;charset=utf-8',
                  markdown(),
                ),
                setOutcome('Downloaded.')
              )}
            >
              Download
            </button>
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                setOutcome('Trying again…');
                await editor.flush(); // the latest text; the problem clears once it is stored
                setOutcome('');
              }}
            >
              Try again
            </button>
          </div>
          <p role="status">{outcome}</p>
        </div>
      )}
    </div>
  );
}
