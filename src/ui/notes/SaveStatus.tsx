import { useState } from 'preact/hooks';
import type { EditorState } from '../../storage/editor';
import { fileNameFor, sessionToMarkdown } from '../../storage/markdown';
import { copyText, downloadText } from '../shared/files';
import type { TemplateField } from './use-technique';

const WORDS = {
  saved: 'Saved on this device',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved',
} as const;

/**
 * Whether the note is saved. When it cannot be, says why and offers ways to keep the text that need no
 * storage: copy it, or download it as a file. The text also stays in the boxes on screen.
 */
export function SaveStatus({
  state,
  onRetry,
  techniqueTitle,
  fields,
}: {
  state: EditorState;
  onRetry: () => void;
  techniqueTitle: string;
  fields: TemplateField[];
}) {
  const [outcome, setOutcome] = useState('');
  const markdown = () => sessionToMarkdown(state.draft, techniqueTitle, fields);
  return (
    <div class="save-bar">
      <p class={`save-status save-${state.status}`} role="status" aria-live="polite">
        {WORDS[state.status]}
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
            <button type="button" class="secondary" onClick={onRetry}>
              Try again
            </button>
          </div>
          <p role="status">{outcome}</p>
        </div>
      )}
    </div>
  );
}
