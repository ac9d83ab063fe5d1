import { techniques } from '../../content/catalog';
import type { LessonFilter } from '../../loop/library';
import { sortWorks, type Work } from '../../storage/work';

/** Search box and filters for the lessons library. */
export function LessonFilters({
  filter,
  change,
  tags,
  works,
}: {
  filter: LessonFilter;
  change: (patch: Partial<LessonFilter>) => void;
  tags: { tag: string; count: number }[];
  works: Work[];
}) {
  return (
    <form
      role="search"
      class="notes-filters lesson-filters"
      aria-label="Find lessons"
      onSubmit={(e) => e.preventDefault()}
    >
      <div class="lesson-search">
        <label for="lessons-search">Search lessons</label>
        <input
          id="lessons-search"
          type="search"
          autocomplete="off"
          value={filter.query ?? ''}
          onInput={(e) => change({ query: e.currentTarget.value })}
        />
      </div>
      <div>
        <label for="lessons-tag">Tag</label>
        <select
          id="lessons-tag"
          value={filter.tag ?? ''}
          onChange={(e) => change({ tag: e.currentTarget.value })}
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              {`${t.tag} (${t.count})`}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="lessons-technique">Technique</label>
        <select
          id="lessons-technique"
          value={filter.techniqueId ?? ''}
          onChange={(e) => change({ techniqueId: e.currentTarget.value })}
        >
          <option value="">All techniques</option>
          {techniques.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="lessons-work">Piece of work</label>
        <select
          id="lessons-work"
          value={filter.workId ?? ''}
          onChange={(e) => change({ workId: e.currentTarget.value })}
        >
          <option value="">All pieces of work</option>
          {sortWorks(works).map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="lessons-from">From (session date)</label>
        <input
          id="lessons-from"
          type="date"
          value={filter.from ?? ''}
          onInput={(e) => change({ from: e.currentTarget.value })}
        />
      </div>
      <div>
        <label for="lessons-to">To (session date)</label>
        <input
          id="lessons-to"
          type="date"
          value={filter.to ?? ''}
          onInput={(e) => change({ to: e.currentTarget.value })}
        />
      </div>
    </form>
  );
}
