// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkAliases,
  checkCompleteness,
  checkConfidentiality,
  checkLinks,
  checkSourceUrls,
  checkTwoWayLinks,
  runBuildChecks,
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
    .replace('before: [warm-up]', 'before: []')
    .replace('after: []', 'after: [sample]'),
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

describe('sources', () => {
  it.each(['https://www.nesta.org.uk', 'https://www.nesta.org.uk/', 'http://less.works/'])(
    'reports a source url that is a bare home page: %s',
    (url) => {
      expect(checkSourceUrls(sample(variant('https://example.org/huddles', url)))).toEqual([
        `techniques/sample.md: sources.0.url: "${url}" is a home page; link the page of the item cited, or remove the url and cite the publication by title`,
      ]);
    },
  );

  it.each([
    'https://www.nesta.org.uk/blog/institutionalising-serendipity-via-productive-coffee-breaks/',
    'https://wisdomtowin.com/reg-revans.php',
    'https://c2.com/cgi/wiki?GoldfishBowl',
    'https://example.org/?page=huddles',
  ])('accepts a source url that names the item: %s', (url) => {
    expect(checkSourceUrls(sample(variant('https://example.org/huddles', url)))).toEqual([]);
  });

  it('accepts a source cited without a url', () => {
    expect(checkSourceUrls(sample(variant('\n    url: https://example.org/huddles', '')))).toEqual(
      [],
    );
  });
});

describe('before and after links', () => {
  it('accepts links that read both ways', () => {
    expect(checkTwoWayLinks([sample(), warmUp])).toEqual([]);
  });

  it('reports a technique listed before another that does not list it after', () => {
    const oneWay = parseTechnique(
      variant('title: Sample Huddle', 'title: Warm-up')
        .replace(/^summary: .*$/m, 'summary: A quick game that gets people talking.')
        .replace('before: [warm-up]', 'before: []'),
      'techniques/warm-up.md',
    );
    expect(checkTwoWayLinks([sample(), oneWay])).toEqual([
      'techniques/sample.md: related.before: lists "warm-up", but techniques/warm-up.md does not list "sample" in related.after; add it there or remove it here',
    ]);
  });

  it('reports a technique listed after another that does not list it before', () => {
    const sampleWithoutBefore = sample(variant('before: [warm-up]', 'before: []'));
    expect(checkTwoWayLinks([sampleWithoutBefore, warmUp])).toEqual([
      'techniques/warm-up.md: related.after: lists "sample", but techniques/sample.md does not list "warm-up" in related.before; add it there or remove it here',
    ]);
  });

  it('is part of what the build refuses', () => {
    const sampleWithoutBefore = sample(variant('before: [warm-up]', 'before: []'));
    expect(runBuildChecks([sampleWithoutBefore, warmUp])).toHaveLength(1);
  });
});

describe('confidentiality', () => {
  const LIMITS =
    '- **Confidentiality has limits.** What is said here stays here, with four exceptions: safeguarding, the duty of candour, Freedom to Speak Up and sharing under PSIRF.';
  const withRule = (rule: string) =>
    sample(variant('- Keep it short.', `- Keep it short.\n- ${rule}`));

  it.each([
    'What is said stays in the room.',
    'What is said in the set stays in the set.',
    'What is said stays between you unless you both agree.',
    'Everything said is confidential.',
    'We meet under the Chatham House Rule.',
  ])('reports a promise of confidentiality without its limits: %s', (rule) => {
    const [problem] = checkConfidentiality(withRule(rule));
    expect(problem).toMatch(
      /^techniques\/sample\.md: section "Ground rules": section "Ground rules" promises confidentiality \(".+"\) but the ground rules lack the standard rule on its limits \(missing: Confidentiality has limits, safeguarding, duty of candour, Freedom to Speak Up, PSIRF\)/,
    );
  });

  it('names where the promise is made, such as a step', () => {
    const t = sample(
      variant('how long it will take.', 'how long it will take. What is said stays in the room.'),
    );
    expect(checkConfidentiality(t)[0]).toContain('steps.0.detail promises confidentiality');
  });

  it('accepts a promise when the ground rules carry the standard limits rule', () => {
    const t = sample(
      variant('- Keep it short.', `- Keep it short.\n- What is said stays in the room.\n${LIMITS}`),
    );
    expect(checkConfidentiality(t)).toEqual([]);
  });

  it('reports a limits rule that leaves out one of the four exceptions', () => {
    const t = sample(
      variant(
        '- Keep it short.',
        `- Keep it short.\n- What is said stays in the room.\n${LIMITS.replace('Freedom to Speak Up', 'whistleblowing')}`,
      ),
    );
    expect(checkConfidentiality(t)[0]).toContain('(missing: Freedom to Speak Up)');
  });

  it('does not treat advice against confidential topics as a promise', () => {
    const t = sample(
      variant(
        'Do not use it to deal with a serious incident.',
        'Do not use it when the topic is confidential.',
      ),
    );
    expect(checkConfidentiality(t)).toEqual([]);
  });
});

describe('aliases', () => {
  const withAliases = (aliases: string) =>
    sample(variant('title: Sample Huddle\n', `title: Sample Huddle\naliases: [${aliases}]\n`));
  const warmUpWith = (aliases: string) =>
    parseTechnique(
      variant('title: Sample Huddle\n', `title: Warm-up\naliases: [${aliases}]\n`)
        .replace(/^summary: .*$/m, 'summary: A quick game that gets people talking.')
        .replace('before: [warm-up]', 'before: []')
        .replace('after: []', 'after: [sample]'),
      'techniques/warm-up.md',
    );

  it('accepts aliases that lead to one technique each', () => {
    expect(checkAliases([withAliases('huddle, stand-up'), warmUpWith('icebreaker')])).toEqual([]);
  });

  it('reports an alias that two techniques share, whatever its case or hyphens', () => {
    expect(checkAliases([withAliases('Stand-up'), warmUpWith('stand up')])).toEqual([
      'techniques/warm-up.md: aliases.0: "stand up" is also an alias of techniques/sample.md; an alias must lead to one technique',
    ]);
  });

  it("reports an alias that is another technique's title", () => {
    expect(checkAliases([withAliases('warm up'), warmUpWith('icebreaker')])).toEqual([
      'techniques/sample.md: aliases.0: "warm up" is also the title of techniques/warm-up.md; an alias must lead to one technique',
    ]);
  });

  it('is part of what the build refuses', () => {
    expect(runBuildChecks([withAliases('icebreaker'), warmUpWith('Icebreaker')])).toHaveLength(1);
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
