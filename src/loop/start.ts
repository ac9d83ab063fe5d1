/**
 * Starting a note inside a piece of work: which of its fields to fill in from the work's earlier notes
 * (a field's `prefillFrom`, such as an After Action Review's "what was expected" from the Before Action
 * Review's intent). Pure; reads the options from the technique data and knows no technique by name.
 */

/** The part of a template field this needs. */
export interface PrefillField {
  id: string;
  /** "technique-id.field-id" references, in the order their text is joined. */
  prefillFrom?: readonly string[];
}

/** The part of an earlier note this needs. */
export interface EarlierNote {
  techniqueId: string;
  /** YYYY-MM-DD: the day of the session. */
  date: string;
  createdAt: string;
  fields: Readonly<Record<string, string>>;
}

/** The latest note of a technique, by the day of the session and then by when it was written. */
function latestOf<N extends EarlierNote>(notes: readonly N[], techniqueId: string): N | undefined {
  let latest: N | undefined;
  for (const n of notes) {
    if (n.techniqueId !== techniqueId) continue;
    if (
      !latest ||
      n.date > latest.date ||
      (n.date === latest.date && n.createdAt > latest.createdAt)
    )
      latest = n;
  }
  return latest;
}

/**
 * The values to start a note's fields with: for each field with `prefillFrom`, the referenced fields of
 * the latest earlier note of each named technique, joined by a blank line. A field that already holds
 * text (`typed`) is left out, so nothing a person wrote is ever replaced.
 */
export function prefillFields(
  template: readonly PrefillField[],
  earlier: readonly EarlierNote[],
  typed: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const filled: Record<string, string> = {};
  for (const field of template) {
    if (!field.prefillFrom?.length || (typed[field.id] ?? '').trim()) continue;
    const parts = field.prefillFrom
      .map((ref) => {
        const dot = ref.indexOf('.');
        if (dot < 1) return '';
        return latestOf(earlier, ref.slice(0, dot))?.fields[ref.slice(dot + 1)]?.trim() ?? '';
      })
      .filter(Boolean);
    if (parts.length) filled[field.id] = parts.join('\n\n');
  }
  return filled;
}
