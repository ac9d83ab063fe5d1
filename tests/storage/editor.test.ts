// The open-note model against fake-indexeddb: autosave timing, storage errors, and two tabs on one note.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectNotesDB } from '../../src/storage/db';
import { createNoteEditor, type NoteEditor } from '../../src/storage/editor';
import { createSessions, type Sessions } from '../../src/storage/session-store';
import { sessionFixture } from './notes-fixtures';

let name: string;
let sessions: Sessions;

beforeEach(async () => {
  name = `test-${crypto.randomUUID()}`;
  sessions = createSessions(connectNotesDB(name));
  await sessions.save(sessionFixture(), 0);
});

const open = async (store = sessions): Promise<NoteEditor> =>
  createNoteEditor({
    sessions: store,
    initial: (await store.get('aar-1'))!,
    stored: true,
  });
const type = (editor: NoteEditor, field: string, text: string) =>
  editor.update((d) => ({ ...d, fields: { ...d.fields, [field]: text } }));
const stored = async (field: string, store = sessions) => (await store.get('aar-1'))?.fields[field];

describe('autosave', () => {
  it('shows pending changes as not yet saved, then saved once written', async () => {
    const editor = await open();
    type(editor, 'actual', 'The bleep went twice');
    expect(editor.getState().status).toBe('pending');
    await vi.waitFor(() => expect(editor.getState().status).toBe('saved'));
    expect(await stored('actual')).toBe('The bleep went twice');
  });

  it('writes during continuous typing, with no pause needed (write-through)', async () => {
    const editor = await open();
    for (let i = 1; i <= 20; i++) {
      type(editor, 'actual', 'x'.repeat(i));
      await new Promise((r) => setTimeout(r, 2));
    }
    // Written while typing went on: the stored copy is at most one write behind.
    expect((await stored('actual'))?.length).toBeGreaterThan(5);
    await vi.waitFor(() => expect(editor.getState().status).toBe('saved'));
    expect(await stored('actual')).toBe('x'.repeat(20));
  });

  it('writes a pending change at once on flush', async () => {
    const editor = await open();
    type(editor, 'actual', 'Left the page');
    await editor.flush();
    expect(await stored('actual')).toBe('Left the page');
  });

  it('stores a new note on its first flush', async () => {
    const editor = createNoteEditor({
      sessions,
      initial: sessionFixture({ id: 'fresh', revision: 0 }),
      stored: false,
    });
    await editor.flush();
    expect(await sessions.get('fresh')).toMatchObject({ revision: 1 });
    expect(editor.getState().status).toBe('saved');
  });
});

describe('when storage fails', () => {
  it('says so in plain words, keeps the text on screen, and saves once storage works again', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const save = vi.spyOn(sessions, 'save').mockRejectedValueOnce(full);
    const editor = await open();
    type(editor, 'actual', 'Typed while the disk was full');
    await vi.waitFor(() => expect(editor.getState().status).toBe('error'));
    expect(editor.getState()).toMatchObject({
      status: 'error',
      problem: { kind: 'full', message: expect.stringMatching(/storage is full.*still here/) },
    });
    expect(editor.getState().draft.fields.actual).toBe('Typed while the disk was full');
    await editor.flush();
    expect(editor.getState()).toMatchObject({ status: 'saved', problem: null });
    expect(await stored('actual')).toBe('Typed while the disk was full');
    save.mockRestore();
  });

  it('explains when IndexedDB cannot be used at all', async () => {
    const nowhere = createSessions(() =>
      Promise.reject(Object.assign(new Error('no IndexedDB'), { name: 'StorageUnavailableError' })),
    );
    const editor = createNoteEditor({
      sessions: nowhere,
      initial: sessionFixture({ revision: 0 }),
      stored: false,
    });
    type(editor, 'actual', 'Private window');
    await editor.flush();
    expect(editor.getState()).toMatchObject({
      status: 'error',
      problem: { kind: 'unavailable' },
      draft: { fields: { actual: 'Private window' } },
    });
  });
});

describe('two tabs on one note', () => {
  /** A second tab: its own store and connection on the same database, linked by a shared channel. */
  function twoTabs() {
    const wire = new Set<(e: never) => void>();
    const channel = () => {
      let mine: ((e: never) => void) | undefined;
      return {
        post: (e: never) => wire.forEach((l) => l !== mine && l(e)),
        listen: (l: (e: never) => void) => ((mine = l), wire.add(l), () => wire.delete(l)),
      };
    };
    return [
      createSessions(connectNotesDB(name), { channel: channel() }),
      createSessions(connectNotesDB(name), { channel: channel() }),
    ];
  }

  it('shows an edit made in one tab in the other', async () => {
    const [storeA, storeB] = twoTabs();
    const [a, b] = [await open(storeA), await open(storeB)];
    type(a, 'actual', 'From tab A');
    await a.flush();
    await vi.waitFor(() => expect(b.getState().draft.fields.actual).toBe('From tab A'));
    expect(b.getState().notice).toMatch(/another tab/);
  });

  it('merges edits to different fields made at the same time', async () => {
    const [storeA, storeB] = twoTabs();
    const [a, b] = [await open(storeA), await open(storeB)];
    type(a, 'actual', 'A wrote this');
    type(b, 'expected', 'B wrote this');
    await Promise.all([a.flush(), b.flush()]);
    await vi.waitFor(async () =>
      expect((await storeA.get('aar-1'))?.fields).toMatchObject({
        actual: 'A wrote this',
        expected: 'B wrote this',
      }),
    );
    await vi.waitFor(() => expect(a.getState().draft.fields.expected).toBe('B wrote this'));
    expect(a.getState().conflict).toBeNull();
    expect(b.getState().conflict).toBeNull();
  });

  it('never overwrites when both change the same field: keeps this version as a copy and asks', async () => {
    const [storeA, storeB] = twoTabs();
    const [a, b] = [await open(storeA), await open(storeB)];
    type(a, 'actual', 'A version');
    await a.flush();
    type(b, 'actual', 'B version'); // B has not heard of A's write yet, or has, but typed on its own copy
    await b.flush();
    const { conflict, draft } = b.getState();
    expect(conflict).toMatchObject({
      parts: ['field:actual'],
      otherId: 'aar-1',
      title: 'Night shift handover',
    });
    expect(draft.id).not.toBe('aar-1');
    expect(draft.title).toBe('Night shift handover (conflicting copy)');
    expect((await storeA.get('aar-1'))?.fields.actual).toBe('A version');
    expect((await storeA.get(draft.id))?.fields.actual).toBe('B version');
  });

  it.each([
    ['keep mine', 'keepMine', 'B version', 1],
    ['use theirs', 'useTheirs', 'A version', 1],
    ['keep both', 'keepBoth', 'A version', 2],
  ] as const)('resolves a conflict: %s', async (_name, choice, expected, notes) => {
    const [storeA, storeB] = twoTabs();
    const [a, b] = [await open(storeA), await open(storeB)];
    type(a, 'actual', 'A version');
    await a.flush();
    type(b, 'actual', 'B version');
    await b.flush();
    await b[choice]();
    expect(b.getState().conflict).toBeNull();
    expect((await storeA.get('aar-1'))?.fields.actual).toBe(expected);
    expect(await storeA.count()).toBe(notes);
    if (choice !== 'keepBoth')
      expect(b.getState().draft).toMatchObject({
        id: 'aar-1',
        title: 'Night shift handover',
        fields: { actual: expected },
      });
  });

  it('when the note is deleted in another tab: says so, re-creates nothing, and keeps this copy if asked', async () => {
    const [storeA, storeB] = twoTabs();
    const b = await open(storeB);
    await storeA.remove('aar-1');
    await vi.waitFor(() => expect(b.getState().deleted).toBe(true));
    type(b, 'actual', 'Still typing');
    await b.flush();
    expect(await storeA.get('aar-1')).toBeUndefined();
    expect(b.getState()).toMatchObject({
      deleted: true,
      draft: { fields: { actual: 'Still typing' } },
    });
    await b.keepDeleted();
    expect(b.getState()).toMatchObject({ deleted: false, status: 'saved' });
    expect((await storeA.get('aar-1'))?.fields.actual).toBe('Still typing');
  });

  it('notices a note deleted elsewhere while typing, and does not write it back', async () => {
    const [storeA, storeB] = twoTabs();
    const b = await open(storeB);
    type(b, 'actual', 'Before');
    await b.flush();
    await storeA.remove('aar-1');
    type(b, 'actual', 'Before and after');
    await b.flush();
    expect(b.getState().deleted).toBe(true);
    expect(await storeA.get('aar-1')).toBeUndefined();
  });

  it('carries on as normal when the deleted note is put back elsewhere (Undo)', async () => {
    const [storeA, storeB] = twoTabs();
    const b = await open(storeB);
    const removed = (await storeA.remove('aar-1'))!;
    await vi.waitFor(() => expect(b.getState().deleted).toBe(true));
    await storeA.restore(removed);
    await vi.waitFor(() => expect(b.getState().deleted).toBe(false));
    type(b, 'actual', 'After the undo');
    await b.flush();
    expect((await storeA.get('aar-1'))?.fields.actual).toBe('After the undo');
  });
});
