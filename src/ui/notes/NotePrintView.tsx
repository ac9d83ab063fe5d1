import { NOT_THE_OFFICIAL_RECORD } from '../../storage/record-notice';
import { formatDay } from '../../storage/dates';
import type { Session } from '../../storage/session-record';
import type { TemplateField } from './use-technique';

/** The note laid out for paper; shown only when printing (see the print rules in notes.css). */
export function NotePrintView({
  draft,
  techniqueTitle,
  fields,
  workName = '',
}: {
  draft: Session;
  techniqueTitle: string;
  fields: TemplateField[];
  workName?: string;
}) {
  const filled = fields.filter((f) => draft.fields[f.id]?.trim());
  return (
    <article class="print-only note-print">
      <h1>{draft.title.trim() || `${techniqueTitle} note`}</h1>
      <p>
        {techniqueTitle}, {formatDay(draft.date)}
        {draft.facilitator.trim() && `. Facilitator: ${draft.facilitator.trim()}`}
        {draft.headcount !== null && `. ${draft.headcount} people`}
      </p>
      {workName && <p>Piece of work: {workName}</p>}
      {draft.participants.trim() && <p class="pre">Who took part: {draft.participants.trim()}</p>}
      {filled.map((f) => (
        <section key={f.id}>
          <h2>{f.label}</h2>
          <p class="pre">{draft.fields[f.id].trim()}</p>
        </section>
      ))}
      {draft.actions.length > 0 && (
        <section>
          <h2>Actions</h2>
          <ul>
            {draft.actions.map((a) => (
              <li key={a.id}>
                {a.done ? '☑' : '☐'} {a.what}
                {a.owner && ` (${a.owner}`}
                {a.owner && a.due
                  ? `, due ${formatDay(a.due)})`
                  : a.owner
                    ? ')'
                    : a.due
                      ? ` (due ${formatDay(a.due)})`
                      : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {draft.lessons.length > 0 && (
        <section>
          <h2>Lessons</h2>
          <ul>
            {draft.lessons.map((l) => (
              <li key={l.id}>
                {l.text}
                {l.tags.length > 0 && ` (tags: ${l.tags.join(', ')})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p class="record-notice">{NOT_THE_OFFICIAL_RECORD}</p>
    </article>
  );
}
