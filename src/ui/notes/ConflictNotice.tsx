import { useState } from 'preact/hooks';
import type { Conflict, NoteEditor } from '../../storage/editor';
import type { TemplateField } from './use-technique';
import { editUrl } from '../../routes/urls';

const PART_NAMES: Record<string, string> = {
  title: 'title',
  date: 'date',
  facilitator: 'facilitator',
  participants: 'who took part',
  headcount: 'number of people',
  actions: 'actions',
  lessons: 'lessons',
};

/** Both tabs changed the same part of a note. Both versions are already safe; the person chooses what to keep. */
export function ConflictNotice({
  conflict,
  fields,
  editor,
}: {
  conflict: Conflict;
  fields: TemplateField[];
  editor: NoteEditor;
}) {
  const [problem, setProblem] = useState('');
  const names = conflict.parts.map((p) =>
    p.startsWith('field:')
      ? `“${fields.find((f) => `field:${f.id}` === p)?.label ?? p.slice(6)}”`
      : (PART_NAMES[p] ?? p),
  );
  const choose = (choice: () => Promise<void> | void) => async () => {
    setProblem('');
    try {
      await choice();
    } catch (error) {
      setProblem(`That did not work: ${(error as Error).message}`);
    }
  };
  return (
    <section class="note-conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">This note was also changed in another tab</h2>
      <p>
        Both versions changed the same part ({names.join(', ')}). Nothing has been overwritten: your
        version is now a separate note, shown here, and the other version is unchanged.
      </p>
      <div class="button-row">
        <button type="button" onClick={choose(editor.keepMine)}>
          Keep mine
        </button>
        <button type="button" class="secondary" onClick={choose(editor.useTheirs)}>
          Use the other version
        </button>
        <button type="button" class="secondary" onClick={choose(editor.keepBoth)}>
          Keep both
        </button>
      </div>
      <p>
        <a href={editUrl(conflict.otherId)} target="_blank" rel="noopener">
          See the other version (opens in a new tab)
        </a>
      </p>
      {problem && <p class="error-text">{problem}</p>}
    </section>
  );
}
