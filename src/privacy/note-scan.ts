/**
 * The identifier guard over a whole note: which of its texts to check (and how), what is still flagged,
 * and "It isn't". Pure: no DOM.
 *
 * A dismissal is stored with the note (`dismissedWarnings`), as a kind and a fingerprint of the text:
 * so it survives a reload, reaches other tabs, goes into a backup and comes back with it, and goes when
 * the note is deleted or all data is erased, with no second store to keep in step.
 */
import type { Session } from '../storage/session-record';
import { findIdentifiers, undismissed, type Finding } from './identifiers';

/** One piece of typed text in a note. */
export interface NoteText {
  /** 'title', 'facilitator', 'participants', 'field:<id>', 'action:<id>:what', 'action:<id>:owner' or 'lesson:<id>'. */
  where: string;
  text: string;
  /** Fields meant for staff names (facilitator, who took part, an action's owner): titles and names are expected. */
  staffNames: boolean;
}

export function noteTexts(s: Session): NoteText[] {
  return [
    { where: 'title', text: s.title, staffNames: false },
    { where: 'facilitator', text: s.facilitator, staffNames: true },
    { where: 'participants', text: s.participants, staffNames: true },
    ...Object.entries(s.fields).map(([id, text]) => ({
      where: `field:${id}`,
      text,
      staffNames: false,
    })),
    ...s.actions.flatMap((a) => [
      { where: `action:${a.id}:what`, text: a.what, staffNames: false },
      { where: `action:${a.id}:owner`, text: a.owner, staffNames: true },
    ]),
    ...s.lessons.map((l) => ({ where: `lesson:${l.id}`, text: l.text, staffNames: false })),
  ].filter((t) => t.text);
}

export interface NoteFinding extends Finding {
  where: string;
}

/** What in some texts still looks like a patient detail (not dismissed), in order. */
export function flaggedIn(
  texts: readonly NoteText[],
  dismissed: readonly string[] = [],
  now = new Date(),
): NoteFinding[] {
  return texts.flatMap(({ where, text, staffNames }) =>
    undismissed(findIdentifiers(text, { now, skipNames: staffNames }), dismissed).map((f) => ({
      ...f,
      where,
    })),
  );
}

/** What in a note still looks like a patient detail (not dismissed), in the order of the note. */
export const flaggedInNote = (s: Session, now = new Date()): NoteFinding[] =>
  flaggedIn(noteTexts(s), s.dismissedWarnings, now);

/**
 * The note after "It isn't" for one key. Dismissals for text no longer anywhere in the note are dropped
 * at the same time, so the list stays short and holds nothing about text that has gone.
 */
export function dismissWarning(s: Session, key: string, now = new Date()): Session {
  const present = new Set(
    noteTexts(s).flatMap(({ text, staffNames }) =>
      findIdentifiers(text, { now, skipNames: staffNames }).map((f) => f.key),
    ),
  );
  const kept = (s.dismissedWarnings ?? []).filter((k) => k !== key && present.has(k));
  return { ...s, dismissedWarnings: [...kept, key] };
}

/** "an NHS number and a postcode", for a sentence about what is still flagged. */
export function listKinds(findings: readonly Finding[], describe: (f: Finding) => string): string {
  const names = [...new Set(findings.map(describe))];
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
