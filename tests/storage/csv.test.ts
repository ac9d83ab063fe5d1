// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actionsAndLessonsCsv, csvField, toCsv } from '../../src/storage/csv';
import { sessionFixture } from './notes-fixtures';

/** A small RFC 4180 reader, to check the output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
    let value = '';
    for (i++; ; i++) {
      if (text[i] === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (text[i] === '"') break;
      else value += text[i];
    }
    row.push(value);
    i++;
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
  return rows;
}

describe('csvField', () => {
  it.each([
    ['plain text', 'Call pharmacy', '"Call pharmacy"'],
    ['a comma', 'Jo, Sam', '"Jo, Sam"'],
    ['a double quote', 'the "quiet" zone', '"the ""quiet"" zone"'],
    ['a line break', 'one\r\ntwo', '"one\r\ntwo"'],
    ['a formula', '=HYPERLINK("http://x","click")', '"\'=HYPERLINK(""http://x"",""click"")"'],
    ['a plus', '+1 extra bed', '"\'+1 extra bed"'],
    ['a minus', '-5 minutes', '"\'-5 minutes"'],
    ['an at sign', '@SUM(A1)', '"\'@SUM(A1)"'],
    ['a leading tab', '\t=1', '"\'\t=1"'],
  ])('quotes %s (and guards formulas)', (_name, input, expected) => {
    expect(csvField(input)).toBe(expected);
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c","d"\r\n');
  });
});

describe('actionsAndLessonsCsv', () => {
  const csv = actionsAndLessonsCsv(
    [sessionFixture({ title: 'Handover, "nights"' })],
    () => 'After Action Review',
  );
  const rows = parseCsv(csv.slice(1));

  it('has a header row and one row per action and lesson, with the note each came from', () => {
    expect(rows).toEqual([
      ['Type', 'Text', 'Owner', 'Due', 'Done', 'Tags', 'Session', 'Technique', 'Session date'],
      [
        'Action',
        'Try a sickest-first order for two weeks',
        'Priya',
        '2026-12-04',
        'No',
        '',
        'Handover, "nights"',
        'After Action Review',
        '2026-11-20',
      ],
      [
        'Lesson',
        'A fixed order stops repeats',
        '',
        '',
        '',
        'handover; safety',
        'Handover, "nights"',
        'After Action Review',
        '2026-11-20',
      ],
    ]);
  });

  it('keeps accents and line breaks inside a cell', () => {
    const s = sessionFixture({
      actions: [{ id: 'a', what: 'Café rota\nweek 2', owner: 'Zoë', due: '', done: true }],
      lessons: [],
    });
    expect(parseCsv(actionsAndLessonsCsv([s], () => 'AAR').slice(1))[1].slice(0, 5)).toEqual([
      'Action',
      'Café rota\nweek 2',
      'Zoë',
      '',
      'Yes',
    ]);
  });
});
