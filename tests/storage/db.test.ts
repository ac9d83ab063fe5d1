// Migrations: each test builds an older database with raw IndexedDB (as an older app version left
// it, with fixture data), then opens it with today's code.
import { describe, expect, it } from 'vitest';
import { connectNotesDB, DB_VERSION } from '../../src/storage/db';
import { createSessions } from '../../src/storage/session-store';
import type { Session } from '../../src/storage/session-record';

const dbName = () => `test-${crypto.randomUUID()}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Builds a version-1 database (the `sessions` store only) holding the given records, then closes it. */
async function buildV1(name: string, records: object[]): Promise<void> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('sessions', { keyPath: 'id' });
  const db = await request(open);
  const tx = db.transaction('sessions', 'readwrite');
  for (const r of records) tx.objectStore('sessions').put(r);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** Builds a version-2 database (as the app left it before pieces of work) holding the given records. */
async function buildV2(
  name: string,
  records: object[],
  meta: Record<string, unknown>,
  rounds: object[],
): Promise<void> {
  const open = indexedDB.open(name, 2);
  open.onupgradeneeded = () => {
    const sessions = open.result.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('by-updated', ['updatedAt', 'id']);
    sessions.createIndex('by-technique', ['techniqueId', 'updatedAt', 'id']);
    open.result.createObjectStore('meta');
    open.result
      .createObjectStore('pairingRounds', { keyPath: 'id' })
      .createIndex('by-created', 'createdAt');
  };
  const db = await request(open);
  const tx = db.transaction(['sessions', 'meta', 'pairingRounds'], 'readwrite');
  for (const r of records) tx.objectStore('sessions').put(r);
  for (const [key, value] of Object.entries(meta)) tx.objectStore('meta').put(value, key);
  for (const r of rounds) tx.objectStore('pairingRounds').put(r);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** A note as versions 1 and 2 stored it: no `workId`. */
const v1Note = (
  id: string,
  updatedAt: string,
  extra: Partial<Session> = {},
): Omit<Session, 'workId'> => ({
  id,
  techniqueId: 'after-action-review',
  title: `Ward ${id} handover`,
  date: '2026-10-01',
  facilitator: 'Sam',
  participants: 'Nurse in charge\nHealthcare assistant',
  headcount: null,
  fields: { expected: 'A calm handover', actual: 'Two pagers went off at once' },
  actions: [{ id: 'a1', what: 'Trial a quiet zone', owner: 'Jo', due: '2026-11-01', done: false }],
  lessons: [{ id: 'l1', text: 'Hand over away from the desk', tags: ['handover'] }],
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt,
  revision: 3,
  ...extra,
});

describe('migrations', () => {
  it('the newest version is 3', () => {
    expect(DB_VERSION).toBe(3);
  });

  it('creates every store and index in a new database', async () => {
    const db = await connectNotesDB(dbName())();
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'pairingRounds', 'sessions', 'works']);
    expect([...db.transaction('sessions').store.indexNames].sort()).toEqual([
      'by-technique',
      'by-updated',
      'by-work',
    ]);
    expect([...db.transaction('pairingRounds').store.indexNames]).toEqual(['by-created']);
    db.close();
  });

  it('keeps every v1 note, field for field, when it upgrades to the newest version', async () => {
    const name = dbName();
    const fixtures = [
      v1Note('one', '2026-10-01T10:00:00.000Z'),
      v1Note('two', '2026-10-02T10:00:00.000Z', { techniqueId: 'retrospect' }),
    ];
    await buildV1(name, fixtures);
    const db = await connectNotesDB(name)();
    expect(db.version).toBe(3);
    expect(await db.getAll('sessions')).toEqual(fixtures.map((f) => ({ ...f, workId: '' })));
    db.close();
  });

  it('upgrades v2 to v3: every note kept and outside any piece of work, other stores untouched', async () => {
    const name = dbName();
    const fixtures = [
      v1Note('one', '2026-10-01T10:00:00.000Z'),
      v1Note('two', '2026-10-02T10:00:00.000Z', { techniqueId: 'retrospect' }),
    ];
    const round = { id: 'r1', createdAt: '2026-10-05T10:00:00.000Z', groups: [['Ana', 'Ben']] };
    await buildV2(name, fixtures, { lastBackupAt: '2026-10-03T10:00:00.000Z' }, [round]);
    const db = await connectNotesDB(name)();
    expect(db.version).toBe(3);
    expect(await db.getAll('sessions')).toEqual(fixtures.map((f) => ({ ...f, workId: '' })));
    expect(await db.get('meta', 'lastBackupAt')).toBe('2026-10-03T10:00:00.000Z');
    expect(await db.getAll('pairingRounds')).toEqual([round]);
    expect(await db.getAll('works')).toEqual([]);
    db.close();
    const sessions = createSessions(connectNotesDB(name));
    expect((await sessions.list()).sessions.map((s) => s.id)).toEqual(['two', 'one']);
    expect((await sessions.inWork('')).map((s) => s.id)).toEqual(['one', 'two']);
    const moved = await sessions.save({ ...(await sessions.get('one'))!, workId: 'ward-5' }, 3);
    expect(moved.ok).toBe(true);
    expect((await sessions.inWork('ward-5')).map((s) => s.id)).toEqual(['one']);
  });

  it('lists and filters v1 notes through the new indexes, newest first', async () => {
    const name = dbName();
    await buildV1(name, [
      v1Note('old', '2026-10-01T10:00:00.000Z'),
      v1Note('new', '2026-10-03T10:00:00.000Z'),
      v1Note('retro', '2026-10-02T10:00:00.000Z', { techniqueId: 'retrospect' }),
    ]);
    const sessions = createSessions(connectNotesDB(name));
    expect((await sessions.list()).sessions.map((s) => s.id)).toEqual(['new', 'retro', 'old']);
    expect(
      (await sessions.list({ techniqueId: 'after-action-review' })).sessions.map((s) => s.id),
    ).toEqual(['new', 'old']);
  });

  it('repairs a v1 note that lacks fields the indexes need, so it still appears in the list', async () => {
    const name = dbName();
    const partial = {
      id: 'partial',
      title: 'Written by an early build',
      createdAt: '2026-09-01T08:00:00.000Z',
      fields: { actual: 'Kept' },
    };
    await buildV1(name, [partial]);
    const sessions = createSessions(connectNotesDB(name));
    const listed = (await sessions.list()).sessions;
    expect(listed.map((s) => s.id)).toEqual(['partial']);
    expect(listed[0]).toMatchObject({
      title: 'Written by an early build',
      fields: { actual: 'Kept' },
      updatedAt: '2026-09-01T08:00:00.000Z',
      revision: 1,
      actions: [],
    });
  });

  it('keeps data written after the upgrade in the new stores', async () => {
    const name = dbName();
    await buildV1(name, [v1Note('one', '2026-10-01T10:00:00.000Z')]);
    const sessions = createSessions(connectNotesDB(name));
    await sessions.setMeta('lastBackupAt', '2026-11-01T10:00:00.000Z');
    expect(await sessions.getMeta('lastBackupAt')).toBe('2026-11-01T10:00:00.000Z');
  });

  it('steps aside when another tab opens a newer version, and re-opens on the next call', async () => {
    const name = dbName();
    const getDB = connectNotesDB(name);
    const first = await getDB();
    const newer = indexedDB.open(name, DB_VERSION + 1);
    const upgraded = await request(newer); // resolves only because the first connection closed itself
    upgraded.close();
    expect(first.version).toBe(DB_VERSION);
    await expect(getDB()).rejects.toMatchObject({ name: 'VersionError' });
  });
});
