// @vitest-environment node
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  fileNameFor,
  markdownLines,
  sessionToMarkdown,
  type NoteField,
} from '../../src/storage/markdown';
import { BLOCK_STARTERS, forbidden, headings, listItems } from './markdown-inert';
import { NOT_THE_OFFICIAL_RECORD } from '../../src/storage/record-notice';
import { sessionFixture } from './notes-fixtures';

const template: NoteField[] = [
  { id: 'expected', label: 'What was expected to happen?', kind: 'text' },
  { id: 'actual', label: 'What actually happened?', kind: 'text' },
  { id: 'learned', label: 'What have we learned?', kind: 'list' },
];

describe('sessionToMarkdown', () => {
  const md = sessionToMarkdown(sessionFixture(), 'After Action Review', template);

  it('starts with the title, the technique and the date', () => {
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# Night shift handover',
      '',
      'After Action Review, 20 November 2026',
    ]);
  });

  it('ends with one line saying that notes on a device are not the official record', () => {
    expect(md.endsWith(`\n\n*${NOT_THE_OFFICIAL_RECORD}*\n`)).toBe(true);
    expect(NOT_THE_OFFICIAL_RECORD).toMatch(
      /not the official record.*FOI or a subject access request/,
    );
  });

  it('lists who took part on one line', () => {
    expect(md).toContain(
      '- **Facilitator:** Priya Shah\n- **Who took part:** Charge nurse; Two staff nurses; Healthcare assistant',
    );
  });

  it('names the piece of work the note belongs to, escaped, and says nothing when there is none', () => {
    expect(sessionToMarkdown(sessionFixture(), 'AAR', template, 'Ward *7* discharge')).toContain(
      '\n- **Piece of work:** Ward \\*7\\* discharge\n- **Facilitator:**',
    );
    expect(md).not.toContain('Piece of work');
  });

  it('gives each filled template field a heading, with list fields as bullet points', () => {
    expect(md).toContain(
      '## What actually happened?\n\nHandover overran by 20 minutes; two patients were discussed twice.\n',
    );
    expect(md).toContain(
      '## What have we learned?\n\n- Keep the printed list\n- Change the order: sickest patients first\n',
    );
  });

  it('shows actions as a checklist with owner and due date, and lessons with tags', () => {
    expect(md).toContain(
      '## Actions\n\n- [ ] Try a sickest-first order for two weeks (Priya, due 4 December 2026)',
    );
    expect(md).toContain('## Lessons\n\n- A fixed order stops repeats (tags: handover, safety)');
  });

  it('keeps fields the template no longer has, under their own name', () => {
    expect(
      sessionToMarkdown(sessionFixture({ fields: { 'old-field': 'Still here' } }), 'AAR', template),
    ).toContain('## old-field\n\nStill here');
  });

  it('keeps line breaks inside a text field', () => {
    expect(
      sessionToMarkdown(sessionFixture({ fields: { actual: 'First\nSecond' } }), 'AAR', template),
    ).toContain('First\\\nSecond');
  });

  it('renders typed HTML and Markdown syntax as the literal text', () => {
    const hostile = '<img src=x onerror=alert(1)> [link](javascript:alert(1)) **bold** `code`';
    const s = sessionFixture({
      title: hostile,
      facilitator: '# not a heading',
      fields: { actual: `${hostile}\n- not a list\n1. not numbered\n---` },
    });
    const html = marked.parse(sessionToMarkdown(s, 'AAR', template), { async: false });
    expect(html).not.toMatch(/<img|<a |<strong>bold|<code>|<hr/);
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; [link](javascript:alert(1)) **bold** `code`',
    );
    expect(html).not.toMatch(/<h1>#|<ol|<li>not a list/);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'A&E handover (night)', 'A&E handover (night)'],
    ['emphasis', 'a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['an entity', 'use &lt; here', 'use \\&lt; here'],
    ['a list marker', '- item', '\\- item'],
    ['a numbered list marker', '12. item', '12\\. item'],
    ['a heading marker', '## Heading', '\\## Heading'],
    ['leading spaces', '    code', 'code'],
  ])('%s', (_name, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('fileNameFor', () => {
  it('makes a safe file name from the title and date', () => {
    expect(fileNameFor(sessionFixture({ title: 'Café: <night> shift!' }), 'md')).toBe(
      'cafe-night-shift-2026-11-20.md',
    );
    expect(fileNameFor(sessionFixture({ title: '***' }), 'md')).toBe('session-note-2026-11-20.md');
  });
});

describe('sessionToMarkdown stays inert for any stored text', () => {
  const hostile = BLOCK_STARTERS.join('\n');
  const note = sessionFixture({
    title: 'Ward\r# huddle\u0000',
    facilitator: '# Priya\r> Shah',
    participants: hostile,
    fields: { expected: hostile, actual: 'One\rTwo', learned: hostile },
    actions: [{ id: 'a1', what: hostile, owner: '- Sam\r# Okoye', due: '2026-12-04', done: false }],
    lessons: [{ id: 'l1', text: hostile, tags: ['# tag', 'x\r- y', '<b>t</b>'] }],
  });
  const md = sessionToMarkdown(note, 'After Action Review', template, '> Work\r# 7');

  it('makes no heading but its own, whatever the text holds', () => {
    expect(headings(md)).toEqual([
      'Ward # huddle',
      'What was expected to happen?',
      'What actually happened?',
      'What have we learned?',
      'Actions',
      'Lessons',
    ]);
  });

  it('makes no HTML, code, quote, table, rule, link or link definition', () => {
    expect(forbidden(md)).toEqual([]);
  });

  it('makes one list item per typed line of a list field, and one per action and lesson', () => {
    // Work, facilitator and who took part (3), the list field's lines, one action, one lesson.
    const lineCount = markdownLines(hostile).length;
    expect(listItems(md)).toBe(3 + lineCount + 1 + 1);
  });

  it('has no CR and no control character in the file', () => {
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\r\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/);
  });

  it.each(BLOCK_STARTERS)('a title of %j stays one plain heading', (title) => {
    const one = sessionToMarkdown(sessionFixture({ title, fields: {} }), 'AAR', template);
    expect(headings(one)).toHaveLength(3); // the title, Actions and Lessons
    expect(forbidden(one)).toEqual([]);
  });
});
