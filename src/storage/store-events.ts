/** What the stores tell each other and other tabs: change events and the result of a guarded write. */
import type { Session } from './session-record';

/** `works`: a piece of work was added, changed or deleted (sessions unchanged). */
export type NotesEvent = { type: 'changed'; ids: string[] } | { type: 'reset' } | { type: 'works' };

/** Tells other tabs of this app about changes (BroadcastChannel in the app; nothing, or a fake, in tests). */
export interface NotesChannel {
  post(event: NotesEvent): void;
  listen(listener: (event: NotesEvent) => void): () => void;
}

export type SaveResult =
  { ok: true; session: Session } | { ok: false; current: Session | undefined };
