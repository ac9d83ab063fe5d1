import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { fileNameFor, sessionToMarkdown } from '../../storage/markdown';
import type { Notes } from '../../storage/notes';
import { flaggedInNote } from '../../privacy/note-scan';
import { NOT_THE_OFFICIAL_RECORD } from '../../storage/record-notice';
import type { Session } from '../../storage/session-record';
import { canShare, copyText, downloadText } from '../shared/files';
import { ExportWarning, useExportWarning } from '../shared/ExportWarning';
import { boxIdFor } from './identifier-guard';
import type { TemplateField } from './use-technique';
import { editUrl } from '../../routes/urls';

/**
 * One note out of the app: Markdown (copy, share, download), print, or a copy to start a new note from.
 * If text that looks like a patient detail is still in the note, the first export asks first.
 */
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
  const warning = useExportWarning();
  const markdown = () => sessionToMarkdown(draft, techniqueTitle, fields, workName);
  const run = async (work: () => Promise<string>) => {
    try {
      setMessage(await work());
    } catch (error) {
      if ((error as DOMException).name !== 'AbortError')
        setMessage(`That did not work: ${(error as Error).message}`);
    }
  };
  const act = (work: () => Promise<string>) => () => void run(work);
  /** An export that takes the note's text out: asks first while anything is flagged. */
  const out = (label: string, work: () => Promise<string>) => () =>
    warning.guard(flaggedInNote(draft), label, () => void run(work));
  const check = () => {
    const first = flaggedInNote(draft)[0];
    if (first) document.getElementById(boxIdFor(first.where))?.focus();
  };
  return (
    <section class="note-export" aria-labelledby="note-export-heading">
      <h2 id="note-export-heading">Share and export</h2>
      <p class="record-notice">{NOT_THE_OFFICIAL_RECORD}</p>
      <div class="button-row">
        <button
          type="button"
          class="secondary"
          onClick={out('Copy', async () =>
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
            onClick={out(
              'Share',
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
          onClick={out(
            'Download',
            async () => (
              downloadText(fileNameFor(draft, 'md'), 'text/markdown;charset=utf-8', markdown()),
              'Downloaded.'
            ),
          )}
        >
          Download (.md)
        </button>
        <button type="button" class="secondary" onClick={out('Print', async () => (print(), ''))}>
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
      <ExportWarning warning={warning} onCheck={check} />
      <p role="status">{message}</p>
    </section>
  );
}
