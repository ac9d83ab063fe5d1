import { describe, expect, it } from 'vitest';
import { createMemoryRoundsStore, type Round } from '../../src/live/rounds';
import { connectNotesDB } from '../../src/storage/db';
import { createRoundsStore } from '../../src/storage/rounds-store';

const round = (id: string, madeAt: number): Round => ({ id, madeAt, groups: [['Ada', 'Ben']] });

describe('createMemoryRoundsStore', () => {
  it('lists kept rounds oldest first', async () => {
    const store = createMemoryRoundsStore();
    await store.add(round('b', 2));
    await store.add(round('a', 1));
    expect((await store.list()).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('replaces a round added again with the same id', async () => {
    const store = createMemoryRoundsStore([round('a', 1)]);
    await store.add({ ...round('a', 1), groups: [['Cat', 'Dan']] });
    expect(await store.list()).toEqual([{ id: 'a', madeAt: 1, groups: [['Cat', 'Dan']] }]);
  });

  it('clears every round', async () => {
    const store = createMemoryRoundsStore([round('a', 1)]);
    await store.clear();
    expect(await store.list()).toEqual([]);
  });

  it('hands out copies, so a caller cannot change what is stored', async () => {
    const store = createMemoryRoundsStore([round('a', 1)]);
    (await store.list())[0].groups[0].push('Eve');
    expect((await store.list())[0].groups).toEqual([['Ada', 'Ben']]);
  });
});

describe('createRoundsStore (IndexedDB)', () => {
  it('keeps rounds in the database, oldest first, across connections', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const store = createRoundsStore(connectNotesDB(name));
    await store.add(round('later', Date.UTC(2026, 10, 2)));
    await store.add(round('earlier', Date.UTC(2026, 10, 1)));
    const reopened = createRoundsStore(connectNotesDB(name));
    expect(await reopened.list()).toEqual([
      round('earlier', Date.UTC(2026, 10, 1)),
      round('later', Date.UTC(2026, 10, 2)),
    ]);
    await reopened.clear();
    expect(await store.list()).toEqual([]);
  });
});
