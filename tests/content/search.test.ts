// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTechnique } from '../../src/content/schema';
import {
  cardToDoc,
  normaliseName,
  searchTechniques,
  techniqueToDoc,
  type SearchDoc,
} from '../../src/content/search';
import { techniqueFiles } from '../../scripts/technique-files.mjs';

const dir = new URL('../../techniques/', import.meta.url);
const all = techniqueFiles(fileURLToPath(dir)).map((f) =>
  parseTechnique(readFileSync(new URL(f, dir), 'utf8'), `techniques/${f}`),
);
// The home page searches cards (names, aliases, summaries) at once, then the full text once it loads.
const cardDocs = all.map(cardToDoc);
const fullDocs = all.map(techniqueToDoc);
const first = (docs: SearchDoc[], query: string) => searchTechniques(docs, query)[0]?.id;

describe('normaliseName', () => {
  it('folds case, accents, hyphens and spacing', () => {
    expect(normaliseName('  Post-Mortem ')).toBe('post mortem');
    expect(normaliseName('Knowledge Café')).toBe(normaliseName('knowledge cafe'));
  });
});

describe('searching the real catalogue by a common name', () => {
  it.each([
    ['AAR', 'after-action-review'],
    ['aar', 'after-action-review'],
    ['debrief', 'after-action-review'],
    ['hot debrief', 'after-action-review'],
    ['Hot Debrief', 'after-action-review'],
    ['lessons learned', 'retrospect'],
    ['post-mortem', 'retrospect'],
    ['post mortem', 'retrospect'],
    ['post-project review', 'retrospect'],
    ['pre-mortem', 'before-action-review'],
    ['handover', 'knowledge-harvesting'],
    ['Appreciative Inquiry', 'appreciative-enquiry'],
    ['AI', 'appreciative-enquiry'],
    ['BAR', 'before-action-review'],
    ['RCT', 'randomised-coffee-trials'],
    ['CoP', 'communities-of-practice'],
    ['ALS', 'action-learning-sets'],
    ['goldfish bowl', 'fishbowl'],
    ['elicitation interview', 'knowledge-harvesting'],
    ['Board tool', 'self-assessment'],
  ])('ranks the right technique first for "%s"', (query, id) => {
    expect(first(fullDocs, query)).toBe(id);
    expect(first(cardDocs, query)).toBe(id);
  });

  it('still ranks a title match first', () => {
    expect(first(fullDocs, 'fishbowl')).toBe('fishbowl');
    expect(first(fullDocs, 'cafe')).toBe('knowledge-cafe');
    expect(first(fullDocs, 'after action review')).toBe('after-action-review');
  });

  it('finds the other techniques that mention the word, after the exact alias', () => {
    const ids = searchTechniques(fullDocs, 'handover').map((h) => h.id);
    expect(ids[0]).toBe('knowledge-harvesting');
    expect(ids).toContain('after-action-review'); // "after a shift, a clinic, a handover…"
  });

  it('says why a technique matched on another of its names', () => {
    expect(searchTechniques(fullDocs, 'hot debrief')[0].excerpt).toMatch(
      /^Also called hot debrief\. A short, blame-free talk/,
    );
  });

  it('finds the World Café comparison in the Knowledge Café text', () => {
    expect(first(fullDocs, 'world cafe')).toBe('knowledge-cafe');
  });

  it('gives no aliases to a technique without any and still searches it', () => {
    const doc = { ...fullDocs[0], aliases: [] };
    expect(searchTechniques([doc], doc.title)[0].id).toBe(doc.id);
  });
});
