import { isKept, promotableLines, promoteKind, type PromoteOption } from '../../loop/promote';
import { newId, type Lesson } from '../../storage/session-record';

/**
 * Under a field whose lines can be kept as lessons: each line with a one-tap "Keep as a lesson". A kept line
 * (or one already among the note's lessons) says so instead, so nothing is kept twice.
 */
export function PromoteLines({
  fieldId,
  option,
  value,
  lessons,
  keep,
}: {
  fieldId: string;
  option: PromoteOption;
  value: string;
  lessons: Lesson[];
  keep: (lesson: Lesson) => void;
}) {
  const lines = promotableLines(value);
  if (!lines.length) return null;
  return (
    <div class="promote-lines">
      <p class="hint" id={`promote-${fieldId}-hint`}>
        Keep a line as a lesson to find it again in the lessons library.
      </p>
      <ul aria-describedby={`promote-${fieldId}-hint`}>
        {lines.map((line, i) => (
          <li key={line}>
            <span class="promote-text">{line}</span>
            {isKept(line, lessons) ? (
              <span class="promote-kept" id={`kept-${fieldId}-${i}`} tabIndex={-1}>
                In the lessons library
              </span>
            ) : (
              <button
                type="button"
                class="secondary"
                aria-label={`Keep as a lesson: ${line}`}
                onClick={() => {
                  keep({ id: newId(), text: line, tags: [], kind: promoteKind(option, line) });
                  // The button goes; keep the keyboard user's place on what replaces it.
                  requestAnimationFrame(() =>
                    document.getElementById(`kept-${fieldId}-${i}`)?.focus(),
                  );
                }}
              >
                Keep as a lesson
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
