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
    ['a tab before text', '\tnote', '"\'\tnote"'],
    ['a leading CR', '\rnote', '"\'\nnote"'],
    ['spaces before a formula', '   =1+1', '"\'   =1+1"'],
    ['a no-break space before a plus', '\u00a0+44 20', '"\'\u00a0+44 20"'],
    ['a line break before a minus', '\n-2', '"\'\n-2"'],
    ['a full-width equals sign', '\uff1dSUM(A1)', '"\'\uff1dSUM(A1)"'],
    ['a formula after a NUL', '\u0000=cmd()', '"\'=cmd()"'],
    ['a NUL and other controls inside', 'a\u0000b\u001bc\u007fd', '"abcd"'],
    ['a lone CR inside', 'one\rtwo', '"one\ntwo"'],
    ['an equals sign later on', 'Score = 5', '"Score = 5"'],
    ['a hyphen later on', 'Ward 5 - night', '"Ward 5 - night"'],
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

describe('actionsAndLessonsCsv stays inert for any stored text', () => {
  const formulas = [
    '=1+1',
    ' =cmd|"/c calc"!A1',
    '\t+1',
    '\r-1',
    '\n@SUM(A1)',
    '\u0000=1',
    '\uff1d1',
  ];
  const s = sessionFixture({
    title: ' =HYPERLINK("http://x")',
    actions: formulas.map((what, i) => ({
      id: `a${i}`,
      what,
      owner: ` -${i}`,
      due: '',
      done: false,
    })),
    lessons: [{ id: 'l', text: '  @x\ry', tags: ['=tag', ' +t'] }],
  });
  const rows = parseCsv(actionsAndLessonsCsv([s], () => 'AAR').slice(1));

  it('keeps one row per action and lesson: no line break in a value ends a row', () => {
    expect(rows).toHaveLength(1 + formulas.length + 1);
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const unsafe = rows
      .flat()
      .filter((cell) => /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/.test(cell));
    expect(unsafe).toEqual([]);
    expect(rows[1][1]).toBe("'=1+1");
    expect(rows[2][1]).toBe('\' =cmd|"/c calc"!A1');
    expect(rows.at(-1)?.[1]).toBe("'  @x\ny");
  });
});
