/** Instant search over technique names and text. Pure: no DOM, works on cards alone or on full text. */
import type { Technique, TechniqueCard } from './types';

export interface SearchDoc {
  id: string;
  title: string;
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
  return { id: t.id, title: t.title, summary: t.summary, body: parts.join(' ') };
}

/** Folds case and accents so "cafe" finds "Café". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Techniques whose text contains every word of the query (as the start of a word), best first:
 * title matches outrank summary matches, which outrank matches in the body.
 */
export function searchTechniques(docs: readonly SearchDoc[], query: string): SearchHit[] {
  const words = fold(query)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!words.length) return [];
  const scored: { hit: SearchHit; score: number; order: number }[] = [];
  docs.forEach((doc, order) => {
    const fields = [fold(doc.title), fold(doc.summary), fold(doc.body)];
    let score = 0;
    for (const word of words) {
      const pattern = new RegExp(`(^|[^a-z0-9])${word}`);
      const field = fields.findIndex((f) => pattern.test(f));
      if (field < 0) return;
      score += [100, 10, 1][field];
    }
    scored.push({
      hit: { id: doc.id, title: doc.title, excerpt: excerpt(doc, words) },
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
