/**
 * One session as Markdown, to copy, share or download. Everything typed is escaped, so it reads as
 * typed in any Markdown viewer and can never become a link, a heading or HTML there. Pure.
 */
import { NOT_THE_OFFICIAL_RECORD } from './record-notice';
import { formatDay } from './dates';
import type { Session } from './session-record';

export interface NoteField {
  id: string;
  label: string;
  kind: 'text' | 'list';
}

/** Every line break CommonMark knows (LF, CR, CRLF) and the Unicode ones some viewers honour. */
const LINE_BREAK = /\r\n?|[\n\u0085\u2028\u2029]/;
/** Control characters but tab: never typed on purpose, and some viewers act on them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Backslash-escapes what Markdown would treat as markup in one line of typed text (CommonMark escapes),
 * and nothing else, so the text stays easy to read where Markdown is not rendered. A line break inside
 * the value (a bare CR from an old note, say) becomes a space, so the value can never start a new line
 * of its own; so whatever it holds, it can never open a heading, list, quote, code block, table or HTML.
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(new RegExp(LINE_BREAK, 'g'), ' ')
    .replace(CONTROL, '')
    .trimStart() // leading spaces would make a code block
    .replace(/[\\`*_[\]<>|~]/g, '\\$&') // emphasis, code, links, HTML, tables, strike-through
    .replace(/&(?=#?\w+;)/g, '\\&') // "&lt;" would show as "<"
    .replace(/^(\d+)([.)])/, '$1\\$2') // "1." would start a numbered list
    .replace(/^[-+=#]/, '\\$&'); // a list, a heading, or a line that turns the one above into a heading
}

/** A typed text's lines, split at every kind of line break, trimmed, blanks left out. */
export const markdownLines = (text: string): string[] =>
  text
    .split(LINE_BREAK)
    .map((l) => l.trim())
    .filter(Boolean);
const lines = markdownLines;

/** Several typed lines as one paragraph that keeps its line breaks. */
const paragraph = (text: string) => lines(text).map(escapeMarkdown).join('\\\n');

/** `workName`: the piece of work the note belongs to ('' for none). */
export function sessionToMarkdown(
  s: Session,
  techniqueTitle: string,
  template: readonly NoteField[],
  workName = '',
): string {
  const out: string[] = [
    `# ${escapeMarkdown(s.title.trim() || techniqueTitle)}`,
    '',
    `${escapeMarkdown(techniqueTitle)}, ${formatDay(s.date)}`,
    '',
  ];
  if (workName.trim()) out.push(`- **Piece of work:** ${escapeMarkdown(workName.trim())}`);
  const who = lines(s.participants).map(escapeMarkdown).join('; ');
  if (s.facilitator.trim()) out.push(`- **Facilitator:** ${escapeMarkdown(s.facilitator.trim())}`);
  if (who) out.push(`- **Who took part:** ${who}`);
  if (s.headcount !== null) out.push(`- **Number of people:** ${s.headcount}`);
  if (out[out.length - 1] !== '') out.push('');

  const known = new Set(template.map((f) => f.id));
  const extra = Object.keys(s.fields)
    .filter((id) => !known.has(id))
    .map((id): NoteField => ({ id, label: id, kind: 'text' }));
  for (const field of [...template, ...extra]) {
    const value = s.fields[field.id] ?? '';
    if (!value.trim()) continue;
    out.push(`## ${escapeMarkdown(field.label)}`, '');
    out.push(
      field.kind === 'list'
        ? lines(value)
            .map((l) => `- ${escapeMarkdown(l)}`)
            .join('\n')
        : paragraph(value),
      '',
    );
  }
  const actions = s.actions.filter((a) => a.what.trim() || a.owner.trim());
  if (actions.length) {
    out.push('## Actions', '');
    for (const a of actions) {
      const who = [
        a.owner.trim() && escapeMarkdown(a.owner.trim()),
        a.due && `due ${formatDay(a.due)}`,
      ]
        .filter(Boolean)
        .join(', ');
      out.push(
        `- [${a.done ? 'x' : ' '}] ${lines(a.what).map(escapeMarkdown).join(' ')}${who ? ` (${who})` : ''}`,
      );
    }
    out.push('');
  }
  const lessons = s.lessons.filter((l) => l.text.trim());
  if (lessons.length) {
    out.push('## Lessons', '');
    for (const l of lessons) {
      const tags = l.tags.length ? ` (tags: ${l.tags.map(escapeMarkdown).join(', ')})` : '';
      out.push(`- ${lines(l.text).map(escapeMarkdown).join(' ')}${tags}`);
    }
    out.push('');
  }
  out.push(`*${NOT_THE_OFFICIAL_RECORD}*`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** A safe file name from a note's title: letters, digits and hyphens. */
export function fileNameFor(s: Session, extension: string): string {
  const base = s.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'session-note'}-${s.date}.${extension}`;
}
