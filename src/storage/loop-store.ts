/**
 * Storage for the learning loop: pieces of work, a work's sessions, and reads across every session (open
 * actions, the lessons library). Part of the sessions store (sessions.ts spreads it in), sharing its
 * connection handling and change events.
 */
import type { NotesDatabase } from './db';
import type { Session } from './session-record';
import type { Work } from './work';
import type { NotesEvent, SaveResult } from './store-events';

interface Deps {
  withDB<T>(work: (db: NotesDatabase) => Promise<T>): Promise<T>;
  notify(event: NotesEvent): void;
  get(id: string): Promise<Session | undefined>;
  save(session: Session, expectedRevision: number): Promise<SaveResult>;
  now(): Date;
}

export function createLoopStore({ withDB, notify, get, save, now }: Deps) {
  return {
    /** Every piece of work, most recently changed first. */
    listWorks: (): Promise<Work[]> =>
      withDB(async (db) =>
        (await db.getAll('works')).sort(
          (a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id),
        ),
      ),

    getWork: (id: string): Promise<Work | undefined> => withDB((db) => db.get('works', id)),

    /** Stores a piece of work (new or changed); its `updatedAt` becomes now. */
    async saveWork(work: Work): Promise<Work> {
      const name = work.name.trim();
      if (!name) throw new TypeError('A piece of work needs a name');
      const stored: Work = { ...work, name, updatedAt: now().toISOString() };
      await withDB((db) => db.put('works', stored));
      notify({ type: 'works' });
      return stored;
    },

    /** Deletes a piece of work (its notes stay, no longer grouped) and returns it, so the caller can offer Undo. */
    async removeWork(id: string): Promise<Work | undefined> {
      const removed = await withDB(async (db) => {
        const tx = db.transaction('works', 'readwrite');
        const current = await tx.store.get(id);
        await Promise.all([tx.store.delete(id), tx.done]);
        return current;
      });
      notify({ type: 'works' });
      return removed;
    },

    async restoreWork(work: Work): Promise<void> {
      await withDB((db) => db.put('works', work));
      notify({ type: 'works' });
    },

    /** A piece of work's sessions, oldest first (by the day they took place, then when they were written). */
    inWork: (workId: string): Promise<Session[]> =>
      withDB(async (db) => {
        const found = await db.getAllFromIndex(
          'sessions',
          'by-work',
          IDBKeyRange.bound([workId], [workId, '\uffff']),
        );
        return found.sort(
          (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
        );
      }),

    /** Every session on the device (for the open-actions list and the lessons library). */
    allSessions: (): Promise<Session[]> => withDB((db) => db.getAll('sessions')),

    /**
     * Ticks an action done (or not) from outside its note, as a normal revision-checked save, so a copy of
     * the note open elsewhere notices. Retries once if the note changed in between.
     */
    async setActionDone(sessionId: string, actionId: string, done: boolean): Promise<Session> {
      for (let attempt = 0; attempt < 3; attempt++) {
        const current = await get(sessionId);
        if (!current || !current.actions.some((a) => a.id === actionId))
          throw new Error('That action is no longer on this device');
        const next = {
          ...current,
          actions: current.actions.map((a) => (a.id === actionId ? { ...a, done } : a)),
        };
        const result = await save(next, current.revision);
        if (result.ok) return result.session;
      }
      throw new Error('The note kept changing; try again');
    },
  };
}
