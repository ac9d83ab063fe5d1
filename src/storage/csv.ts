/**
 * Actions and lessons from every note as one CSV file (RFC 4180) that opens cleanly in Excel:
 * every field quoted, CRLF line ends, a UTF-8 byte order mark (so Excel reads accents), and a guard
 * against formula injection. Pure.
 */
import type { Session } from './session-record';

export const CSV_HEADER = [
  'Type',
  'Text',
  'Owner',
  'Due',
  'Done',
  'Tags',
  'Session',
  'Technique',
  'Session date',
];

/**
 * Quotes one field. A cell starting with = + - @ (or a tab or carriage return) would run as a formula
 * in a spreadsheet, so it gets a leading apostrophe and is shown as text (OWASP's advice).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One row per action and per lesson, newest note first, with the note each came from. */
export function actionsAndLessonsCsv(
  sessions: readonly Session[],
  techniqueTitle: (id: string) => string,
): string {
  const rows: string[][] = [CSV_HEADER];
  for (const s of sessions) {
    const from = [s.title, techniqueTitle(s.techniqueId), s.date];
    for (const a of s.actions)
      rows.push(['Action', a.what, a.owner, a.due, a.done ? 'Yes' : 'No', '', ...from]);
    for (const l of s.lessons)
      rows.push(['Lesson', l.text, '', '', '', l.tags.join('; '), ...from]);
  }
  return toCsv(rows);
}
