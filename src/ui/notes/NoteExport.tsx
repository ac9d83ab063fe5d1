import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { fileNameFor, sessionToMarkdown } from '../../storage/markdown';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';
import { canShare, copyText, downloadText } from '../shared/files';
import type { TemplateField } from './use-technique';
import { editUrl } from '../../routes/urls';

/** One note out of the app: Markdown (copy, share, download), print, or a copy to start a new note from. */
export function NoteExport({
  notes,
  draft,
  techniqueTitle,
  fields,
  flush,
  workName = '',
}: {
  notes: Notes;
  draft: Session;
  techniqueTitle: string;
  fields: TemplateField[];
  flush: () => Promise<void>;
  workName?: string;
}) {
  const { route } = useLocation();
  const [message, setMessage] = useState('');
  const [sharing, setSharing] = useState(false);
  useEffect(() => setSharing(canShare()), []);
  const markdown = () => sessionToMarkdown(draft, techniqueTitle, fields, workName);
  const act = (work: () => Promise<string>) => async () => {
    try {
      setMessage(await work());
    } catch (error) {
      if ((error as DOMException).name !== 'AbortError')
        setMessage(`That did not work: ${(error as Error).message}`);
    }
  };
  return (
    <section class="note-export" aria-labelledby="note-export-heading">
      <h2 id="note-export-heading">Share and export</h2>
      <div class="button-row">
        <button
          type="button"
          class="secondary"
          onClick={act(async () =>
            (await copyText(markdown()))
              ? 'Copied as Markdown.'
              : 'Your browser would not copy. Try Download.',
          )}
        >
          Copy as Markdown
        </button>
        {sharing && (
          <button
            type="button"
            class="secondary"
            onClick={act(
              async () => (
                await navigator.share({ title: draft.title || techniqueTitle, text: markdown() }),
                'Shared.'
              ),
            )}
          >
            Share…
          </button>
        )}
        <button
          type="button"
          class="secondary"
          onClick={act(
            async () => (
              downloadText(fileNameFor(draft, 'md'), 'text/markdown;charset=utf-8', markdown()),
              'Downloaded.'
            ),
          )}
        >
          Download (.md)
        </button>
        <button type="button" class="secondary" onClick={() => print()}>
          Print
        </button>
        <button
          type="button"
          class="secondary"
          onClick={act(async () => {
            await flush();
            const copy = await notes.sessions.duplicate(
              draft.id,
              (s) => `Copy of ${s.title.trim() || techniqueTitle}`,
            );
            route(editUrl(copy.id));
            return 'Duplicated.';
          })}
        >
          Duplicate
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
