// Pieces of work and reads across notes, against fake-indexeddb: real idb code, a fresh database per test.
import { beforeEach, describe, expect, it } from 'vitest';
import { connectNotesDB } from '../../src/storage/db';
import { createSessions, type NotesEvent, type Sessions } from '../../src/storage/session-store';
import { createWork } from '../../src/storage/work';
import { sessionFixture } from './notes-fixtures';

let clock: number;
let sessions: Sessions;
let events: NotesEvent[];
const newStore = (name: string) =>
  createSessions(connectNotesDB(name), { now: () => new Date(clock) });

beforeEach(() => {
  clock = Date.parse('2026-11-23T09:00:00Z');
  sessions = newStore(`test-${crypto.randomUUID()}`);
  events = [];
  sessions.subscribe((e) => events.push(e));
});

describe('pieces of work', () => {
  it('stores, lists (recent first), renames and deletes with undo; notes stay', async () => {
    const a = await sessions.saveWork(
      createWork('Ward 5 discharge', 'Home by noon', new Date(clock), 'w-a'),
    );
    clock += 1000;
    await sessions.saveWork(createWork('Sepsis pathway', '', new Date(clock), 'w-b'));
    expect((await sessions.listWorks()).map((w) => w.id)).toEqual(['w-b', 'w-a']);
    clock += 1000;
    await sessions.saveWork({ ...a, name: '  Ward 5 discharge, phase 2  ' });
    expect(await sessions.getWork('w-a')).toMatchObject({
      name: 'Ward 5 discharge, phase 2',
      updatedAt: '2026-11-23T09:00:02.000Z',
    });
    expect((await sessions.listWorks()).map((w) => w.id)).toEqual(['w-a', 'w-b']);

    await sessions.save(sessionFixture({ id: 'n1', workId: 'w-a', revision: 0 }), 0);
    const removed = await sessions.removeWork('w-a');
    expect(removed?.name).toBe('Ward 5 discharge, phase 2');
    expect(await sessions.getWork('w-a')).toBeUndefined();
    expect((await sessions.get('n1'))?.workId).toBe('w-a');
    await sessions.restoreWork(removed!);
    expect(await sessions.getWork('w-a')).toEqual(removed);
    expect(events.filter((e) => e.type === 'works')).toHaveLength(5);
  });

  it('refuses a piece of work with no name', async () => {
    await expect(sessions.saveWork(createWork('   '))).rejects.toThrow(/needs a name/);
    expect(await sessions.listWorks()).toEqual([]);
  });

  it("lists a work's notes oldest first, and no other work's", async () => {
    await sessions.save(
      sessionFixture({ id: 'late', workId: 'w', date: '2026-11-20', revision: 0 }),
      0,
    );
    await sessions.save(
      sessionFixture({ id: 'early', workId: 'w', date: '2026-10-01', revision: 0 }),
      0,
    );
    await sessions.save(
      sessionFixture({ id: 'other', workId: 'x', date: '2026-10-05', revision: 0 }),
      0,
    );
    await sessions.save(sessionFixture({ id: 'none', date: '2026-10-05', revision: 0 }), 0);
    expect((await sessions.inWork('w')).map((s) => s.id)).toEqual(['early', 'late']);
    expect((await sessions.allSessions()).map((s) => s.id).sort()).toEqual([
      'early',
      'late',
      'none',
      'other',
    ]);
  });

  it('starts a note inside a work, filled in', async () => {
    const note = await sessions.create('after-action-review', 'Second AAR', {
      workId: 'w',
      fields: { expected: 'Home by noon' },
    });
    expect(await sessions.get(note.id)).toMatchObject({
      workId: 'w',
      fields: { expected: 'Home by noon' },
      revision: 1,
    });
  });
});

describe('setActionDone', () => {
  it('ticks an action done as a new revision, and can untick it', async () => {
    await sessions.save(sessionFixture({ revision: 0 }), 0);
    const done = await sessions.setActionDone('aar-1', 'act-1', true);
    expect(done).toMatchObject({ revision: 2, actions: [{ id: 'act-1', done: true }] });
    expect(events).toContainEqual({ type: 'changed', ids: ['aar-1'] });
    expect((await sessions.setActionDone('aar-1', 'act-1', false)).actions[0].done).toBe(false);
  });

  it('says so when the note or the action has gone', async () => {
    await expect(sessions.setActionDone('missing', 'act-1', true)).rejects.toThrow(
      /no longer on this device/,
    );
    await sessions.save(sessionFixture({ revision: 0 }), 0);
    await expect(sessions.setActionDone('aar-1', 'gone', true)).rejects.toThrow(
      /no longer on this device/,
    );
  });
});

describe('backups with pieces of work', () => {
  it('exports works with the notes, and imports them into an empty device identically', async () => {
    await sessions.saveWork(createWork('Ward 5 discharge', 'Home by noon', new Date(clock), 'w-a'));
    await sessions.save(sessionFixture({ workId: 'w-a', revision: 0 }), 0);
    const backup = await sessions.exportAll();
    expect(backup.works.map((w) => w.name)).toEqual(['Ward 5 discharge']);
    const other = newStore(`test-${crypto.randomUUID()}`);
    await other.importBackup(JSON.stringify(backup));
    expect(await other.listWorks()).toEqual(await sessions.listWorks());
    expect((await other.inWork('w-a')).map((s) => s.id)).toEqual(['aar-1']);
  });

  it('keeps a newer piece of work here over an older copy in the file', async () => {
    const old = createWork('Old name', '', new Date(clock), 'w-a');
    const backup = JSON.stringify({ ...(await sessions.exportAll()), works: [old] });
    clock += 60_000;
    await sessions.saveWork({ ...old, name: 'Newer name' });
    await sessions.importBackup(backup);
    expect((await sessions.getWork('w-a'))?.name).toBe('Newer name');
  });

  it('erasing everything removes the pieces of work too', async () => {
    await sessions.saveWork(createWork('Ward 5 discharge'));
    await sessions.eraseAll();
    expect(await sessions.listWorks()).toEqual([]);
  });
});
