import { describe, expect, it } from 'vitest';
import {
  assetFileName,
  assetFromLessons,
  assetFromWork,
  assetToMarkdown,
} from '../../src/loop/asset';
import { BLOCK_STARTERS, forbidden, headings } from '../storage/markdown-inert';
import { action, lesson, session, work } from './loop-fixtures';

const titles: Record<string, string> = {
  'before-action-review': 'Before Action Review',
  'after-action-review': 'After Action Review',
  retrospect: 'Retrospect',
};
const options = { techniqueTitle: (id: string) => titles[id] ?? id, today: '2026-06-10' };
const withNames = { ...options, includeNames: true };
const ward = work('w1', 'Ward 5 handover', 'Make the night handover\nshorter and safer.');
const other = work('w2', 'Discharge lounge');

const sessions = [
  session('aar2', '2026-04-01', {
    workId: 'w1',
    facilitator: 'Priya Shah',
    participants: 'Sam Okoye\n\npriya shah',
    fields: {
      expected: 'Done by 07:45',
      'roles-present': 'Nurses (band 5, 6), F2 doctor; Mr Jones\nand pharmacist',
    },
    actions: [
      action('a1', 'Print the list', '2026-05-01', { owner: 'Sam Okoye' }),
      action('a2', 'Done one', '', { owner: 'Lee', done: true }),
    ],
    lessons: [
      lesson('l-avoid', 'Change the order: sickest first', { kind: 'avoid', tags: ['handover'] }),
      lesson('l-other', 'Rooms matter'),
    ],
  }),
  session('bar', '2026-03-01', {
    workId: 'w1',
    techniqueId: 'before-action-review',
    facilitator: 'Priya Shah',
    fields: { intent: '', objectives: 'Cut handover to 30 minutes' },
  }),
  session('aar1', '2026-03-15', {
    workId: 'w1',
    lessons: [lesson('l-repeat', 'Keep the *printed* list', { kind: 'repeat', tags: ['paper'] })],
  }),
  session('retro', '2026-05-20', {
    techniqueId: 'retrospect',
    workId: 'w2',
    facilitator: 'Ann',
    lessons: [lesson('l-w2', 'Book pharmacy early', { kind: 'repeat' })],
  }),
];

describe('assetFromWork', () => {
  const asset = assetFromWork(ward, sessions, options);

  it("gives the context: work, dates covered, techniques in first-used order with dates, and each note's intent", () => {
    expect(asset.title).toBe('Lessons from Ward 5 handover');
    expect(asset.works).toEqual([
      { name: 'Ward 5 handover', description: 'Make the night handover\nshorter and safer.' },
    ]);
    expect([asset.from, asset.to]).toEqual(['2026-03-01', '2026-04-01']);
    expect(asset.techniques).toEqual([
      { title: 'Before Action Review', dates: ['2026-03-01'] },
      { title: 'After Action Review', dates: ['2026-03-15', '2026-04-01'] },
    ]);
    // The BAR's intent is blank, so its objectives are used; other notes have none of the intent fields.
    expect(asset.intents).toEqual([
      {
        text: 'Cut handover to 30 minutes',
        source: {
          sessionId: 'bar',
          title: 'Note bar',
          technique: 'Before Action Review',
          date: '2026-03-01',
        },
      },
    ]);
  });

  it('sorts lessons by kind, newest note first, leaving out other work', () => {
    expect(asset.repeat.map((l) => l.id)).toEqual(['l-repeat']);
    expect(asset.avoid.map((l) => l.id)).toEqual(['l-avoid']);
    expect(asset.other.map((l) => l.id)).toEqual(['l-other']);
    expect(asset.avoid[0]).toMatchObject({
      tags: ['handover'],
      source: { technique: 'After Action Review', date: '2026-04-01' },
    });
  });

  it('lists roles to ask by default, not names: from role fields and each facilitator, once each', () => {
    expect(asset.roles).toEqual([
      'Facilitator: Before Action Review, 1 March 2026',
      'Nurses (band 5, 6)',
      'F2 doctor',
      'pharmacist',
      'Facilitator: After Action Review, 1 April 2026',
    ]);
    expect(asset.people).toEqual([]);
    expect(asset.namesLeftOut).toBe(true);
    expect(JSON.stringify(asset)).not.toMatch(/Priya|Sam Okoye|Lee|Jones/);
  });

  it('lists names too only when asked (case ignored), and only the actions still open', () => {
    const named = assetFromWork(ward, sessions, withNames);
    // Owners of done actions know how it went, so they count too.
    expect(named.people).toEqual(['Priya Shah', 'Sam Okoye', 'Lee']);
    expect(named.roles).toEqual(asset.roles);
    expect(named.namesLeftOut).toBe(false);
    expect(named.actions).toEqual([
      {
        what: 'Print the list',
        owner: 'Sam Okoye',
        due: '2026-05-01',
        source: expect.objectContaining({ sessionId: 'aar2' }),
      },
    ]);
    expect(asset.actions).toEqual([{ ...named.actions[0], owner: '' }]);
  });
});

describe('assetFromLessons', () => {
  it('takes its context from the notes the chosen lessons are in', () => {
    const asset = assetFromLessons(
      ['l-repeat', 'l-w2', 'missing'],
      sessions,
      [ward, other],
      withNames,
    );
    expect(asset.title).toBe('2 chosen lessons');
    expect(asset.works.map((w) => w.name)).toEqual(['Ward 5 handover', 'Discharge lounge']);
    expect(asset.repeat.map((l) => l.id)).toEqual(['l-w2', 'l-repeat']);
    expect(asset.people).toEqual(['Ann']);
    expect(asset.intents).toEqual([]);
  });

  it('names the work when every chosen lesson comes from one piece of work', () => {
    expect(assetFromLessons(['l-avoid'], sessions, [ward, other], options).title).toBe(
      'Lessons from Ward 5 handover',
    );
  });

  it('is empty (no lessons, no sessions) when nothing chosen is found', () => {
    const asset = assetFromLessons(['missing'], sessions, [ward], options);
    expect([asset.repeat, asset.avoid, asset.other, asset.techniques, asset.people]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(asset.from).toBe('');
  });
});

describe('assetToMarkdown', () => {
  const text = assetToMarkdown(assetFromWork(ward, sessions, options));

  it('puts the sections in order for the next team', () => {
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Lessons from Ward 5 handover',
      '## Context',
      '## What to repeat',
      '## What to avoid',
      '## Other lessons',
      '## Who to ask',
      '## Actions still open',
    ]);
  });

  it('says the dates, techniques, intent, tags and source of each lesson', () => {
    expect(text).toContain('**Dates covered:** 1 March 2026 to 1 April 2026');
    expect(text).toContain('- After Action Review: 15 March 2026, 1 April 2026');
    expect(text).toContain('- Cut handover to 30 minutes *(Before Action Review, 1 March 2026)*');
    expect(text).toContain('Make the night handover\\\nshorter and safer.');
    expect(text).toContain(
      '- Change the order: sickest first (tags: handover) *(from After Action Review, 1 April 2026)*',
    );
    expect(text).toContain(
      '- [ ] Print the list (due 1 May 2026) *(from After Action Review, 1 April 2026)*',
    );
  });

  it('lists roles under Who to ask, and names only when asked', () => {
    const who = (t: string) => t.split('## Who to ask\n')[1].split('\n## ')[0];
    expect(who(text)).toBe(
      [
        '',
        '- Facilitator: Before Action Review, 1 March 2026',
        '- Nurses (band 5, 6)',
        '- F2 doctor',
        '- pharmacist',
        '- Facilitator: After Action Review, 1 April 2026',
        '',
      ].join('\n'),
    );
    const named = assetToMarkdown(assetFromWork(ward, sessions, withNames));
    expect(who(named)).toContain(
      '**People named in these notes:**\n\n- Priya Shah\n- Sam Okoye\n- Lee\n',
    );
    expect(named).toContain('- [ ] Print the list (Sam Okoye, due 1 May 2026)');
  });

  it('ends by saying that notes on a device are not the official record', () => {
    expect(text.trimEnd().split('\n').pop()).toBe(
      "*Notes kept on this device are not the official record. Record incidents and decisions in your organisation's systems. Notes may be disclosable under FOI or a subject access request.*",
    );
  });

  it('escapes Markdown in typed text', () => {
    expect(text).toContain('- Keep the \\*printed\\* list (tags: paper)');
    const tricky = assetToMarkdown(
      assetFromWork(
        work('w', '# <b>Ward</b> [x](http://e.vil)'),
        [session('s', '2026-01-01', { workId: 'w', lessons: [lesson('l', '1. _under_')] })],
        options,
      ),
    );
    expect(tricky).toContain('**Piece of work:** \\# \\<b\\>Ward\\</b\\> \\[x\\](http://e.vil)');
    expect(tricky).toContain('- 1\\. \\_under\\_');
    expect(tricky).not.toMatch(/<b>/);
  });

  it('says plainly when a section is empty, and leaves out empty lesson kinds', () => {
    const bare = assetToMarkdown(assetFromWork(work('w', 'New work'), [], options));
    expect(bare).toContain('No lessons have been recorded yet.');
    expect(bare).toContain('No roles or names were recorded in these notes.');
    expect(bare).toContain('None: every action in these notes is done.');
    expect(bare).not.toContain('Dates covered');
    expect(bare).not.toContain('## What to repeat');
    const onlyOther = assetToMarkdown(assetFromLessons(['l-other'], sessions, [ward], options));
    expect(onlyOther).toContain('## Other lessons');
    expect(onlyOther).not.toContain('## What to avoid');
    expect(onlyOther).not.toContain('No lessons have been recorded');
  });

  it('makes a safe file name', () => {
    expect(assetFileName(assetFromWork(work('w', 'Ward 5: Réunion / handover'), [], options))).toBe(
      'lessons-from-ward-5-reunion-handover.md',
    );
  });
});

describe('assetToMarkdown stays inert for any stored text', () => {
  const hostile = BLOCK_STARTERS.join('\n');
  const evil = work('w9', 'Ward\r# 9\u0000', hostile);
  const notes = [
    session('h1', '2026-04-01', {
      workId: 'w9',
      techniqueId: 'before-action-review',
      facilitator: '> Priya\r# Shah',
      participants: hostile,
      fields: { intent: hostile },
      actions: [action('a1', hostile, '2026-05-01', { owner: '- Sam\r# Okoye' })],
      lessons: [
        lesson('l1', hostile, { kind: 'repeat', tags: ['# tag', 'x\r- y'] }),
        lesson('l2', `Avoid\r${hostile}`, { kind: 'avoid' }),
        lesson('l3', `Other\r\n${hostile}`),
      ],
    }),
  ];
  const text = assetToMarkdown(assetFromWork(evil, notes, options));

  it('makes no heading but its own', () => {
    const own = headings(text);
    expect(own[0]).toBe('Lessons from Ward \\# 9'); // the escape, as written
    expect(own.slice(1).every((h) => /^[A-Z][a-z]+( [a-z]+)*$/.test(h))).toBe(true);
    expect(own.join('\n')).not.toMatch(/heading|quote|item/);
  });

  it('makes no HTML, code, quote, table, rule or Markdown link', () => {
    expect(forbidden(text)).toEqual([]);
  });

  it('has no CR and no control character in the file', () => {
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\r\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/);
  });
});
