// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makePairs, type PairingInput } from '../../src/live/pairing';
import { pairKey, type Person } from '../../src/live/people';
import { seededRandom } from '../seeded-random';

const names = (n: number, prefix = 'Person') =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
const people = (list: string[], group?: (i: number) => string): Person[] =>
  list.map((name, i) => (group ? { name, group: group(i) } : { name }));
const pairsIn = (groups: readonly (readonly string[])[]) =>
  groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => pairKey(a, b))));
const seeds = Array.from({ length: 25 }, (_, i) => i + 1);

function pair(input: Omit<PairingInput, 'random'>, seed = 1) {
  return makePairs({ ...input, random: seededRandom(seed) });
}

describe('makePairs: sizes', () => {
  it('makes nothing from no names', () => {
    expect(pair({ people: [] })).toEqual({ groups: [], unmatched: [], repeats: [] });
  });

  it('leaves one name unmatched: there is nobody to pair them with', () => {
    expect(pair({ people: people(['Ada']) })).toEqual({
      groups: [],
      unmatched: ['Ada'],
      repeats: [],
    });
  });

  it('pairs two names', () => {
    expect(pair({ people: people(['Ada', 'Ben']) }).groups.map((g) => g.sort())).toEqual([
      ['Ada', 'Ben'],
    ]);
  });

  it('makes one trio from three names', () => {
    const { groups, unmatched } = pair({ people: people(['Ada', 'Ben', 'Cat']) });
    expect(groups.map((g) => g.sort())).toEqual([['Ada', 'Ben', 'Cat']]);
    expect(unmatched).toEqual([]);
  });

  it.each([4, 5, 9, 10, 11, 12, 13, 40, 41])(
    'places each of %i people exactly once, with one trio only when odd',
    (n) => {
      for (const seed of seeds.slice(0, 5)) {
        const { groups, unmatched } = pair({ people: people(names(n)) }, seed);
        expect(groups.flat().sort()).toEqual(names(n).sort());
        expect(unmatched).toEqual([]);
        expect(groups.filter((g) => g.length === 3)).toHaveLength(n % 2);
        expect(groups.every((g) => g.length === 2 || g.length === 3)).toBe(true);
      }
    },
  );

  it('pairs 500 names quickly, even with five earlier rounds to avoid', () => {
    const list = people(names(500), (i) => `Site ${i % 7}`);
    const earlier: string[][] = [];
    let slowest = 0;
    for (let round = 0; round < 6; round++) {
      const started = performance.now();
      const { groups, unmatched, repeats } = makePairs({
        people: list,
        earlier,
        mixGroups: true,
        random: seededRandom(round),
      });
      slowest = Math.max(slowest, performance.now() - started);
      expect(groups.flat()).toHaveLength(500);
      expect(unmatched).toEqual([]);
      expect(repeats).toEqual([]);
      earlier.push(...groups);
    }
    expect(slowest).toBeLessThan(1000);
  });
});

describe('makePairs: earlier rounds', () => {
  it('finds the only pairing of four people that avoids both earlier rounds', () => {
    const earlier = [
      ['A', 'B'],
      ['C', 'D'],
      ['A', 'C'],
      ['B', 'D'],
    ];
    for (const seed of seeds) {
      const { groups, repeats } = pair({ people: people(['A', 'B', 'C', 'D']), earlier }, seed);
      expect(pairsIn(groups).sort()).toEqual([pairKey('A', 'D'), pairKey('B', 'C')].sort());
      expect(repeats).toEqual([]);
    }
  });

  it.each([6, 9, 24, 61])(
    'finds the one new pairing of %i people when every other pair has met',
    (n) => {
      const list = names(n);
      // Hidden answer: 1–2, 3–4, … (and 7–8–9-style trio at the end when odd). Everyone else has met.
      const pairsEnd = n % 2 ? n - 3 : n;
      const answer = Array.from({ length: pairsEnd / 2 }, (_, i) => list.slice(2 * i, 2 * i + 2));
      if (n % 2) answer.push(list.slice(n - 3));
      const allowed = new Set(pairsIn(answer));
      const earlier = list.flatMap((a, i) =>
        list
          .slice(i + 1)
          .filter((b) => !allowed.has(pairKey(a, b)))
          .map((b) => [a, b]),
      );
      for (const seed of seeds.slice(0, 5)) {
        const { groups, repeats } = pair({ people: people(list), earlier }, seed);
        expect(repeats).toEqual([]);
        expect(pairsIn(groups).sort()).toEqual([...allowed].sort());
      }
    },
  );

  it('never repeats a pair over ten rounds of 30 people', () => {
    const list = people(names(30));
    const earlier: string[][] = [];
    for (let round = 0; round < 10; round++) {
      const { groups, repeats } = makePairs({
        people: list,
        earlier,
        random: seededRandom(100 + round),
      });
      expect(repeats).toEqual([]);
      const seen = new Set(pairsIn(earlier));
      expect(pairsIn(groups).filter((k) => seen.has(k))).toEqual([]);
      earlier.push(...groups);
    }
  });

  it('matches earlier names whatever the capitals and spacing', () => {
    const { groups } = pair({
      people: people(['Ada Lovelace', 'Ben', 'Cat', 'Dan']),
      earlier: [
        ['ada  lovelace', 'BEN'],
        ['Cat', 'dan'],
        ['Ada Lovelace', 'cat'],
      ],
    });
    expect(pairsIn(groups).sort()).toEqual(
      [pairKey('Ada Lovelace', 'Dan'), pairKey('Ben', 'Cat')].sort(),
    );
  });

  it('repeats a pair only when there is no other way, and says which', () => {
    const { groups, repeats } = pair({
      people: people(['A', 'B', 'C']),
      earlier: [['A', 'B', 'C']],
    });
    expect(groups.flat().sort()).toEqual(['A', 'B', 'C']);
    expect(repeats).toHaveLength(3);
  });

  it('prefers pairs that have met fewer times when every pair has met', () => {
    const earlier = [
      ['A', 'B'],
      ['C', 'D'],
      ['A', 'B'],
      ['C', 'D'],
      ['A', 'C'],
      ['B', 'D'],
      ['A', 'D'],
      ['B', 'C'],
    ];
    const { groups, repeats } = pair({ people: people(['A', 'B', 'C', 'D']), earlier });
    expect(pairsIn(groups)).not.toContain(pairKey('A', 'B'));
    expect(repeats).toHaveLength(2);
  });
});

describe("makePairs: don't pair", () => {
  it('never pairs two people who must not be paired, whatever the seed', () => {
    const dontPair: [string, string][] = [
      ['A', 'B'],
      ['C', 'D'],
    ];
    for (const seed of seeds) {
      const { groups } = pair({ people: people(['A', 'B', 'C', 'D']), dontPair }, seed);
      expect(pairsIn(groups)).not.toContain(pairKey('A', 'B'));
      expect(pairsIn(groups)).not.toContain(pairKey('C', 'D'));
      expect(groups).toHaveLength(2);
    }
  });

  it('leaves both out rather than pair two people who must not be paired', () => {
    expect(pair({ people: people(['A', 'B']), dontPair: [['a', 'b']] })).toEqual({
      groups: [],
      unmatched: ['A', 'B'],
      repeats: [],
    });
  });

  it('breaks a trio that would hold a "don\'t pair" and leaves one person out', () => {
    const { groups, unmatched } = pair({ people: people(['A', 'B', 'C']), dontPair: [['A', 'B']] });
    expect(groups).toHaveLength(1);
    expect(pairsIn(groups)).not.toContain(pairKey('A', 'B'));
    expect(unmatched).toHaveLength(1);
  });

  it('prefers a repeat to leaving someone out', () => {
    const { groups, unmatched } = pair({
      people: people(['A', 'B', 'C', 'D']),
      dontPair: [
        ['A', 'C'],
        ['A', 'D'],
      ],
      earlier: [['A', 'B']],
    });
    expect(unmatched).toEqual([]);
    expect(pairsIn(groups)).toContain(pairKey('A', 'B'));
  });

  it('honours a long list of rules in a big group and still pairs everyone', () => {
    const list = names(120);
    const random = seededRandom(7);
    const dontPair = Array.from(
      { length: 400 },
      () =>
        [list[Math.floor(random() * 120)], list[Math.floor(random() * 120)]] as [string, string],
    ).filter(([a, b]) => a !== b);
    for (const seed of seeds.slice(0, 5)) {
      const { groups, unmatched } = pair({ people: people(list), dontPair }, seed);
      const banned = new Set(dontPair.map(([a, b]) => pairKey(a, b)));
      expect(pairsIn(groups).filter((k) => banned.has(k))).toEqual([]);
      expect(unmatched).toEqual([]);
    }
  });

  it('leaves out only the person nobody may be paired with', () => {
    const list = names(21);
    const dontPair = list.slice(1).map((name) => [list[0], name] as [string, string]);
    const { groups, unmatched } = pair({ people: people(list), dontPair });
    expect(unmatched).toEqual([list[0]]);
    expect(groups).toHaveLength(10);
  });
});

describe('makePairs: mix groups', () => {
  const sites = people(['A1', 'A2', 'B1', 'B2'], (i) => (i < 2 ? 'Site A' : 'Site B'));

  it('pairs across groups when asked', () => {
    for (const seed of seeds) {
      const { groups } = pair({ people: sites, mixGroups: true }, seed);
      expect(
        groups.every((g) => g.some((n) => n.startsWith('A')) && g.some((n) => n.startsWith('B'))),
      ).toBe(true);
    }
  });

  it('ignores groups when not asked', () => {
    const sameSite = seeds.filter((seed) =>
      pair({ people: sites }, seed).groups.some((g) => g[0][0] === g[1][0]),
    );
    expect(sameSite.length).toBeGreaterThan(0);
  });

  it('still avoids repeats before it mixes groups', () => {
    const { groups } = pair({
      people: sites,
      mixGroups: true,
      earlier: [
        ['A1', 'B1'],
        ['A2', 'B2'],
        ['A1', 'B2'],
        ['A2', 'B1'],
      ],
    });
    expect(pairsIn(groups).sort()).toEqual([pairKey('A1', 'A2'), pairKey('B1', 'B2')].sort());
  });

  it('mixes every pair in a big list when the groups allow it', () => {
    const list = people(names(200), (i) => `Role ${i % 4}`);
    const groupOf = new Map(list.map((p) => [p.name, p.group]));
    const { groups } = pair({ people: list, mixGroups: true });
    expect(groups.filter((g) => new Set(g.map((n) => groupOf.get(n))).size === 1)).toEqual([]);
  });
});

describe('makePairs: randomness', () => {
  it('gives the same pairs for the same random source, and different ones for another', () => {
    const list = people(names(12));
    const first = pair({ people: list }, 1);
    expect(pair({ people: list }, 1)).toEqual(first);
    expect(pairsIn(pair({ people: list }, 2).groups).sort()).not.toEqual(
      pairsIn(first.groups).sort(),
    );
  });
});
