/**
 * The session notes store: async functions over plain objects. Every write is one readwrite
 * transaction. Writes carry the revision they were based on, so a write from an out-of-date copy
 * (another tab, an older import) is refused and handed back, never silently applied.
 */
import { assertSession, createBackup, parseBackup, type Backup } from './backup';
import { decideImport, type ImportSummary } from './import-merge';
import type { GetDB, NotesDatabase } from './db';
import { clampSession } from './limits';
import { createLoopStore } from './loop-store';
import { createRescue } from './rescue';
import { createSearchIndex } from './search-index';
import { copySession, createSession, type Session } from './session-record';
import type { NotesChannel, NotesEvent, SaveResult } from './store-events';

export type { NotesChannel, NotesEvent, SaveResult } from './store-events';

/** Where a page of the list ends: the last note's [updatedAt, id]. */
export type ListCursor = [string, string];
export interface ListOptions {
  techniqueId?: string;
  limit?: number;
  after?: ListCursor | null;
}

/** A backup file was refused. Nothing was stored. */
export class BackupRefusedError extends Error {
  override name = 'BackupRefusedError';
  constructor(readonly problems: string[]) {
    super(problems[0]);
  }
}

export type Sessions = ReturnType<typeof createSessions>;

/** Times always move forward for one note, even if the device clock goes back (import relies on them). */
function laterThan(now: Date, previous: string | undefined): string {
  const time = previous && now.toISOString() <= previous ? new Date(Date.parse(previous) + 1) : now;
  return time.toISOString();
}

export function createSessions(
  getDB: GetDB,
  { channel, now = () => new Date() }: { channel?: NotesChannel; now?: () => Date } = {},
) {
  const listeners = new Set<(event: NotesEvent) => void>();
  const index = createSearchIndex(getDB);

  /** Runs a storage call, re-opening once if the connection was closed under it (another tab upgrading). */
  async function withDB<T>(work: (db: NotesDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(await getDB());
    } catch (error) {
      if ((error as DOMException)?.name !== 'InvalidStateError') throw error;
      return work(await getDB());
    }
  }

  function notify(event: NotesEvent, remote = false) {
    index.follow(event);
    if (!remote) channel?.post(event);
    for (const listener of listeners) listener(event);
  }
  channel?.listen((event) => notify(event, true));

  const rescues = createRescue(
    getDB,
    {
      get: (id): Promise<Session | undefined> => store.get(id),
      save: (s, r): Promise<SaveResult> => store.save(s, r),
    },
    now,
  );

  const store = {
    subscribe(listener: (event: NotesEvent) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Opens the database ahead of first use (while a page's code is still loading, say). */
    open: (): Promise<void> => getDB().then(() => undefined),

    get: (id: string): Promise<Session | undefined> => withDB((db) => db.get('sessions', id)),

    /**
     * Stores a note if the stored copy is still at `expectedRevision` (0: not stored yet). Otherwise stores
     * nothing and returns the stored copy, so the caller can merge or ask. Text over a limit (limits.ts)
     * is cut; the editor cuts it first and keeps the rest on screen for the person to copy.
     */
    async save(given: Session, expectedRevision: number): Promise<SaveResult> {
      // Anything over a limit is cut rather than refused, so one over-long part never stops the rest saving.
      const session = clampSession(given).session;
      assertSession({ ...session, revision: expectedRevision + 1 });
      const startedAt = now().toISOString();
      const result = await withDB(async (db): Promise<SaveResult> => {
        // Only `sessions`: a copy put aside as the page goes away (meta) must never wait behind this write,
        // or closing the page aborts both (see rescue.ts).
        const tx = db.transaction('sessions', 'readwrite');
        const store = tx.objectStore('sessions');
        const current = await store.get(session.id);
        if ((current?.revision ?? 0) !== expectedRevision) {
          await tx.done;
          return { ok: false, current };
        }
        const stored: Session = {
          ...session,
          createdAt: current?.createdAt ?? session.createdAt,
          updatedAt: laterThan(now(), current?.updatedAt),
          revision: expectedRevision + 1,
        };
        await Promise.all([store.put(stored), tx.done]);
        return { ok: true, session: stored };
      });
      if (result.ok) {
        notify({ type: 'changed', ids: [session.id] });
        await rescues.supersede(result.session, startedAt).catch(() => undefined);
      }
      return result;
    },

    rescue: rescues.rescue,
    recover: rescues.recover,

    ...createLoopStore({
      withDB,
      notify,
      now,
      get: (id): Promise<Session | undefined> => store.get(id),
      save: (s, r): Promise<SaveResult> => store.save(s, r),
    }),

    /** Stores a new note; `start` can place it in a piece of work and fill in some of it (see src/loop/start.ts). */
    async create(
      techniqueId: string,
      title: string,
      start: Partial<Pick<Session, 'workId' | 'fields' | 'lessons'>> = {},
    ): Promise<Session> {
      const result = await store.save({ ...createSession(techniqueId, title, now()), ...start }, 0);
      if (!result.ok) throw new Error('A new note clashed with an existing one');
      return result.session;
    },

    async duplicate(id: string, title: (source: Session) => string): Promise<Session> {
      const source = await store.get(id);
      if (!source) throw new Error('That note is no longer on this device');
      const result = await store.save(copySession(source, title(source), now()), 0);
      if (!result.ok) throw new Error('A copied note clashed with an existing one');
      return result.session;
    },

    /** Deletes a note and returns it, so the caller can offer Undo (see restore). */
    async remove(id: string): Promise<Session | undefined> {
      const removed = await withDB(async (db) => {
        const tx = db.transaction('sessions', 'readwrite');
        const current = await tx.store.get(id);
        await Promise.all([tx.store.delete(id), tx.done]);
        return current;
      });
      notify({ type: 'changed', ids: [id] });
      return removed;
    },

    /** Puts back a deleted note; its revision goes up so any copy open elsewhere notices. */
    async restore(session: Session): Promise<void> {
      await withDB(async (db) => {
        const tx = db.transaction('sessions', 'readwrite');
        const current = await tx.store.get(session.id);
        await Promise.all([
          tx.store.put({
            ...session,
            revision: Math.max(current?.revision ?? 0, session.revision) + 1,
          }),
          tx.done,
        ]);
      });
      notify({ type: 'changed', ids: [session.id] });
    },

    /** One page of notes, newest first, optionally of one technique. (Counting is separate: it reads every note.) */
    list({ techniqueId, limit = 25, after }: ListOptions = {}): Promise<{
      sessions: Session[];
      next: ListCursor | null;
    }> {
      return withDB(async (db) => {
        const tx = db.transaction('sessions');
        const range = techniqueId
          ? IDBKeyRange.bound(
              [techniqueId],
              after ? [techniqueId, ...after] : [techniqueId, '\uffff'],
              false,
              Boolean(after),
            )
          : after
            ? IDBKeyRange.upperBound(after, true)
            : null;
        const index = techniqueId ? tx.store.index('by-technique') : tx.store.index('by-updated');
        const found: Session[] = [];
        for (
          let c = await index.openCursor(range, 'prev');
          c && found.length <= limit;
          c = await c.continue()
        )
          found.push(c.value);
        const sessions = found.slice(0, limit);
        const last = sessions[sessions.length - 1];
        return { sessions, next: found.length > limit ? [last.updatedAt, last.id] : null };
      });
    },

    count(techniqueId?: string): Promise<number> {
      return withDB((db) =>
        techniqueId
          ? db.countFromIndex(
              'sessions',
              'by-technique',
              IDBKeyRange.bound([techniqueId], [techniqueId, '\uffff']),
            )
          : db.count('sessions'),
      );
    },

    /** Loads the search index ahead of the first keystroke (it loads on first search otherwise). */
    prepareSearch: (): Promise<unknown> => index.load(),

    /** Notes containing every word of the query, newest first: the first `limit`, and how many match in all. */
    search: (query: string, options: { techniqueId?: string; limit?: number } = {}) =>
      index.search(query, options),

    async exportAll(): Promise<Backup> {
      await store.recover().catch(() => 0); // include any note put aside, but never fail an export over it
      const [sessions, works] = await withDB((db) =>
        Promise.all([db.getAll('sessions'), db.getAll('works')]),
      );
      sessions.sort((a, b) =>
        a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
      );
      return createBackup(sessions, now(), works);
    },

    /**
     * Checks a backup file in full, then merges it in one transaction: new notes are added, and a note
     * already here is replaced only by a newer copy. A refused file or a failed write changes nothing.
     */
    async importBackup(source: string): Promise<ImportSummary> {
      const checked = parseBackup(source);
      if (!checked.ok) throw new BackupRefusedError(checked.problems);
      const { sessions: incoming, works } = checked.backup;
      const summary: ImportSummary = { added: 0, updated: 0, kept: 0, same: 0 };
      const changed: string[] = [];
      await withDB(async (db) => {
        const tx = db.transaction(['sessions', 'works'], 'readwrite');
        // Pieces of work: a new one is added; one already here is replaced only by a newer copy.
        const workStore = tx.objectStore('works');
        await Promise.all(
          works.map(async (w) => {
            const current = await workStore.get(w.id);
            if (!current || w.updatedAt > current.updatedAt) await workStore.put(w);
          }),
        );
        const sessionStore = tx.objectStore('sessions');
        // Read only the notes already here (one request for the ids), not one request per incoming note.
        const here = new Set(await sessionStore.getAllKeys());
        const existing = await Promise.all(
          incoming.map((s) => (here.has(s.id) ? sessionStore.get(s.id) : undefined)),
        );
        const writes = incoming.flatMap((s, i) => {
          const decision = decideImport(existing[i], s);
          summary[decision.outcome]++;
          if (!decision.write) return [];
          changed.push(s.id);
          return [sessionStore.put(decision.write)];
        });
        await Promise.all([...writes, tx.done]);
      });
      if (works.length) notify({ type: 'works' });
      if (changed.length)
        notify(changed.length > 200 ? { type: 'reset' } : { type: 'changed', ids: changed });
      return summary;
    },

    /** Deletes every note and everything else the app stores, in one transaction. */
    async eraseAll(): Promise<void> {
      await withDB(async (db) => {
        const stores = ['sessions', 'meta', 'pairingRounds', 'works'] as const;
        const tx = db.transaction(stores, 'readwrite');
        await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
      });
      notify({ type: 'reset' });
    },

    getMeta: (key: string): Promise<unknown> => withDB((db) => db.get('meta', key)),
    setMeta: (key: string, value: unknown): Promise<unknown> =>
      withDB((db) => db.put('meta', value, key)),
  };
  return store;
}
