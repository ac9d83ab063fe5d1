import { useEffect, useMemo, useState } from 'preact/hooks';
import { getCard } from '../../content/catalog';
import { relevantLessons, type LessonLike } from '../../loop/relevant-lessons';
import { formatDay } from '../../storage/dates';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';

interface EarlierLesson extends LessonLike {
  source: string;
}

/** Every lesson in every other note, with where it came from. */
function lessonsBesides(sessions: Session[], ownId: string): EarlierLesson[] {
  return sessions
    .filter((s) => s.id !== ownId)
    .flatMap((s) =>
      s.lessons
        .filter((l) => l.text.trim())
        .map((l) => ({
          id: l.id,
          text: l.text.trim(),
          tags: l.tags,
          date: s.date,
          source: `${getCard(s.techniqueId)?.title ?? s.techniqueId}: ${s.title.trim() || 'untitled note'}, ${formatDay(s.date)}`,
        })),
    );
}

/** The tags this note and its piece of work already use: lessons sharing them are offered first. */
function tagsInPlay(sessions: Session[], draft: Session): string[] {
  const mine = sessions.filter(
    (s) => s.id !== draft.id && draft.workId && s.workId === draft.workId,
  );
  return [...new Set([...mine, draft].flatMap((s) => s.lessons.flatMap((l) => l.tags)))];
}

/**
 * Lessons from earlier work that may help with one field (a field with `offerLessons`): matched by the
 * tags used in this note and its piece of work, and by the words of the work, the note's title and the
 * field, or by words the person searches for.
 */
export function EarlierLessons({
  notes,
  draft,
  fieldId,
  label,
  value,
  add,
}: {
  notes: Notes;
  draft: Session;
  fieldId: string;
  label: string;
  value: string;
  add: (text: string) => void;
}) {
  const [all, setAll] = useState<Session[] | null>(null);
  const [workText, setWorkText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    let live = true;
    notes.sessions.allSessions().then(
      (found) => live && setAll(found),
      () => live && setAll([]),
    );
    return () => {
      live = false;
    };
  }, [notes, draft.id]);
  useEffect(() => {
    let live = true;
    if (!draft.workId) return setWorkText('');
    notes.sessions.getWork(draft.workId).then(
      (w) => live && setWorkText(w ? `${w.name} ${w.description}` : ''),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [notes, draft.workId]);

  const text = search.trim() || `${workText} ${draft.title} ${value}`;
  const lessons = useMemo(() => (all ? lessonsBesides(all, draft.id) : null), [all, draft.id]);
  const tags = useMemo(
    () => (all && !search.trim() ? tagsInPlay(all, draft) : []),
    [all, draft.id, draft.workId, draft.lessons, search],
  );
  const offered = useMemo(
    () => (lessons ? relevantLessons(lessons, { tags, text }, 5) : []),
    [lessons, tags, text],
  );
  if (!lessons || lessons.length === 0) return null;
  const headingId = `earlier-${fieldId}`;
  const has = (t: string) => value.split('\n').some((line) => line.trim() === t);
  return (
    <section class="earlier-lessons" aria-labelledby={headingId}>
      <h3 id={headingId}>Lessons from earlier work that may help</h3>
      <label for={`${headingId}-search`}>Look for lessons about</label>
      <input
        id={`${headingId}-search`}
        type="search"
        autocomplete="off"
        value={search}
        onInput={(e) => setSearch(e.currentTarget.value)}
      />
      <p role="status" class="muted">
        {offered.length === 0
          ? search.trim()
            ? 'No earlier lessons mention those words.'
            : 'No earlier lessons match this work yet. Try searching for other words.'
          : ''}
      </p>
      {offered.length > 0 && (
        <ul class="earlier-list" aria-label="Earlier lessons">
          {offered.map(({ lesson, why }) => (
            <li key={lesson.id}>
              <span class="earlier-text">{lesson.text}</span>
              <span class="note-meta">
                {why}. From {lesson.source}.
              </span>
              <button
                type="button"
                class="secondary"
                disabled={has(lesson.text)}
                onClick={() => add(lesson.text)}
              >
                {has(lesson.text) ? 'Added' : `Add to ${label}`}
                <span class="visually-hidden">: {lesson.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
