import { useRef, useState } from 'preact/hooks';
import { LIMITS, roomLeft } from '../../storage/limits';
import { emptyLesson, parseTags, type Lesson, type LessonKind } from '../../storage/session-record';
import { LimitedText } from './LimitedText';
import { UndoBar } from '../shared/UndoBar';
import { IdentifierWarning } from './IdentifierWarning';

/** The tags box keeps exactly what is typed (such as a trailing comma) while the note stores the tags. */
function TagsInput({
  id,
  tags,
  onTags,
  describedBy,
}: {
  id: string;
  tags: string[];
  onTags: (tags: string[]) => void;
  describedBy: string;
}) {
  const [typed, setTyped] = useState(tags.join(', '));
  const shown = parseTags(typed).join('|') === tags.join('|') ? typed : tags.join(', ');
  const longest = Math.max(0, ...parseTags(shown).map((t) => t.length));
  const room = roomLeft(longest, LIMITS.tag);
  return (
    <>
      <input
        id={id}
        type="text"
        aria-describedby={`${describedBy} ${id}-count`}
        value={shown}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          onTags(parseTags(e.currentTarget.value));
        }}
      />
      <p id={`${id}-count`} class="limit-count" aria-live="polite">
        {room && `Longest tag: ${room}`}
      </p>
    </>
  );
}

/** Lessons from the session, each with tags so they can be found again. */
export function LessonsEditor({
  lessons,
  change,
}: {
  lessons: Lesson[];
  change: (lessons: Lesson[]) => void;
}) {
  const [removed, setRemoved] = useState<{ lesson: Lesson; at: number } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const edit = (id: string, patch: Partial<Lesson>) =>
    change(lessons.map((l) => (l.id === id ? { ...l, ...patch } : l)));
  const add = () => {
    change([...lessons, emptyLesson()]);
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLTextAreaElement>('li:last-child textarea')?.focus(),
    );
  };
  return (
    <fieldset class="note-items">
      <legend>Lessons</legend>
      {lessons.length === 0 && (
        <p class="hint">
          No lessons yet. Write each as advice for the next team, with enough context to act on.
        </p>
      )}
      <ol ref={list}>
        {lessons.map((l, i) => (
          <li key={l.id}>
            <label for={`lesson-${l.id}-text`}>Lesson {i + 1}</label>
            <LimitedText
              id={`lesson-${l.id}-text`}
              rows={3}
              max={LIMITS.long}
              value={l.text}
              onText={(text) => edit(l.id, { text })}
            />
            <IdentifierWarning text={l.text} fieldId={`lesson-${l.id}-text`} />
            <label for={`lesson-${l.id}-tags`}>Tags for lesson {i + 1}</label>
            <p class="hint" id={`lesson-${l.id}-tags-hint`}>
              Separate tags with commas, for example: handover, safety. Each tag can be up to{' '}
              {LIMITS.tag} characters
            </p>
            <TagsInput
              id={`lesson-${l.id}-tags`}
              describedBy={`lesson-${l.id}-tags-hint`}
              tags={l.tags}
              onTags={(tags) => edit(l.id, { tags })}
            />
            <label for={`lesson-${l.id}-kind`}>What kind of lesson? (lesson {i + 1})</label>
            <select
              id={`lesson-${l.id}-kind`}
              value={l.kind ?? ''}
              onChange={(e) =>
                edit(l.id, { kind: (e.currentTarget.value || undefined) as LessonKind | undefined })
              }
            >
              <option value="">Not said</option>
              <option value="repeat">To repeat</option>
              <option value="avoid">To avoid</option>
            </select>
            <div class="note-row">
              <button
                type="button"
                class="quiet"
                onClick={() => {
                  setRemoved({ lesson: l, at: i });
                  change(lessons.filter((x) => x.id !== l.id));
                }}
              >
                Remove lesson {i + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" class="secondary" onClick={add}>
        Add a lesson
      </button>
      {removed && (
        <UndoBar
          message={`Lesson removed${removed.lesson.text ? `: ${removed.lesson.text.slice(0, 60)}` : ''}.`}
          onUndo={() => {
            change([...lessons.slice(0, removed.at), removed.lesson, ...lessons.slice(removed.at)]);
            setRemoved(null);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}
    </fieldset>
  );
}
