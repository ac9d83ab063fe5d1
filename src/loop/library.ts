/** The lessons library: every lesson from every note, newest first, with search and filters. Pure. */
import type { Lesson, Session } from '../storage/session-record';
import type { Work } from '../storage/work';

export interface LessonRow {
  lesson: Lesson;
  session: { id: string; title: string; techniqueId: string; date: string };
  work: { id: string; name: string } | null;
}

export interface LessonFilter {
  /** Words to find; every word must appear in the text or tags (case and accents ignored). */
  query?: string;
  tag?: string;
  techniqueId?: string;
  workId?: string;
  /** YYYY-MM-DD, inclusive, on the session's date. */
  from?: string;
  to?: string;
}

/** Lower case without accents, so "Réunion" is found by "reunion". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every lesson with some text, newest session first (then in the order written in the note). */
export function lessonRows(sessions: readonly Session[], works: readonly Work[]): LessonRow[] {
  const names = new Map(works.map((w) => [w.id, w.name]));
  const ordered = [...sessions].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      b.createdAt.localeCompare(a.createdAt) ||
      a.id.localeCompare(b.id),
  );
  return ordered.flatMap((s) =>
    s.lessons
      .filter((l) => l.text.trim())
      .map((lesson) => ({
        lesson,
        session: { id: s.id, title: s.title, techniqueId: s.techniqueId, date: s.date },
        work:
          s.workId && names.has(s.workId)
            ? { id: s.workId, name: names.get(s.workId) ?? '' }
            : null,
      })),
  );
}

export function filterLessons(
  rows: readonly LessonRow[],
  { query = '', tag, techniqueId, workId, from, to }: LessonFilter,
): LessonRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const wantTag = tag ? fold(tag.trim()) : '';
  return rows.filter((r) => {
    if (wantTag && !r.lesson.tags.some((t) => fold(t.trim()) === wantTag)) return false;
    if (techniqueId && r.session.techniqueId !== techniqueId) return false;
    if (workId && r.work?.id !== workId) return false;
    if (from && r.session.date < from) return false;
    if (to && r.session.date > to) return false;
    if (!words.length) return true;
    const haystack = fold(`${r.lesson.text} ${r.lesson.tags.join(' ')}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** Tags in use with how many lessons carry each, most used first (then A to Z); tags differing only in case count as one. */
export function tagCounts(rows: readonly LessonRow[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const r of rows) {
    const seen = new Set<string>();
    for (const raw of r.lesson.tags) {
      const tag = raw.trim();
      const key = fold(tag);
      if (!tag || seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { tag, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.tag.localeCompare(b.tag, 'en-GB', { sensitivity: 'base' }),
  );
}

/** Words for a lesson's kind, as shown and exported. */
export function kindLabel(kind: Lesson['kind']): string {
  return kind === 'repeat' ? 'To repeat' : kind === 'avoid' ? 'To avoid' : 'Not said';
}
