/**
 * The in-memory search index behind the notes list: one prepared entry per note, loaded once (in
 * batches, so the page stays responsive) and kept in step with every change, here or in another tab.
 */
import type { GetDB } from './db';
import {
  byNewest,
  entryMatches,
  excerpt,
  queryWords,
  toSearchEntry,
  type SearchEntry,
  type SessionSummary,
} from './search';
import type { NotesEvent } from './store-events';

const BATCH = 500;

export function createSearchIndex(getDB: GetDB) {
  let entries: Promise<Map<string, SearchEntry>> | undefined;
  let sorted: SearchEntry[] | undefined;

  async function loadAll(): Promise<Map<string, SearchEntry>> {
    const start = performance.now();
    const db = await getDB();
    const map = new Map<string, SearchEntry>();
    for (let after: string | undefined; ;) {
      const batch = await db.getAll(
        'sessions',
        after === undefined ? null : IDBKeyRange.lowerBound(after, true),
        BATCH,
      );
      for (const s of batch) map.set(s.id, toSearchEntry(s));
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1].id;
    }
    // A timing only (no data), read by scripts/bench-notes.mjs.
    performance.measure('mobilise:notes-search-index', { start, end: performance.now() });
    return map;
  }

  async function refresh(ids: string[]): Promise<void> {
    if (!entries) return;
    const map = await entries;
    const db = await getDB();
    for (const id of ids) {
      const s = await db.get('sessions', id);
      if (s) map.set(id, toSearchEntry(s));
      else map.delete(id);
    }
    sorted = undefined;
  }

  const index = {
    load(): Promise<Map<string, SearchEntry>> {
      entries ??= loadAll().catch((error) => {
        entries = undefined;
        throw error;
      });
      return entries;
    },

    /** Follows a change; if it cannot, the index is dropped and rebuilt on the next search. */
    follow(event: NotesEvent): void {
      if (event.type === 'works') return;
      if (event.type === 'reset') {
        entries = undefined;
        sorted = undefined;
        return;
      }
      refresh(event.ids).catch(() => {
        entries = undefined;
      });
    },

    async search(
      query: string,
      { techniqueId, limit = 25 }: { techniqueId?: string; limit?: number } = {},
    ) {
      const map = await index.load();
      sorted ??= [...map.values()].sort((a, b) => byNewest(a.summary, b.summary));
      const words = queryWords(query);
      const hits: SessionSummary[] = [];
      let total = 0;
      for (const entry of sorted) {
        if (
          (techniqueId && entry.summary.techniqueId !== techniqueId) ||
          !entryMatches(entry, words)
        )
          continue;
        total++;
        if (hits.length < limit)
          hits.push({ ...entry.summary, excerpt: excerpt(entry.text, words, 140, entry.folded) });
      }
      return { hits, total, all: map.size };
    },
  };
  return index;
}
