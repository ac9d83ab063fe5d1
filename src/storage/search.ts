/**
 * Instant search over session notes. Pure: the store keeps one entry per note in memory, so a
 * keystroke scans prepared strings and never waits for storage.
 */
import { fold } from '../content/search';
import { sessionText, type Session } from './session-record';

/** What a list row shows about a note. */
export type SessionSummary = Pick<
  Session,
  'id' | 'techniqueId' | 'title' | 'date' | 'updatedAt'
> & { excerpt: string };

export interface SearchEntry {
  summary: Omit<SessionSummary, 'excerpt'>;
  text: string;
  /** `text` folded for matching (case and accents ignored). */
  folded: string;
}

export function toSearchEntry(s: Session): SearchEntry {
  const text = sessionText(s).replace(/\s+/g, ' ');
  return {
    summary: {
      id: s.id,
      techniqueId: s.techniqueId,
      title: s.title,
      date: s.date,
      updatedAt: s.updatedAt,
    },
    text,
    folded: fold(text),
  };
}

/** The words of a query, folded; a note matches when it contains every one (anywhere, as typed). */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

export function entryMatches(entry: SearchEntry, words: readonly string[]): boolean {
  return words.every((w) => entry.folded.includes(w));
}

/** Newest first, as the list shows notes. */
export function byNewest(
  a: { updatedAt: string; id: string },
  b: { updatedAt: string; id: string },
): number {
  return a.updatedAt < b.updatedAt
    ? 1
    : a.updatedAt > b.updatedAt
      ? -1
      : a.id < b.id
        ? 1
        : a.id > b.id
          ? -1
          : 0;
}

/**
 * About `width` characters of the text around the first match, in the text's own spelling. Folding
 * usually keeps each character in place; when it does not, positions are mapped back one by one.
 */
export function excerpt(
  text: string,
  words: readonly string[],
  width = 140,
  folded = fold(text),
): string {
  if (!words.length) return cut(text, 0, width);
  let positions: number[] | undefined;
  if (folded.length !== text.length) {
    positions = [];
    for (let i = 0; i < text.length; i++)
      for (let k = fold(text[i]).length; k > 0; k--) positions.push(i);
  }
  const hits = words.map((w) => folded.indexOf(w)).filter((i) => i >= 0);
  if (!hits.length) return cut(text, 0, width);
  const first = Math.min(...hits);
  const at = positions ? positions[first] : first;
  return cut(text, Math.max(0, at - Math.floor(width / 3)), width);
}

function cut(text: string, from: number, width: number): string {
  let start = from;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < start + 20 ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + width / 2 ? space : end;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
