/**
 * The search behind coffee-trial pairing (see pairing.ts for the rules). Costs come in as a function over
 * person indexes: FORBIDDEN for a "don't pair", higher for worse pairs; a person left alone costs ALONE.
 */
export const FORBIDDEN = Infinity;
export const ALONE = 1e9; // leaving someone out is worse than any number of repeats

export type Cost = (a: number, b: number) => number;

export function groupCost(group: readonly number[], cost: Cost): number {
  if (group.length === 1) return ALONE;
  let sum = 0;
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) sum += cost(group[i], group[j]);
  return sum;
}

export const total = (groups: number[][], cost: Cost) =>
  groups.reduce((sum, g) => sum + groupCost(g, cost), 0);

/** Best partition by branch and bound: pairs, at most one trio, and (only if forced) people alone. */
export function solveExactly(order: number[], cost: Cost): number[][] {
  let best: number[][] = order.map((p) => [p]);
  let bestCost = total(best, cost);
  let budget = 200_000;
  const used = new Set<number>();
  const chosen: number[][] = [];
  const search = (spent: number, trioUsed: boolean) => {
    if (spent >= bestCost || --budget < 0) return;
    const p = order.find((x) => !used.has(x));
    if (p === undefined) {
      best = chosen.map((g) => g.slice());
      bestCost = spent;
      return;
    }
    const rest = order.filter((x) => x !== p && !used.has(x));
    const options: [number[], number][] = rest.map((q) => [[p, q], cost(p, q)]);
    if (!trioUsed && rest.length % 2 === 0) {
      for (let i = 0; i < rest.length; i++)
        for (let j = i + 1; j < rest.length; j++)
          options.push([[p, rest[i], rest[j]], groupCost([p, rest[i], rest[j]], cost)]);
    }
    options.push([[p], ALONE]);
    options.sort((a, b) => a[1] - b[1]); // stable, so ties keep the shuffled order
    for (const [group, c] of options) {
      if (c === FORBIDDEN) break;
      group.forEach((x) => used.add(x));
      chosen.push(group);
      search(spent + c, trioUsed || group.length === 3);
      chosen.pop();
      group.forEach((x) => used.delete(x));
      if (bestCost === 0) return;
    }
  };
  search(0, false);
  return best;
}

/** Greedy pairs (most constrained people first), then repairs for anyone left out, then swaps. */
export function solveBySearch(
  order: number[],
  cost: Cost,
  constraintsOf: (p: number) => number,
): number[][] {
  const byNeed = order.slice().sort((a, b) => constraintsOf(b) - constraintsOf(a));
  const free = new Set(order);
  const groups: number[][] = [];
  const singles: number[] = [];
  for (const p of byNeed) {
    if (!free.has(p)) continue;
    free.delete(p);
    let partner = -1;
    let partnerCost = FORBIDDEN;
    for (const q of order) {
      if (!free.has(q)) continue;
      const c = cost(p, q);
      if (c < partnerCost) [partner, partnerCost] = [q, c];
      if (c === 0) break;
    }
    if (partner < 0) singles.push(p);
    else {
      free.delete(partner);
      groups.push([p, partner]);
    }
  }
  placeSingles(groups, singles, cost);
  improveBySwaps(groups, cost);
  return [...groups, ...singles.map((p) => [p])];
}

/**
 * People the greedy pass left out (an odd one, or "don't pair" rules): pair them through an existing pair
 * where the rules allow (x, y and pair z–w become x–z and y–w), then let the last one make a trio.
 */
function placeSingles(groups: number[][], singles: number[], cost: Cost): void {
  for (let i = 0; i < singles.length; i++) {
    for (let j = i + 1; j < singles.length; j++) {
      const [x, y] = [singles[i], singles[j]];
      const pair = groups.find(
        ([z, w]) =>
          (cost(x, z) < FORBIDDEN && cost(y, w) < FORBIDDEN) ||
          (cost(x, w) < FORBIDDEN && cost(y, z) < FORBIDDEN),
      );
      if (cost(x, y) < FORBIDDEN) groups.push([x, y]);
      else if (pair) {
        const [z, w] = pair;
        const straight = cost(x, z) < FORBIDDEN && cost(y, w) < FORBIDDEN;
        groups.splice(
          groups.indexOf(pair),
          1,
          straight ? [x, z] : [x, w],
          straight ? [y, w] : [y, z],
        );
      } else continue;
      singles.splice(j, 1);
      singles.splice(i, 1);
      i--;
      break;
    }
  }
  if (singles.length === 1 && !groups.some((g) => g.length === 3)) {
    const x = singles[0];
    let home: number[] | undefined;
    for (const g of groups)
      if (groupCost([...g, x], cost) < (home ? groupCost([...home, x], cost) : FORBIDDEN)) home = g;
    if (home) {
      home.push(x);
      singles.pop();
    }
  }
}

/** The cost of `group` with its member at `index` replaced by `member`. */
function costWith(group: readonly number[], index: number, member: number, cost: Cost): number {
  let sum = 0;
  for (let i = 0; i < group.length; i++) {
    if (i === index) continue;
    sum += cost(member, group[i]);
    for (let j = i + 1; j < group.length; j++) if (j !== index) sum += cost(group[i], group[j]);
  }
  return sum;
}

/** Swaps one member of a costly group with one member of another while that lowers the total. */
function improveBySwaps(groups: number[][], cost: Cost): void {
  for (let pass = 0; pass < 50; pass++) {
    let improved = false;
    for (const g of groups) {
      let gCost = groupCost(g, cost);
      for (let i = 0; i < g.length && gCost > 0; i++) {
        for (const h of groups) {
          if (h === g) continue;
          const hCost = groupCost(h, cost);
          const j = h.findIndex(
            (y, j) => costWith(g, i, y, cost) + costWith(h, j, g[i], cost) < gCost + hCost,
          );
          if (j < 0) continue;
          [g[i], h[j]] = [h[j], g[i]];
          gCost = groupCost(g, cost);
          improved = true;
          break;
        }
      }
    }
    if (!improved) return;
  }
}
