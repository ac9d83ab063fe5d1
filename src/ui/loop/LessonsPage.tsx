import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { filterLessons, lessonRows, tagCounts, type LessonFilter } from '../../loop/library';
import { assetUrl } from '../../routes/urls';
import { useNotes } from '../shared/NotesContext';
import { LessonFilters } from './LessonFilters';
import { LessonItem } from './LessonItem';
import { useLoopData } from './use-loop-data';

/** Lessons shown at once; more on request, so a big library stays quick to search. */
const PAGE = 50;

/** /lessons: every lesson from every note, searchable and filterable; chosen lessons become a knowledge asset. */
export function LessonsPage() {
  const notes = useNotes();
  const { data, problem } = useLoopData(notes);
  // A link can open the library already filtered, e.g. /lessons?work=<id> from a piece of work's page.
  const { query } = useLocation();
  const [filter, setFilter] = useState<LessonFilter>(() => ({
    workId: query.work || undefined,
    tag: query.tag || undefined,
    techniqueId: query.technique || undefined,
  }));
  const [chosen, setChosen] = useState<string[]>([]);
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(() => (data ? lessonRows(data.sessions, data.works) : null), [data]);
  const tags = useMemo(() => tagCounts(all ?? []), [all]);
  const rows = all ? filterLessons(all, filter) : [];
  // Only lessons still on the device count (one may have been deleted in another tab).
  const picked = chosen.filter((id) => all?.some((r) => r.lesson.id === id));
  const filtered = Object.values(filter).some(Boolean);

  return (
    <>
      <h1>Lessons library</h1>
      <p class="lede">
        Every lesson from every session note on this device, newest first. Find what earlier teams
        learned, then share it as a knowledge asset.
      </p>
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      {!all ? (
        <p role="status">Loading your lessons…</p>
      ) : all.length === 0 ? (
        <section class="box" aria-labelledby="no-lessons">
          <h2 id="no-lessons">No lessons yet</h2>
          <p>
            Lessons come from your session notes. Add them under “Lessons” in any note, or after an
            After Action Review or a Retrospect, tap “Keep as a lesson” beside a line you wrote.
          </p>
          <p>
            <a href="/notes">Go to your notes</a>
          </p>
        </section>
      ) : (
        <section aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">Find a lesson</h2>
          <LessonFilters
            filter={filter}
            change={(patch) => (setLimit(PAGE), setFilter((f) => ({ ...f, ...patch })))}
            tags={tags}
            works={data!.works}
          />
          <p role="status" aria-live="polite" class="muted">
            {filtered
              ? `${rows.length} of ${all.length} lessons match.`
              : `${all.length} ${all.length === 1 ? 'lesson' : 'lessons'}.`}
          </p>
          {rows.length === 0 ? (
            <div class="box">
              <p>Nothing matches. Try fewer words, or clear a filter.</p>
              <button
                type="button"
                class="secondary"
                onClick={() => (setLimit(PAGE), setFilter({}))}
              >
                Clear search and filters
              </button>
            </div>
          ) : (
            <ul class="lesson-list" aria-label="Lessons">
              {rows.slice(0, limit).map((r) => (
                <LessonItem
                  key={r.lesson.id}
                  row={r}
                  chosen={picked.includes(r.lesson.id)}
                  onChoose={(on) =>
                    setChosen((c) =>
                      on ? [...c, r.lesson.id] : c.filter((id) => id !== r.lesson.id),
                    )
                  }
                />
              ))}
            </ul>
          )}
          {rows.length > limit && (
            <button type="button" class="secondary" onClick={() => setLimit((n) => n + PAGE)}>
              Show more lessons ({rows.length - limit} more)
            </button>
          )}
          <div class="asset-bar">
            {picked.length ? (
              <a class="button" href={assetUrl({ lessons: picked })}>
                Make a knowledge asset from {picked.length} chosen{' '}
                {picked.length === 1 ? 'lesson' : 'lessons'}
              </a>
            ) : (
              <p class="hint">
                Choose lessons to make a knowledge asset: one document for the next team.
              </p>
            )}
          </div>
        </section>
      )}
    </>
  );
}
