/** Which earlier lessons to offer when a team starts a Peer Assist or a Before Action Review. Pure. */

export interface LessonLike {
  id: string;
  text: string;
  tags: readonly string[];
  /** ISO date of the session it came from. */
  date: string;
}

export interface RelevantLesson<L extends LessonLike> {
  lesson: L;
  score: number;
  /** Plain words on why it is offered, e.g. "Shares the tags discharge, pharmacy". */
  why: string;
}

const STOP_WORDS = new Set(
  'a an and are as at be but by do for from had has have how i if in into is it its more must next not of on or our so than that the their them then there these they this to too us was we were what when which who will with would you your'.split(
    ' ',
  ),
);

/** Lower-case content words, with a plural "s" trimmed so "handovers" meets "handover". */
export function keywords(text: string): Set<string> {
  const words =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .match(/[a-z0-9]+/g) ?? [];
  return new Set(
    words
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map((w) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w)),
  );
}

const normaliseTag = (tag: string) => tag.trim().toLowerCase();

/**
 * Lessons that share tags or words with what the team is about to do, best first: a shared tag counts
 * three times a shared word; ties go to the newer lesson. Lessons sharing nothing are left out.
 */
export function relevantLessons<L extends LessonLike>(
  lessons: readonly L[],
  context: { tags: readonly string[]; text: string },
  limit = 5,
): RelevantLesson<L>[] {
  const tags = new Set(context.tags.map(normaliseTag).filter(Boolean));
  const words = keywords(`${context.text} ${context.tags.join(' ')}`);
  return lessons
    .map((lesson) => {
      const sharedTags = [...new Set(lesson.tags.map(normaliseTag))].filter((t) => tags.has(t));
      const sharedWords = [...keywords(`${lesson.text} ${lesson.tags.join(' ')}`)].filter((w) =>
        words.has(w),
      );
      const score = sharedTags.length * 3 + sharedWords.length;
      const why = sharedTags.length
        ? `Shares the tag${sharedTags.length > 1 ? 's' : ''} ${sharedTags.join(', ')}`
        : `Mentions ${sharedWords.slice(0, 3).join(', ')}`;
      return { lesson, score, why };
    })
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || b.lesson.date.localeCompare(a.lesson.date))
    .slice(0, limit);
}
