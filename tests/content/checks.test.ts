// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkCompleteness,
  checkLinks,
  checkReadability,
  checkSpelling,
  contentReport,
  countSyllables,
  fleschReadingEase,
  htmlToText,
  readingEase,
  runContentChecks,
  splitSentences,
  ukSpelling,
  wordCount,
} from '../../src/content/checks';
import { parseTechnique, type Technique } from '../../src/content/schema';
import { techniqueFiles } from '../../scripts/technique-files.mjs';
import { fileURLToPath } from 'node:url';

const VALID = readFileSync(new URL('./fixtures/valid-technique.md', import.meta.url), 'utf8');

/** The valid fixture with one small edit; fails loudly if the fixture no longer contains `find`. */
function variant(find: string | RegExp, replacement: string): string {
  const edited = VALID.replace(find, replacement);
  if (edited === VALID) throw new Error(`the fixture does not contain ${String(find)}`);
  return edited;
}

const sample = (source = VALID) => parseTechnique(source, 'techniques/sample.md');
// The fixture links to "warm-up", so a catalogue that resolves needs one.
const warmUp = parseTechnique(
  variant('title: Sample Huddle', 'title: Warm-up')
    .replace(/^summary: .*$/m, 'summary: A quick game that gets people talking.')
    .replace('before: [warm-up]', 'before: []'),
  'techniques/warm-up.md',
);

describe('syllables, sentences and reading ease', () => {
  it.each([
    ['cat', 1],
    ['team', 1],
    ['asked', 1],
    ['makes', 1],
    ['table', 2],
    ['people', 2],
    ['knowledge', 2],
    ['wanted', 2],
    ['boxes', 2],
    ['safety', 2],
    ['being', 2],
    ['period', 3],
    ['management', 3],
    ['facilitator', 5],
    ['organisation', 5],
    ['evaluation', 5],
    ['lower-case', 3],
  ])('counts %s as %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('scores a short sentence of short words as very easy', () => {
    expect(fleschReadingEase('The cat sat on the mat.')).toBeGreaterThan(90);
  });

  it('scores a long sentence of long words as very hard', () => {
    const hard =
      'Organisational implementation necessitates comprehensive institutional consideration of interdisciplinary methodological responsibilities.';
    expect(fleschReadingEase(hard)).toBeLessThan(30);
  });

  it('gives no score to text without words', () => {
    expect(fleschReadingEase(' — ')).toBeNaN();
  });

  it('ends a sentence at a full stop, question mark or exclamation mark before a capital', () => {
    expect(splitSentences('We met. Did it help? Yes! "It did." 3 people came.')).toEqual([
      'We met.',
      'Did it help?',
      'Yes!',
      '"It did."',
      '3 people came.',
    ]);
  });

  it('does not end a sentence at e.g., i.e. or a decimal point', () => {
    expect(
      splitSentences('Use a tool, e.g. Peer Assist, or a game, i.e. Bingo, at 10.30 today.'),
    ).toHaveLength(1);
  });

  it('ends a sentence at "etc." only when a capital follows', () => {
    expect(splitSentences('Bring pens, paper etc. Then start. Bring pens etc. and paper.')).toEqual(
      ['Bring pens, paper etc.', 'Then start.', 'Bring pens etc. and paper.'],
    );
  });

  it('treats each line as its own sentence', () => {
    expect(splitSentences('A timer\nA pen and a card')).toEqual(['A timer', 'A pen and a card']);
  });

  it('turns section HTML into one line per paragraph, list item and heading', () => {
    const html =
      '<h3>What to bring</h3>\n<ul>\n<li>A <strong>timer</strong></li>\n<li>Pens &amp; cards</li>\n</ul>\n<p>It&#39;s fine.</p>';
    expect(htmlToText(html)).toBe("What to bring\nA timer\nPens & cards\nIt's fine.");
  });
});

describe('UK spelling', () => {
  it.each([
    ['organization', 'organisation'],
    ['organized', 'organised'],
    ['prioritize', 'prioritise'],
    ['analyzing', 'analysing'],
    ['color', 'colour'],
    ['program', 'programme'],
    ['judgment', 'judgement'],
    ['inquiry', 'enquiry'],
  ])('spells %s as %s', (us, uk) => {
    expect(ukSpelling(us)).toBe(uk);
  });

  it.each(['size', 'prize', 'seize', 'capsize', 'citizen', 'programme', 'organisation'])(
    'leaves %s alone',
    (word) => {
      expect(ukSpelling(word)).toBeUndefined();
    },
  );
});

describe('checks on one technique', () => {
  it('find nothing wrong with the valid fixture', () => {
    expect(runContentChecks([sample(), warmUp])).toEqual([]);
  });

  it('reports steps whose minutes add up to more than the duration allows', () => {
    expect(checkCompleteness(sample(variant('minutes: 8', 'minutes: 90')))).toEqual([
      'techniques/sample.md: steps: minutes add up to 95, outside the duration range 10–20',
    ]);
  });

  it('reports prose that is hard to read', () => {
    const hard =
      'Organisational implementation necessitates comprehensive institutional consideration of interdisciplinary methodological responsibilities.';
    const source = variant(/(^## .+\n)[\s\S]*?(?=^## |(?![\s\S]))/gm, `$1\n${hard}\n\n`);
    expect(checkReadability(sample(source))).toEqual([
      expect.stringMatching(
        /^techniques\/sample\.md: readability: Flesch reading ease is -?\d+\.\d, below 60 /,
      ),
    ]);
  });

  it('reports a sentence of more than 30 words and names where it is', () => {
    const long =
      'Start on time, even if some people are late, because the ones who came on time should not have to wait ' +
      'for the ones who did not, and the host can fill them in at the end of the talk.';
    expect(
      checkReadability(sample(variant('Start on time, even if some people are late.', long))),
    ).toEqual([
      'techniques/sample.md: section "Tips": a sentence has 40 words (30 at most): "Start on time, even if some people are late, because the…"',
    ]);
  });

  it('allows a sentence of exactly 30 words', () => {
    const thirty = `${'word '.repeat(29)}end.`;
    expect(
      checkReadability(sample(variant('Start on time, even if some people are late.', thirty))),
    ).toEqual([]);
  });

  it.each([
    ['a team', 'an organization', 'summary: US spelling "organization"; use "organisation"'],
    [
      'Pick a time and a place',
      'Pick a time, a color and a place',
      'section "Preparation": US spelling "color"; use "colour"',
    ],
    [
      'reads back the changes',
      'reads back the program changes',
      'steps.2.detail: US spelling "program"; use "programme"',
    ],
    [
      'What did you learn this week?',
      'What did you realize this week?',
      'steps.1.prompts.0: US spelling "realize"; use "realise"',
    ],
  ])('reports US spelling: "%s" → "%s"', (find, replacement, problem) => {
    expect(checkSpelling(sample(variant(find, replacement)))).toEqual([
      `techniques/sample.md: ${problem}`,
    ]);
  });

  it('does not check the spelling of source titles, which may be American', () => {
    expect(
      checkSpelling(sample(variant('A Made-Up Guide to Huddles', 'Organizing Color Programs'))),
    ).toEqual([]);
  });

  it('reports a related link to a technique that does not exist', () => {
    expect(checkLinks([sample()])).toEqual([
      'techniques/sample.md: related.before: "warm-up" is not a technique file',
    ]);
  });

  it('reports two techniques with the same summary', () => {
    const sameSummary = parseTechnique(
      variant('title: Sample Huddle', 'title: Warm-up').replace('before: [warm-up]', 'before: []'),
      'techniques/warm-up.md',
    );
    expect(checkLinks([sample(), sameSummary])).toEqual([
      'techniques/warm-up.md: summary: same as techniques/sample.md',
    ]);
  });

  it('counts the words and scores the reading ease of the prose for a report', () => {
    const t = sample();
    expect(wordCount(t)).toBeGreaterThan(100);
    expect(readingEase(t)).toBeGreaterThan(60);
    expect(contentReport([t])).toEqual([
      { id: 'sample', words: wordCount(t), readingEase: expect.any(Number) },
    ]);
  });
});

describe('the real techniques', () => {
  const EXPECTED_IDS = [
    'self-assessment',
    'peer-assist',
    'before-action-review',
    'appreciative-enquiry',
    'after-action-review',
    'knowledge-cafe',
    'randomised-coffee-trials',
    'communities-of-practice',
    'action-learning-sets',
    'knowledge-assets',
    'fishbowl',
    'knowledge-harvesting',
    'retrospect',
  ];
  const dir = new URL('../../techniques/', import.meta.url);
  const files = techniqueFiles(fileURLToPath(dir));
  // A file that fails the schema is reported with the rest rather than hiding every other problem.
  const parseErrors: string[] = [];
  const all: Technique[] = files.flatMap((f) => {
    try {
      return [parseTechnique(readFileSync(new URL(f, dir), 'utf8'), `techniques/${f}`)];
    } catch (err) {
      parseErrors.push((err as Error).message);
      return [];
    }
  });

  it('are exactly the thirteen techniques of the framework', () => {
    expect(files.map((f) => f.replace(/\.md$/, '')).sort()).toEqual([...EXPECTED_IDS].sort());
  });

  it('pass every content check', () => {
    expect([...parseErrors, ...runContentChecks(all)]).toEqual([]);
  });

  it('each have some prose to report on', () => {
    const rows = contentReport(all);
    expect(rows.map((r) => r.id)).toEqual(all.map((t) => t.id));
    for (const row of rows) expect(row.words, row.id).toBeGreaterThan(0);
  });
});
