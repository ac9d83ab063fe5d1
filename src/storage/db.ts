/**
 * The app's IndexedDB database: schema, versions and migrations. The only module that imports `idb`.
 *
 * Versions (each step runs once, in order, for a device that has an older database):
 * - v1: `sessions`, one record per session note, keyed by `id`.
 * - v2: indexes on `sessions` for the list (`by-updated`: newest first, paged) and the technique filter
 *   (`by-technique`); a `meta` store for small facts about the data (such as when it was last backed up);
 *   a `pairingRounds` store for the Randomised Coffee Trials pairer. It also repairs any v1 record that
 *   lacks a field an index needs, because IndexedDB leaves such a record out of the index, and the note
 *   would then vanish from the list.
 * - v3: a `works` store (pieces of work, see work.ts); every session gains `workId` ('' for none), and a
 *   `by-work` index on sessions ([workId, date, id]) lists a work's sessions in date order.
 *
 * To change the schema: add `if (oldVersion < N) {…}` at the end of the ladder, raise DB_VERSION, and
 * add a test in tests/db.test.ts that builds version N-1 with fixture data and opens it with this code.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { completeSession, type Session } from './session-record';
import type { Work } from './work';

export const DB_VERSION = 3;
export const DB_NAME = 'mobilise';

export interface PairingRound {
  id: string;
  createdAt: string;
  /** Groups of names, as made in that round (pairs, and a trio when the count was odd). */
  groups: string[][];
}

export interface NotesDB extends DBSchema {
  sessions: {
    key: string;
    value: Session;
    indexes: {
      'by-updated': [string, string];
      'by-technique': [string, string, string];
      'by-work': [string, string, string];
    };
  };
  works: { key: string; value: Work };
  meta: { key: string; value: unknown };
  pairingRounds: { key: string; value: PairingRound; indexes: { 'by-created': string } };
}

export type NotesDatabase = IDBPDatabase<NotesDB>;
/** Opens (once) and returns the database. Rejects with a StorageUnavailableError when IndexedDB cannot be used. */
export interface GetDB {
  (): Promise<NotesDatabase>;
  /** The open connection, if there is one: for the few writes that must start synchronously (see sessions.rescue). */
  peek?(): NotesDatabase | undefined;
}

/** IndexedDB is missing or refused (some private browsing modes, some locked-down devices). */
export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

/**
 * Returns a lazy, memoised `getDB()`: nothing is opened until the first call, so the first render never waits.
 * The connection is forgotten when another tab needs to upgrade or the browser drops it; the next call re-opens.
 */
export function connectNotesDB(name = DB_NAME): GetDB {
  let db: Promise<NotesDatabase> | undefined;
  let opened: NotesDatabase | undefined;
  const forget = () => {
    db = undefined;
    opened = undefined;
  };
  const getDB: GetDB = () => {
    if (db) return db;
    if (typeof indexedDB === 'undefined')
      return Promise.reject(new StorageUnavailableError('IndexedDB is not available'));
    // Some browsers throw at once rather than failing the request: either way, callers get a rejection.
    const opening = Promise.resolve().then(() => open(name, forget));
    // A failed open is retried on the next call rather than remembered.
    opening.then(
      (connection) => {
        if (db === opening) opened = connection;
      },
      () => {
        if (db === opening) forget();
      },
    );
    db = opening;
    return opening;
  };
  getDB.peek = () => opened;
  return getDB;
}

function open(name: string, forget: () => void): Promise<NotesDatabase> {
  return openDB<NotesDB>(name, DB_VERSION, {
    async upgrade(database, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        database.createObjectStore('sessions', { keyPath: 'id' });
      }
      if (oldVersion < 2) {
        const sessions = tx.objectStore('sessions');
        for (let cursor = await sessions.openCursor(); cursor; cursor = await cursor.continue()) {
          const repaired = repairV1Record(cursor.value);
          if (repaired) await cursor.update(repaired);
        }
        sessions.createIndex('by-updated', ['updatedAt', 'id']);
        sessions.createIndex('by-technique', ['techniqueId', 'updatedAt', 'id']);
        database.createObjectStore('meta');
        database
          .createObjectStore('pairingRounds', { keyPath: 'id' })
          .createIndex('by-created', 'createdAt');
      }
      if (oldVersion < 3) {
        const sessions = tx.objectStore('sessions');
        for (let cursor = await sessions.openCursor(); cursor; cursor = await cursor.continue()) {
          if (typeof cursor.value.workId !== 'string')
            await cursor.update({ ...cursor.value, workId: '' });
        }
        sessions.createIndex('by-work', ['workId', 'date', 'id']);
        database.createObjectStore('works', { keyPath: 'id' });
      }
    },
    blocking(_current, _blocked, event) {
      // Another tab wants a newer version: step aside so it can upgrade (this tab re-opens, and learns
      // it is out of date, on its next write).
      (event.target as IDBDatabase).close();
      forget();
    },
    terminated: forget,
  });
}

/** A v1 record with every field v2 expects; undefined when it was already whole (so it is not rewritten). */
function repairV1Record(value: Partial<Session>): Session | undefined {
  const whole = completeSession(value);
  const changed = (Object.keys(whole) as (keyof Session)[]).some((k) => value[k] !== whole[k]);
  return changed ? whole : undefined;
}
