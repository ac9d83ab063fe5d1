import { getCard } from '../../content/catalog';
import { kindLabel, type LessonRow } from '../../loop/library';
import { formatDay } from '../../storage/dates';
import { editUrl, workUrl } from '../../routes/urls';

/** One lesson in the library: its text, kind and tags, where it came from, and a tick to choose it. */
export function LessonItem({
  row,
  chosen,
  onChoose,
}: {
  row: LessonRow;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
}) {
  const { lesson, session, work } = row;
  const technique = getCard(session.techniqueId)?.title ?? 'Session';
  const id = `choose-${lesson.id}`;
  return (
    <li class="lesson-item">
      <p class="lesson-text pre">{lesson.text.trim()}</p>
      <p class="action-meta">
        <strong>{kindLabel(lesson.kind)}</strong>
        {lesson.tags.length > 0 && <> · Tags: {lesson.tags.join(', ')}</>}
      </p>
      <p class="action-meta">
        From{' '}
        <a
          href={editUrl(session.id)}
        >{`${technique}: ${session.title.trim() || 'untitled note'}`}</a>
        , {formatDay(session.date)}
        {work && (
          <>
            {' · '}Piece of work: <a href={workUrl(work.id)}>{work.name}</a>
          </>
        )}
      </p>
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={chosen}
          aria-label={`Choose the lesson: ${lesson.text.trim().slice(0, 80)}`}
          onChange={(e) => onChoose(e.currentTarget.checked)}
        />
        Choose
      </label>
    </li>
  );
}
