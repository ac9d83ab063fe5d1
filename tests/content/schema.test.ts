// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTIONS, checkCatalogue, parseTechnique } from '../../src/content/schema';

const VALID = readFileSync(new URL('./fixtures/valid-technique.md', import.meta.url), 'utf8');
const PATH = 'techniques/sample.md';

/** The valid fixture with one small edit; fails loudly if the fixture no longer contains `find`. */
function variant(find: string | RegExp, replacement: string): string {
  const edited = VALID.replace(find, replacement);
  if (edited === VALID) throw new Error(`the fixture does not contain ${String(find)}`);
  return edited;
}

const parse =
  (source: string, path = PATH) =>
  () =>
    parseTechnique(source, path);

describe('a valid technique file', () => {
  const t = parseTechnique(VALID, PATH);

  it('takes its id from the file name', () => {
    expect(t.id).toBe('sample');
  });

  it('keeps the frontmatter facts', () => {
    expect(t.title).toBe('Sample Huddle');
    expect(t.phase).toBe('during');
    expect(t.groupSize).toEqual({ min: 3, max: 12 });
    expect(t.steps.map((s) => s.minutes)).toEqual([2, 8, 3]);
    expect(t.steps[1].prompts).toEqual(['What did you learn this week?']);
    expect(t.noteTemplate.map((f) => f.id)).toEqual(['lessons', 'actions']);
  });

  it('renders every section to HTML, with sub-headings as h3', () => {
    expect(Object.keys(t.sections).sort()).toEqual(Object.keys(SECTIONS).sort());
    expect(t.sections.purpose).toMatch(/^<p>A huddle helps a team/);
    expect(t.sections.preparation).toContain('<h3>What to bring</h3>');
    expect(t.sections.groundRules).toContain('<li>One person speaks at a time.</li>');
  });
});

describe('a broken technique file is rejected with the file and field named', () => {
  it('rejects a file without frontmatter', () => {
    expect(parse(variant(/^---\n/, ''))).toThrow(
      /^techniques\/sample\.md: frontmatter: the file must start with/,
    );
  });

  it('rejects frontmatter that is not valid YAML', () => {
    expect(parse(variant('title: Sample Huddle', 'title: [Sample Huddle'))).toThrow(
      /^techniques\/sample\.md: frontmatter: is not valid YAML/,
    );
  });

  it('rejects a file missing a required field', () => {
    expect(parse(variant('phase: during\n', ''))).toThrow(
      /^techniques\/sample\.md: phase: is required but missing/,
    );
  });

  it('rejects a number field written as text', () => {
    expect(parse(variant('max: 12 }', 'max: "twelve" }'))).toThrow(
      /^techniques\/sample\.md: groupSize\.max: Invalid input: expected number, received string/,
    );
  });

  it('rejects a phase that is not before, during or after', () => {
    expect(parse(variant('phase: during', 'phase: sometime'))).toThrow(
      /^techniques\/sample\.md: phase: Invalid option/,
    );
  });

  it('rejects an unknown purpose tag and names its position', () => {
    expect(parse(variant('keep-a-group-learning]', 'have-fun]'))).toThrow(
      /^techniques\/sample\.md: purposes\.1: Invalid option/,
    );
  });

  it('rejects a range whose min is more than its max', () => {
    expect(
      parse(variant('duration: { min: 10, max: 20 }', 'duration: { min: 30, max: 20 }')),
    ).toThrow(/^techniques\/sample\.md: duration: min must not be more than max \(minutes\)/);
  });

  it('rejects a group size of less than one person', () => {
    expect(parse(variant('groupSize: { min: 3', 'groupSize: { min: 0'))).toThrow(
      /^techniques\/sample\.md: groupSize: min must be at least 1/,
    );
  });

  it('accepts an optional count of people in all, and checks it like a group size', () => {
    const withPeopleInAll = variant(
      'groupSize: { min: 3, max: 12 }\n',
      'groupSize: { min: 3, max: 12 }\npeopleInAll: { min: 4, max: 500 }\n',
    );
    expect(parseTechnique(withPeopleInAll, PATH).peopleInAll).toEqual({ min: 4, max: 500 });
    expect(parse(withPeopleInAll.replace('min: 4, max: 500', 'min: 0, max: 500'))).toThrow(
      /^techniques\/sample\.md: peopleInAll: min must be at least 1/,
    );
  });

  it('rejects an unknown top-level field and names it', () => {
    expect(parse(variant('difficulty: easy\n', 'difficulty: easy\ncolour: blue\n'))).toThrow(
      /^techniques\/sample\.md: frontmatter: .*\bcolour\b/,
    );
  });

  it('rejects an unknown field inside a step and names the step', () => {
    expect(parse(variant('    minutes: 2\n', '    minutes: 2\n    owner: Host\n'))).toThrow(
      /^techniques\/sample\.md: steps\.0: .*\bowner\b/,
    );
  });

  it('rejects an empty list of steps', () => {
    expect(parse(variant(/^steps:\n[\s\S]*?(?=^questions:)/m, 'steps: []\n'))).toThrow(
      /^techniques\/sample\.md: steps: Too small/,
    );
  });

  it('rejects a run sheet of only one step', () => {
    expect(parse(variant(/^ {2}- title: Share\n[\s\S]*?(?=^questions:)/m, ''))).toThrow(
      /^techniques\/sample\.md: steps: Too small/,
    );
  });

  it('rejects a step of zero minutes', () => {
    expect(parse(variant('minutes: 2', 'minutes: 0'))).toThrow(
      /^techniques\/sample\.md: steps\.0\.minutes: Too small/,
    );
  });

  it('rejects two note fields with the same id', () => {
    expect(parse(variant('id: actions', 'id: lessons'))).toThrow(
      /^techniques\/sample\.md: noteTemplate\.1\.id: "lessons" is used twice/,
    );
  });

  it('accepts other names for the technique', () => {
    const t = parseTechnique(
      variant('title: Sample Huddle\n', 'title: Sample Huddle\naliases: [stand-up, SH]\n'),
      PATH,
    );
    expect(t.aliases).toEqual(['stand-up', 'SH']);
  });

  it('rejects an alias that is the title itself, whatever its case or hyphens', () => {
    expect(
      parse(variant('title: Sample Huddle\n', 'title: Sample Huddle\naliases: [sample-huddle]\n')),
    ).toThrow(
      'techniques/sample.md: aliases.0: "sample-huddle" is the title itself; list only other names',
    );
  });

  it('rejects an alias listed twice', () => {
    expect(
      parse(
        variant('title: Sample Huddle\n', 'title: Sample Huddle\naliases: [Stand-up, stand up]\n'),
      ),
    ).toThrow('techniques/sample.md: aliases.1: "stand up" is listed twice');
  });

  it('rejects an empty alias', () => {
    expect(
      parse(variant('title: Sample Huddle\n', "title: Sample Huddle\naliases: ['']\n")),
    ).toThrow('techniques/sample.md: aliases.0: must not be empty');
  });

  it('rejects a technique that lists itself as related', () => {
    expect(parse(variant('before: [warm-up]', 'before: [sample]'))).toThrow(
      /^techniques\/sample\.md: related\.before: a technique cannot link to itself/,
    );
  });

  it('rejects a file name that is not lower-case words joined by hyphens', () => {
    expect(parse(VALID, 'techniques/Sample_Huddle.md')).toThrow(
      /^techniques\/Sample_Huddle\.md: file name: must be lower-case words joined by hyphens/,
    );
  });

  it('rejects text between the frontmatter and the first heading', () => {
    expect(
      parse(variant('---\n\n## What it is for', '---\nA stray line.\n\n## What it is for')),
    ).toThrow(/^techniques\/sample\.md: body: text before the first "## " heading/);
  });

  it('rejects a heading that is not one of the known sections', () => {
    expect(parse(variant('## Tips\n', '## Tips\n\nStart on time.\n\n## Top tips\n'))).toThrow(
      /^techniques\/sample\.md: section "Top tips": is not a known heading; expected one of: What it is for/,
    );
  });

  it('rejects a section that appears twice', () => {
    expect(parse(variant('## Pitfalls\n', '## Tips\n\nBe brief.\n\n## Pitfalls\n'))).toThrow(
      /^techniques\/sample\.md: section "Tips": appears twice/,
    );
  });

  it('rejects a file with a section missing', () => {
    expect(parse(variant(/^## Pitfalls\n[\s\S]*?(?=^## )/m, ''))).toThrow(
      /^techniques\/sample\.md: section "Pitfalls": is missing; add a "## Pitfalls" heading/,
    );
  });

  it('rejects a section with a heading but no text', () => {
    expect(parse(variant(/(?<=^## Tips\n)[\s\S]*?(?=^## )/m, '\n'))).toThrow(
      /^techniques\/sample\.md: section "Tips": is empty/,
    );
  });
});

describe('raw HTML in the body', () => {
  it('is shown as text, not run, when it is a block', () => {
    const t = parseTechnique(
      variant('Start on time,', '<script>alert(1)</script>\n\nStart on time,'),
      PATH,
    );
    expect(t.sections.tips).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(t.sections.tips).not.toContain('<script');
  });

  it('is shown as text, not run, when it is inline', () => {
    const t = parseTechnique(
      variant('Start on time,', 'Start <img src=x onerror=alert(1)> on time,'),
      PATH,
    );
    expect(t.sections.tips).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(t.sections.tips).not.toContain('<img');
  });

  it('refuses a link that would run script', () => {
    expect(
      parse(variant('Start on time,', 'See [this](javascript:alert(1)). Start on time,')),
    ).toThrow(
      /^techniques\/sample\.md: section "Tips": link "javascript:alert\(1\)" must start with https:\/\//,
    );
  });
});

describe('checks across the catalogue', () => {
  const sample = parseTechnique(VALID, PATH);
  const warmUp = parseTechnique(
    variant('title: Sample Huddle', 'title: Warm-up')
      .replace(/^summary: .*$/m, 'summary: A quick game that gets people talking.')
      .replace('before: [warm-up]', 'before: []'),
    'techniques/warm-up.md',
  );

  it('finds nothing wrong when every link resolves and titles and summaries differ', () => {
    expect(checkCatalogue([sample, warmUp])).toEqual([]);
  });

  it('reports a related link to a technique that does not exist', () => {
    expect(checkCatalogue([sample])).toEqual([
      'techniques/sample.md: related.before: "warm-up" is not a technique file',
    ]);
  });

  it('reports two techniques with the same title and the same summary', () => {
    const twin = parseTechnique(
      VALID.replace('before: [warm-up]', 'before: []'),
      'techniques/twin.md',
    );
    expect(checkCatalogue([sample, warmUp, twin])).toEqual([
      'techniques/twin.md: title: same as techniques/sample.md',
      'techniques/twin.md: summary: same as techniques/sample.md',
    ]);
  });

  it('reports a prefill from a technique or a field that does not exist', () => {
    const prefilled = (ref: string) =>
      parseTechnique(
        variant(
          '    label: What we will change\n    kind: text',
          `    label: What we will change\n    kind: text\n    prefillFrom: [${ref}]`,
        ),
        PATH,
      );
    expect(checkCatalogue([prefilled('warm-up.lessons'), warmUp])).toEqual([]);
    expect(checkCatalogue([prefilled('warm-down.lessons'), warmUp])).toEqual([
      'techniques/sample.md: noteTemplate.1.prefillFrom: "warm-down" is not a technique file',
    ]);
    expect(checkCatalogue([prefilled('warm-up.intent'), warmUp])).toEqual([
      'techniques/sample.md: noteTemplate.1.prefillFrom: warm-up has no note field "intent"',
    ]);
  });
});

describe('learning-loop options on note fields', () => {
  it('reads promote, prefillFrom and offerLessons', () => {
    const t = parseTechnique(
      variant(
        '    hint: One line per person.\n    kind: list',
        '    hint: One line per person.\n    kind: list\n    promote: either\n    offerLessons: true',
      ),
      PATH,
    );
    expect(t.noteTemplate[0]).toMatchObject({ promote: 'either', offerLessons: true });
  });

  it.each([
    ['an unknown promote kind', '    promote: sometimes', /noteTemplate\.0\.promote/],
    [
      'a prefill that is not technique-id.field-id',
      '    prefillFrom: [intent]',
      /noteTemplate\.0\.prefillFrom\.0: must be technique-id\.field-id/,
    ],
    ['offerLessons set to false', '    offerLessons: false', /noteTemplate\.0\.offerLessons/],
  ])('refuses %s, naming the field', (_name, line, message) => {
    expect(
      parse(
        variant(
          '    hint: One line per person.\n    kind: list',
          `    hint: One line per person.\n    kind: list\n${line}`,
        ),
      ),
    ).toThrow(message);
  });
});

describe('variants in the header', () => {
  /** The valid fixture with a variants block added at the end of the header. */
  const withVariants = (block: string) => variant(/\n---\n(?=\s*## )/, `\n${block}\n---\n`);
  const ONE = [
    'variants:',
    '  - id: short-online',
    '    name: Short online huddle',
    '    advice: Keep to one question.',
    '    suits:',
    '      duration: { min: 10, max: 20 }',
    '      settings: [online]',
  ].join('\n');

  it('are optional', () => {
    expect(parseTechnique(VALID, PATH).variants).toBeUndefined();
  });

  it('keep their conditions', () => {
    const t = parseTechnique(withVariants(ONE), PATH);
    expect(t.variants).toEqual([
      {
        id: 'short-online',
        name: 'Short online huddle',
        advice: 'Keep to one question.',
        suits: { duration: { min: 10, max: 20 }, settings: ['online'] },
      },
    ]);
  });

  it.each([
    [
      'a variant with no conditions',
      ONE.replace(/\n {4}suits:[\s\S]*$/, '\n    suits: {}'),
      /techniques\/sample\.md: variants\.0\.suits: must name at least one/,
    ],
    [
      'an unknown setting',
      ONE.replace('[online]', '[outdoors]'),
      /techniques\/sample\.md: variants\.0\.suits\.settings\.0/,
    ],
    [
      'an unknown format',
      `${ONE}\n      formats: [lecture]`,
      /techniques\/sample\.md: variants\.0\.suits\.formats\.0/,
    ],
    [
      'a range with min above max',
      ONE.replace('{ min: 10, max: 20 }', '{ min: 30, max: 20 }'),
      /techniques\/sample\.md: variants\.0\.suits\.duration: min must not be more than max/,
    ],
    [
      'a variant without advice',
      ONE.replace('    advice: Keep to one question.\n', ''),
      /techniques\/sample\.md: variants\.0\.advice: is required but missing/,
    ],
    [
      'an unknown condition',
      `${ONE}\n      weather: sunny`,
      /techniques\/sample\.md: variants\.0\.suits/,
    ],
    [
      'the same id twice',
      `${ONE}\n${ONE.replace('variants:\n', '')}`,
      /techniques\/sample\.md: variants\.1\.id: "short-online" is used twice/,
    ],
  ])('refuse %s, naming the file and the field', (_name, block, message) => {
    expect(parse(withVariants(block))).toThrow(message);
  });
});
