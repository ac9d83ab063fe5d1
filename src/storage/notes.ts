/**
 * The notes services the app needs, created once by the app (src/ui/shared/NotesContext.ts loads this
 * lazily, so none of it weighs on the first view). Nothing is opened until first used.
 */
import { connectNotesDB, DB_NAME } from './db';
import type { RoundsStore } from '../live/rounds';
import { createRoundsStore } from './rounds-store';
import { createSessions, type NotesChannel, type NotesEvent } from './session-store';

/** The parts of navigator.storage the app uses (absent in some browsers). */
export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export interface Notes {
  sessions: ReturnType<typeof createSessions>;
  /** Earlier coffee-trial rounds (Randomised Coffee Trials pairing). */
  rounds: RoundsStore;
  storage: StorageManagerLike | undefined;
  /** Registers an open note's flush, so an app update can write everything first. Returns an unregister function. */
  trackPending(flush: () => Promise<void>): () => void;
  /** Writes every open note's pending changes now. */
  flushAll(): Promise<void>;
  /**
   * Asks the browser to keep the notes even when space runs short (navigator.storage.persist), once,
   * and remembers the answer for the settings page. Undefined where the browser cannot say.
   */
  askToKeepData(): Promise<boolean | undefined>;
}

export interface PersistenceAnswer {
  askedAt: string;
  granted: boolean;
}

/** Tells the app's other tabs (same browser, same origin) about changes. Never leaves the device. */
export function openBroadcastChannel(name: string): NotesChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(name);
  return {
    post: (event) => channel.postMessage(event),
    listen(listener) {
      const onMessage = (e: MessageEvent<NotesEvent>) => listener(e.data);
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
  };
}

export function createNotes(name = DB_NAME): Notes {
  const getDB = connectNotesDB(name);
  const sessions = createSessions(getDB, { channel: openBroadcastChannel(`${name}-notes`) });
  const pending = new Set<() => Promise<void>>();
  const storage: StorageManagerLike | undefined =
    typeof navigator !== 'undefined' ? navigator.storage : undefined;
  return {
    sessions,
    rounds: createRoundsStore(getDB),
    storage,
    trackPending(flush) {
      pending.add(flush);
      return () => pending.delete(flush);
    },
    flushAll: () => Promise.allSettled([...pending].map((flush) => flush())).then(() => undefined),
    async askToKeepData() {
      if (!storage?.persist) return undefined;
      if (await storage.persisted()) return true;
      const granted = await storage.persist();
      const answer: PersistenceAnswer = { askedAt: new Date().toISOString(), granted };
      await sessions.setMeta('persistence', answer);
      return granted;
    },
  };
}
