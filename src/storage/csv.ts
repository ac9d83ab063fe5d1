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

/** Control characters but tab, LF and CR: some spreadsheets cut a cell short at a NUL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/**
 * A cell a spreadsheet would read as a formula: one starting with = + - @ (or their full-width forms),
 * even after spaces or line breaks (spreadsheets skip those), or starting with a tab, CR or LF (OWASP's
 * CSV injection advice).
 */
const FORMULA = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/**
 * Quotes one field. A cell that would run as a formula gets a leading apostrophe and is shown as text.
 * A lone CR becomes a line feed (a CRLF stays), and control characters are dropped, so the file reads
 * the same in every spreadsheet, whatever an older note stored.
 */
export function csvField(value: string): string {
  const clean = value.replace(/\r(?!\n)/g, '\n').replace(CONTROL, '');
  const safe = FORMULA.test(clean) ? `'${clean}` : clean;
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
