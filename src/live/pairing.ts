/**
 * Randomised Coffee Trials pairing. Rules, strongest first:
 * 1. never put two people from one "don't pair" line together (someone is left out rather than that);
 * 2. everyone in a pair, with one trio when the count is odd;
 * 3. no pair that met in an earlier round, when that can be avoided;
 * 4. with "mix groups", pairs across groups (sites, roles) where possible.
 * Small lists are solved exactly; long ones by a greedy start improved by swaps, tried a few times.
 * The random source is passed in, so tests can seed it.
 */
import { nameKey, type Person } from './people';
import { FORBIDDEN, solveBySearch, solveExactly, total, type Cost } from './pairing-search';

export interface PairingInput {
  people: readonly Person[];
  /** Groups from earlier rounds (pairs and trios). */
  earlier?: readonly (readonly string[])[];
  dontPair?: readonly (readonly [string, string])[];
  mixGroups?: boolean;
  /** Returns a number in [0, 1), like Math.random. */
  random: () => number;
}

export interface PairingResult {
  /** Pairs, and one trio when the count is odd. */
  groups: string[][];
  /** People who could not be placed (a list of one, or "don't pair" rules that leave no partner). */
  unmatched: string[];
  /** Pairs in this round that met in an earlier one (only when there was no way round it). */
  repeats: [string, string][];
}

const REPEAT = 1e3;
const SAME_GROUP = 1;
const EXACT_UP_TO = 10;
const ATTEMPTS = 6;

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Makes this round's pairs (and one trio when the count is odd). */
export function makePairs({
  people,
  earlier = [],
  dontPair = [],
  mixGroups = false,
  random,
}: PairingInput): PairingResult {
  const n = people.length;
  const index = new Map(people.map((p, i) => [nameKey(p.name), i]));
  const matrix = new Float64Array(n * n);
  // Builds costs from the rules directly (not by testing all n² pairs against them), so 500 names stay fast.
  const at = (a: string, b: string) => {
    const [i, j] = [index.get(nameKey(a)), index.get(nameKey(b))];
    return i === undefined || j === undefined || i === j ? [] : [i * n + j, j * n + i];
  };
  if (mixGroups) {
    const groupOf = people.map((p) => (p.group ? nameKey(p.group) : ''));
    for (let a = 0; a < n; a++)
      for (let b = a + 1; b < n; b++)
        if (groupOf[a] && groupOf[a] === groupOf[b])
          matrix[a * n + b] = matrix[b * n + a] = SAME_GROUP;
  }
  const met = new Set<number>();
  for (const group of earlier)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        for (const cell of at(group[i], group[j])) {
          matrix[cell] += REPEAT;
          met.add(cell);
        }
  for (const [a, b] of dontPair) for (const cell of at(a, b)) matrix[cell] = FORBIDDEN;
  const cost: Cost = (a, b) => matrix[a * n + b];
  const constraints = people.map((_, a) => {
    let count = 0;
    for (let b = 0; b < n; b++) if (matrix[a * n + b] >= REPEAT) count++;
    return count;
  });

  let best: number[][] = [];
  if (n <= EXACT_UP_TO) best = solveExactly(shuffle([...Array(n).keys()], random), cost);
  else {
    let bestCost = Infinity;
    // Try again only to avoid repeats or someone left out; group mixing is a preference, not worth the wait.
    for (let attempt = 0; attempt < ATTEMPTS && bestCost >= REPEAT; attempt++) {
      const groups = solveBySearch(
        shuffle([...Array(n).keys()], random),
        cost,
        (p) => constraints[p],
      );
      const c = total(groups, cost);
      if (c < bestCost) [best, bestCost] = [groups, c];
    }
  }

  const name = (i: number) => people[i].name;
  const placed = best.filter((g) => g.length > 1);
  const repeats: [string, string][] = [];
  for (const g of placed)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++)
        if (met.has(g[i] * n + g[j])) repeats.push([name(g[i]), name(g[j])]);
  return {
    groups: placed.map((g) => g.map(name)),
    unmatched: best.filter((g) => g.length === 1).map((g) => name(g[0])),
    repeats,
  };
}
