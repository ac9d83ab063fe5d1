import type { ComponentChildren } from 'preact';
import { LIMITS } from '../../storage/limits';
import type { Lesson } from '../../storage/session-record';
import { LimitedText } from './LimitedText';
import { IdentifierWarning } from './IdentifierWarning';
import { PromoteLines } from './PromoteLines';
import type { TemplateField } from './use-technique';

/** The technique's own questions: one text box each ("list" fields take one item per line). */
export function NoteFields({
  fields,
  values,
  change,
  lessons = [],
  keep,
  after,
}: {
  fields: TemplateField[];
  values: Record<string, string>;
  change: (id: string, value: string) => void;
  lessons?: Lesson[];
  /** Adds a line of a `promote` field to the note's lessons. */
  keep?: (lesson: Lesson) => void;
  /** Anything to show under a field's box (such as earlier lessons for it). */
  after?: (field: TemplateField) => ComponentChildren;
}) {
  if (!fields.length) return null;
  return (
    <fieldset class="note-fields">
      <legend>Notes</legend>
      {fields.map((f) => {
        const id = `field-${f.id}`;
        const hint = [f.hint, f.kind === 'list' ? 'One per line.' : ''].filter(Boolean).join(' ');
        return (
          <div key={f.id} class="note-field">
            <label for={id}>{f.label}</label>
            {hint && (
              <p class="hint" id={`${id}-hint`}>
                {hint}
              </p>
            )}
            <LimitedText
              id={id}
              rows={f.kind === 'list' ? 4 : 5}
              max={LIMITS.long}
              describedBy={hint ? `${id}-hint` : undefined}
              value={values[f.id] ?? ''}
              onText={(value) => change(f.id, value)}
            />
            <IdentifierWarning text={values[f.id] ?? ''} fieldId={id} />
            {f.promote && keep && (
              <PromoteLines
                fieldId={f.id}
                option={f.promote}
                value={values[f.id] ?? ''}
                lessons={lessons}
                keep={keep}
              />
            )}
            {after?.(f)}
          </div>
        );
      })}
    </fieldset>
  );
}
