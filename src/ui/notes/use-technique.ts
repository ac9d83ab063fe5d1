import { useEffect, useState } from 'preact/hooks';
import { loadTechnique } from '../../content/catalog';
import type { Technique } from '../../content/types';
import type { NoteField } from '../../storage/markdown';

/** A technique's full content: undefined while it loads, null if there is no such technique. */
export function useTechnique(id: string): Technique | null | undefined {
  const [technique, setTechnique] = useState<Technique | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    loadTechnique(id).then(
      (t) => live && setTechnique(t ?? null),
      () => live && setTechnique(null),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return technique;
}

/** A note field as shown: its label and kind, plus the learning-loop options from the technique file. */
export type TemplateField = NoteField &
  Partial<
    Pick<Technique['noteTemplate'][number], 'hint' | 'promote' | 'prefillFrom' | 'offerLessons'>
  >;

/**
 * The fields to show for a note: the technique's template, then any field the note holds that the
 * template no longer has (content can change between versions; what was typed is never hidden).
 */
export function fieldsFor(
  technique: Technique | null | undefined,
  values: Record<string, string>,
): TemplateField[] {
  const template: TemplateField[] = technique?.noteTemplate ?? [];
  const known = new Set(template.map((f) => f.id));
  const extra = Object.keys(values)
    .filter((id) => !known.has(id))
    .map((id): TemplateField => ({
      id,
      label: `Earlier note (${id.replace(/-/g, ' ')})`,
      kind: 'text',
    }));
  return [...template, ...extra];
}
