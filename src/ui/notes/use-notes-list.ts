import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '../../storage/errors';
import type { Notes } from '../../storage/notes';
import type { SessionSummary } from '../../storage/search';
import type { Session } from '../../storage/session-record';

export interface ListView {
  rows: SessionSummary[];
  /** More rows to show than `rows` holds. */
  more: boolean;
  /** How many match, and how many notes there are; null until counted (counting reads every note, so it comes after the rows). */
  total: number | null;
  all: number | null;
  query: string;
}

const firstText = (s: Session) =>
  (Object.values(s.fields).find((v) => v.trim()) ?? '').replace(/\s+/g, ' ').slice(0, 140);
const toSummary = (s: Session): SessionSummary => ({
  id: s.id,
  techniqueId: s.techniqueId,
  title: s.title,
  date: s.date,
  updatedAt: s.updatedAt,
  excerpt: firstText(s),
});

/**
 * The rows the notes list shows: a page of the newest notes, or search results, kept up to date with
 * changes here and in other tabs. Records timings for the benchmark (scripts/bench-notes.mjs): the first
 * page on screen, and each search keystroke (from `typedAt`).
 */
export function useNotesList(
  notes: Notes | null,
  query: string,
  technique: string,
  limit: number,
  typedAt: { current: number },
) {
  const [view, setView] = useState<ListView | null>(null);
  const [problem, setProblem] = useState('');
  const [changes, setChanges] = useState(0);
  const started = useRef(performance.now());

  useEffect(() => notes?.sessions.subscribe(() => setChanges((n) => n + 1)), [notes]);
  // Changes put aside as an editor page went away go back into their notes (the list then refreshes).
  useEffect(() => void notes?.sessions.recover().catch(() => undefined), [notes]);

  // A layout effect, so a search starts as soon as the key is pressed rather than after the next frame.
  useLayoutEffect(() => {
    if (!notes) return;
    let live = true;
    const { sessions } = notes;
    const filter = technique || undefined;
    const fail = (error: unknown) => live && setProblem(describeStorageError(error, false).message);
    if (query.trim()) {
      sessions.search(query, { techniqueId: filter, limit }).then(({ hits, total, all }) => {
        if (!live) return;
        setView({ rows: hits, more: hits.length < total, total, all, query });
        setProblem('');
      }, fail);
    } else {
      sessions.list({ techniqueId: filter, limit }).then(({ sessions: page, next }) => {
        if (!live) return;
        setView((old) => ({
          rows: page.map(toSummary),
          more: next !== null,
          total: old?.query === '' ? old.total : null,
          all: old?.all ?? null,
          query,
        }));
        setProblem('');
        Promise.all([sessions.count(filter), sessions.count()]).then(
          ([total, all]) => live && setView((v) => v && { ...v, total, all }),
          fail,
        );
      }, fail);
    }
    return () => {
      live = false;
    };
  }, [notes, query, technique, limit, changes]);

  useLayoutEffect(() => {
    if (!view) return;
    if (started.current) {
      performance.measure('mobilise:notes-first-page', {
        start: started.current,
        end: performance.now(),
      });
      started.current = 0;
      // Load the search index in the background, so the first keystroke does not wait for it.
      setTimeout(() => notes?.sessions.prepareSearch().catch(() => undefined), 50);
    }
    if (typedAt.current && view.query === query) {
      performance.measure('mobilise:notes-search', {
        start: typedAt.current,
        end: performance.now(),
      });
      typedAt.current = 0;
    }
  }, [view]);

  return { view, problem, setProblem };
}
