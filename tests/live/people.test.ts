// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  joinNames,
  nameKey,
  pairKey,
  pairsToText,
  parseDontPair,
  parsePeople,
} from '../../src/live/people';

describe('parsePeople', () => {
  it('reads one name a line, with an optional group after a comma', () => {
    expect(
      parsePeople('Ada Lovelace, Pharmacy\n\n  Ben Okri  \nCat Jones,  Site B ').people,
    ).toEqual([
      { name: 'Ada Lovelace', group: 'Pharmacy' },
      { name: 'Ben Okri' },
      { name: 'Cat Jones', group: 'Site B' },
    ]);
  });

  it('reads columns pasted from a spreadsheet', () => {
    expect(parsePeople('Ada\tWard 5\r\nBen\tWard 6').people).toEqual([
      { name: 'Ada', group: 'Ward 5' },
      { name: 'Ben', group: 'Ward 6' },
    ]);
  });

  it('uses a name once and says so when it is listed twice', () => {
    const { people, problems } = parsePeople('Ada\nada \nBen');
    expect(people.map((p) => p.name)).toEqual(['Ada', 'Ben']);
    expect(problems).toEqual([
      '“ada” is on the list more than once, so only the first is used. Add something to tell two people apart.',
    ]);
  });

  it('reports a line with a group but no name', () => {
    expect(parsePeople('Ada\n, Pharmacy').problems).toEqual([
      'Line 2 has no name before the comma.',
    ]);
  });

  it('gives nothing for an empty box', () => {
    expect(parsePeople('  \n\n')).toEqual({ people: [], problems: [] });
  });
});

describe('parseDontPair', () => {
  const people = parsePeople('Ada\nBen\nCat').people;

  it('reads two names a line', () => {
    expect(parseDontPair('Ada, Ben', people)).toEqual({ pairs: [['Ada', 'Ben']], problems: [] });
  });

  it('keeps everyone on one line apart', () => {
    expect(parseDontPair('Ada, Ben, Cat', people).pairs).toEqual([
      ['Ada', 'Ben'],
      ['Ada', 'Cat'],
      ['Ben', 'Cat'],
    ]);
  });

  it('explains a line with only one name', () => {
    expect(parseDontPair('Ada', people).problems[0]).toMatch(
      /^Line 1 of “Don’t pair” needs two names/,
    );
  });

  it('flags a name that is not on the list, as it is probably mistyped', () => {
    expect(parseDontPair('Ada, Bne', people).problems).toEqual([
      '“Bne” in “Don’t pair” is not on the list of names.',
    ]);
  });
});

describe('nameKey and pairKey', () => {
  it('treats capitals and spacing as the same name', () => {
    expect(nameKey('  Ada   LOVELACE ')).toBe('ada lovelace');
  });

  it('gives a pair the same key either way round', () => {
    expect(pairKey('Ben', 'ada')).toBe(pairKey('Ada', 'ben'));
  });
});

describe('pairsToText', () => {
  it('writes a numbered list with the date', () => {
    expect(
      pairsToText(
        [
          ['Ada', 'Ben'],
          ['Cat', 'Dan', 'Eve'],
        ],
        new Date(2026, 2, 3),
      ),
    ).toBe(
      'Randomised Coffee Trials: pairs made on 3 March 2026\n\n1. Ada and Ben\n2. Cat, Dan and Eve',
    );
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['Ada'], 'Ada'],
    [['Ada', 'Ben'], 'Ada and Ben'],
    [['Ada', 'Ben', 'Cat'], 'Ada, Ben and Cat'],
  ])('joins %j as “%s”', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });
});
