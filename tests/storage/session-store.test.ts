// The store against fake-indexeddb: real idb code, a fresh database per test.
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../src/storage/backup';
import { connectNotesDB } from '../../src/storage/db';
import { LIMITS } from '../../src/storage/limits';
import {
  createSessions,
  type NotesChannel,
  type NotesEvent,
  type Sessions,
} from '../../src/storage/session-store';
import { sessionFixture } from './notes-fixtures';

let clock: number;
let sessions: Sessions;
const tick = (ms = 1000) => (clock += ms);
const newStore = (name: string, channel?: NotesChannel) =>
  createSessions(connectNotesDB(name), { now: () => new Date(clock), channel });

beforeEach(() => {
  clock = Date.parse('2026-11-23T09:00:00Z');
  sessions = newStore(`test-${crypto.randomUUID()}`);
});

describe('save', () => {
  it('stores a new note as revision 1 and returns it', async () => {
    const result = await sessions.save(sessionFixture({ revision: 0 }), 0);
    expect(result).toMatchObject({
      ok: true,
      session: { id: 'aar-1', revision: 1, updatedAt: '2026-11-23T09:00:00.000Z' },
    });
    expect(await sessions.get('aar-1')).toMatchObject({
      title: 'Night shift handover',
      revision: 1,
    });
  });

  it('refuses a write based on an out-of-date copy and hands back the stored one', async () => {
    await sessions.save(sessionFixture(), 0);
    tick();
    await sessions.save(sessionFixture({ title: 'From tab A' }), 1);
    tick();
    const stale = await sessions.save(sessionFixture({ title: 'From tab B' }), 1);
    expect(stale).toMatchObject({ ok: false, current: { title: 'From tab A', revision: 2 } });
    expect((await sessions.get('aar-1'))?.title).toBe('From tab A');
  });

  it('reports a note deleted elsewhere as a conflict with nothing stored', async () => {
    await sessions.save(sessionFixture(), 0);
    await sessions.remove('aar-1');
    expect(await sessions.save(sessionFixture({ title: 'Still typing' }), 1)).toEqual({
      ok: false,
      current: undefined,
    });
  });

  it('keeps the first creation time and moves the update time forward even if the clock goes back', async () => {
    await sessions.save(sessionFixture(), 0);
    clock -= 60_000;
    const again = await sessions.save(sessionFixture({ createdAt: '2030-01-01T00:00:00.000Z' }), 1);
    expect(again.ok && again.session).toMatchObject({
      createdAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.001Z',
    });
  });

  it('refuses to store a malformed note (a bug, never typing)', async () => {
    await expect(sessions.save({ ...sessionFixture(), id: 'a b' }, 0)).rejects.toThrow(/id/);
  });

  it('cuts over-long text and mends a bad date rather than refusing the whole note', async () => {
    const long = sessionFixture({
      date: 'soon',
      title: 't'.repeat(2_000),
      fields: { actual: 'a'.repeat(150_000), expected: 'Kept as typed' },
      lessons: [{ id: 'les-1', text: 'Lesson', tags: ['x'.repeat(300), 'short'] }],
    });
    const result = await sessions.save(long, 0);
    expect(result.ok).toBe(true);
    const stored = (await sessions.get('aar-1'))!;
    expect(stored.date).toBe('2026-11-20');
    expect(stored.title).toHaveLength(LIMITS.short);
    expect(stored.fields).toEqual({ actual: 'a'.repeat(LIMITS.long), expected: 'Kept as typed' });
    expect(stored.lessons[0].tags).toEqual(['x'.repeat(LIMITS.tag), 'short']);
  });
});

describe('list', () => {
  beforeEach(async () => {
    for (let i = 1; i <= 7; i++) {
      await sessions.save(
        sessionFixture({ id: `n${i}`, techniqueId: i % 2 ? 'after-action-review' : 'retrospect' }),
        0,
      );
      tick();
    }
  });

  it('lists the newest first, a page at a time', async () => {
    const first = await sessions.list({ limit: 3 });
    expect(first.sessions.map((s) => s.id)).toEqual(['n7', 'n6', 'n5']);
    const second = await sessions.list({ limit: 3, after: first.next });
    expect(second.sessions.map((s) => s.id)).toEqual(['n4', 'n3', 'n2']);
    const last = await sessions.list({ limit: 3, after: second.next });
    expect(last).toEqual({ sessions: [expect.objectContaining({ id: 'n1' })], next: null });
  });

  it('filters by technique, newest first, a page at a time', async () => {
    const first = await sessions.list({ techniqueId: 'after-action-review', limit: 2 });
    expect(first.sessions.map((s) => s.id)).toEqual(['n7', 'n5']);
    const second = await sessions.list({
      techniqueId: 'after-action-review',
      limit: 2,
      after: first.next,
    });
    expect(second.sessions.map((s) => s.id)).toEqual(['n3', 'n1']);
    expect(second.next).toBeNull();
    expect(await sessions.count('retrospect')).toBe(3);
    expect(await sessions.count()).toBe(7);
  });

  it('moves an edited note to the top', async () => {
    const n2 = await sessions.get('n2');
    await sessions.save(n2!, n2!.revision);
    expect((await sessions.list({ limit: 1 })).sessions[0].id).toBe('n2');
  });
});

describe('search', () => {
  beforeEach(async () => {
    await sessions.save(
      sessionFixture({
        id: 'cafe',
        title: 'Knowledge Café on discharge',
        techniqueId: 'knowledge-cafe',
      }),
      0,
    );
    tick();
    await sessions.save(
      sessionFixture({
        id: 'aar',
        lessons: [{ id: 'l', text: 'Pharmacy joins the huddle', tags: ['medicines'] }],
      }),
      0,
    );
  });

  it('finds every word anywhere in the text, ignoring case and accents', async () => {
    expect((await sessions.search('CAFE discharge')).hits.map((h) => h.id)).toEqual(['cafe']);
    expect((await sessions.search('medicines huddle')).hits.map((h) => h.id)).toEqual(['aar']);
    expect((await sessions.search('handover')).total).toBe(2);
  });

  it('filters by technique and shows an excerpt around the match', async () => {
    const { hits } = await sessions.search('printed', { techniqueId: 'knowledge-cafe' });
    expect(hits.map((h) => h.id)).toEqual(['cafe']);
    expect(hits[0].excerpt).toContain('Keep the printed list');
  });

  it('follows saves and deletes after the index has loaded', async () => {
    await sessions.prepareSearch();
    const aar = await sessions.get('aar');
    await sessions.save({ ...aar!, facilitator: 'Zebedee' }, aar!.revision);
    await sessions.remove('cafe');
    await new Promise((r) => setTimeout(r, 20));
    expect((await sessions.search('zebedee')).hits.map((h) => h.id)).toEqual(['aar']);
    expect((await sessions.search('café')).total).toBe(0);
  });
});

describe('duplicate, remove and restore', () => {
  it('duplicates a note with a new id and fresh times', async () => {
    await sessions.save(sessionFixture(), 0);
    tick();
    const copy = await sessions.duplicate('aar-1', (s) => `Copy of ${s.title}`);
    expect(copy).toMatchObject({
      title: 'Copy of Night shift handover',
      revision: 1,
      createdAt: '2026-11-23T09:00:01.000Z',
    });
    expect(copy.id).not.toBe('aar-1');
    expect(copy.actions[0].id).not.toBe('act-1');
    expect(copy.fields).toEqual(sessionFixture().fields);
  });

  it('deletes a note and puts it back on undo, with a higher revision', async () => {
    await sessions.save(sessionFixture(), 0);
    const removed = await sessions.remove('aar-1');
    expect(await sessions.get('aar-1')).toBeUndefined();
    await sessions.restore(removed!);
    expect(await sessions.get('aar-1')).toMatchObject({
      title: 'Night shift handover',
      revision: 2,
    });
  });
});

describe('export, import and erase', () => {
  it('export → erase → import gives identical data', async () => {
    for (const id of ['a', 'b', 'c']) {
      await sessions.save(sessionFixture({ id }), 0);
      tick();
    }
    const before = await sessions.exportAll();
    await sessions.eraseAll();
    expect(await sessions.count()).toBe(0);
    const summary = await sessions.importBackup(JSON.stringify(before));
    expect(summary).toEqual({ added: 3, updated: 0, kept: 0, same: 0 });
    const after = await sessions.exportAll();
    expect(after.sessions).toEqual(before.sessions);
  });

  it('merges by id: adds new notes, takes newer copies, keeps yours when yours is newer', async () => {
    await sessions.save(sessionFixture({ id: 'mine-newer', title: 'Mine' }), 0);
    await sessions.save(sessionFixture({ id: 'theirs-newer', title: 'Mine' }), 0);
    await sessions.save(sessionFixture({ id: 'same' }), 0);
    const same = (await sessions.get('same'))!;
    const file = createBackup([
      sessionFixture({ id: 'mine-newer', title: 'Theirs', updatedAt: '2026-11-01T00:00:00.000Z' }),
      sessionFixture({
        id: 'theirs-newer',
        title: 'Theirs',
        updatedAt: '2026-12-01T00:00:00.000Z',
      }),
      same,
      sessionFixture({ id: 'brand-new' }),
    ]);
    expect(await sessions.importBackup(JSON.stringify(file))).toEqual({
      added: 1,
      updated: 1,
      kept: 1,
      same: 1,
    });
    expect((await sessions.get('mine-newer'))?.title).toBe('Mine');
    expect(await sessions.get('theirs-newer')).toMatchObject({ title: 'Theirs', revision: 3 });
    expect(await sessions.get('brand-new')).toBeDefined();
  });

  it('refuses a bad file and changes nothing', async () => {
    await sessions.save(sessionFixture(), 0);
    const before = await sessions.exportAll();
    const bad = createBackup([
      sessionFixture({ id: 'fine' }),
      { ...sessionFixture({ id: 'bad' }), revision: -1 },
    ]);
    await expect(sessions.importBackup(JSON.stringify(bad))).rejects.toMatchObject({
      name: 'BackupRefusedError',
      problems: [expect.stringMatching(/Note 2, revision/)],
    });
    expect((await sessions.exportAll()).sessions).toEqual(before.sessions);
  });

  it('erases every store', async () => {
    await sessions.save(sessionFixture(), 0);
    await sessions.setMeta('lastBackupAt', 'x');
    await sessions.eraseAll();
    expect(await sessions.count()).toBe(0);
    expect(await sessions.getMeta('lastBackupAt')).toBeUndefined();
  });
});

describe('other tabs', () => {
  it('tells other tabs about each change and hears theirs', async () => {
    const heard: NotesEvent[] = [];
    const wire = new Set<(e: NotesEvent) => void>();
    const channel = (): NotesChannel => {
      let mine: ((e: NotesEvent) => void) | undefined;
      return {
        post: (e) => wire.forEach((l) => l !== mine && l(e)),
        listen: (l) => {
          mine = l;
          wire.add(l);
          return () => wire.delete(l);
        },
      };
    };
    const name = `test-${crypto.randomUUID()}`;
    const tabA = newStore(name, channel());
    const tabB = newStore(name, channel());
    tabB.subscribe((e) => heard.push(e));
    await tabA.save(sessionFixture(), 0);
    await tabA.eraseAll();
    expect(heard).toEqual([{ type: 'changed', ids: ['aar-1'] }, { type: 'reset' }]);
  });
});
