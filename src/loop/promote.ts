/** Keeping lines of a note field as lessons (fields with a `promote` option in the technique file). Pure. */
import type { Lesson, LessonKind } from '../storage/session-record';

export type PromoteOption = 'repeat' | 'avoid' | 'either';

/** First words that mark a line as something to do differently, for fields whose lines can be either. */
const AVOID_START = /^(change|avoid|stop|don['’]?t|do not|never|less)\b/i;

/** The kind of lesson a line becomes: the field's own kind, or for "either", read from the line's first word. */
export function promoteKind(option: PromoteOption, line: string): LessonKind {
  if (option !== 'either') return option;
  return AVOID_START.test(line.trim()) ? 'avoid' : 'repeat';
}

/** A list field's lines that could be kept: trimmed, not blank, each once. */
export function promotableLines(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** True when the note already holds this line as a lesson (kept earlier, or typed in by hand). */
export function isKept(line: string, lessons: readonly Lesson[]): boolean {
  return lessons.some((l) => same(l.text, line));
}
