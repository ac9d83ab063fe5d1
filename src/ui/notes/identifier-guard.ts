import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** What the open note has said "It isn't" to, and how to say it for one more piece of text. */
export interface IdentifierGuard {
  dismissed: readonly string[];
  dismiss: (key: string) => void;
}

/** Given by the note editor; without it (outside a note) no warnings are shown. */
export const IdentifierGuardContext = createContext<IdentifierGuard | null>(null);

export const useIdentifierGuard = () => useContext(IdentifierGuardContext);

/** The id of the box on screen that holds a note text (see noteTexts in src/privacy/note-scan.ts). */
export function boxIdFor(where: string): string {
  const [part, id, sub] = where.split(':');
  if (part === 'field') return `field-${id}`;
  if (part === 'action') return `action-${id}-${sub}`;
  if (part === 'lesson') return `lesson-${id}-text`;
  return `note-${part}`;
}
