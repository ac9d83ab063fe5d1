/** Instant search over technique names and text. Pure: no DOM, works on cards alone or on full text. */
import type { Technique, TechniqueCard } from './types';
import { fold, normaliseName } from './names';

export { fold, normaliseName } from './names';

export interface SearchDoc {
  id: string;
  title: string;
  /** Other names for the technique (acronyms, US spellings, everyday names); an exact match ranks first. */
  aliases: readonly string[];
  summary: string;
  /** Everything else a person might search for, as plain text. */
  body: string;
}

export interface SearchHit {
  id: string;
  title: string;
  /** A short excerpt around the first match in the text, or the summary. */
  excerpt: string;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Plain text from the build-time HTML of a section. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e])
    .replace(/\s+/g, ' ')
    .trim();
}

export function cardToDoc(card: TechniqueCard): SearchDoc {
  return {
    id: card.id,
    title: card.title,
    aliases: card.aliases ?? [],
    summary: card.summary,
    body: card.purposes.join(' ').replace(/-/g, ' '),
  };
}

export function techniqueToDoc(t: Technique): SearchDoc {
  const parts = [
    ...Object.values(t.sections).map(htmlToText),
    ...t.steps.flatMap((s) => [s.title, s.detail, ...(s.prompts ?? [])]),
    ...t.questions,
    ...t.roles.flatMap((r) => [r.name, r.does]),
    t.purposes.join(' ').replace(/-/g, ' '),
  ];
  return {
    id: t.id,
    title: t.title,
    aliases: t.aliases ?? [],
    summary: t.summary,
    body: parts.join(' '),
  };
}

// A query that is exactly a technique's title or one of its other names ("AAR", "hot debrief")
// outranks any number of word matches elsewhere.
const EXACT_NAME = 100000;
// Per query word: a title word, an alias word, a summary word, a body word.
const FIELD_SCORES = [100, 50, 10, 1];

/**
 * Techniques whose text contains every word of the query (as the start of a word), best first:
 * an exact name or alias first, then title matches, alias matches, summary matches, body matches.
 */
export function searchTechniques(docs: readonly SearchDoc[], query: string): SearchHit[] {
  const name = normaliseName(query);
  const words = name.split(' ').filter(Boolean);
  if (!words.length) return [];
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  docs.forEach((doc, order) => {
    const exactAlias = doc.aliases.find((a) => normaliseName(a) === name);
    const exact = exactAlias !== undefined || normaliseName(doc.title) === name;
    const fields = [doc.title, doc.aliases.join(' | '), doc.summary, doc.body].map(fold);
    let score = exact ? EXACT_NAME : 0;
    for (const word of words) {
      const pattern = new RegExp(`(^|[^a-z0-9])${word}`);
      const field = fields.findIndex((f) => pattern.test(f));
      if (field < 0 && !exact) return;
      if (field >= 0) score += FIELD_SCORES[field];
    }
    const also = exactAlias ?? doc.aliases.find((a) => words.every((w) => fold(a).includes(w)));
    scored.push({
      hit: {
        id: doc.id,
        title: doc.title,
        // Say why a technique came up when only one of its other names matched.
        excerpt: also ? `Also called ${also}. ${doc.summary}` : excerpt(doc, words),
      },
      score,
      order,
    });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.hit);
}

function excerpt(doc: SearchDoc, words: string[]): string {
  const folded = fold(doc.body);
  const at = Math.min(
    ...words.map((w) => folded.search(new RegExp(`(^|[^a-z0-9])${w}`))).filter((i) => i >= 0),
  );
  if (!Number.isFinite(at) || words.every((w) => fold(doc.summary).includes(w))) return doc.summary;
  const start = Math.max(0, doc.body.lastIndexOf(' ', Math.max(0, at - 60)) + 1);
  const end = doc.body.indexOf(' ', Math.min(doc.body.length, at + 100));
  return `${start > 0 ? '…' : ''}${doc.body.slice(start, end < 0 ? undefined : end)}${end < 0 ? '' : '…'}`;
}
