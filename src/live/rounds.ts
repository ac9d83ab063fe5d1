/**
 * Earlier coffee-trial rounds, so the next round avoids pairs that have already met.
 * The pairing screen takes any RoundsStore (through RoundsContext), so storage can change without it.
 * The app keeps them in IndexedDB (src/storage/rounds-store.ts); the in-memory store below serves tests
 * and is the default when no store is provided.
 */

export interface Round {
  id: string;
  /** When the round was kept (ms since 1970). */
  madeAt: number;
  /** The pairs and any trio, as names. */
  groups: string[][];
}

export interface RoundsStore {
  /** Every kept round, oldest first. */
  list(): Promise<Round[]>;
  add(round: Round): Promise<void>;
  clear(): Promise<void>;
}

const copy = (round: Round): Round => ({ ...round, groups: round.groups.map((g) => [...g]) });

/** A store that lives as long as the page: nothing is written to the device. */
export function createMemoryRoundsStore(initial: readonly Round[] = []): RoundsStore {
  let rounds = initial.map(copy);
  return {
    async list() {
      return rounds.map(copy).sort((a, b) => a.madeAt - b.madeAt);
    },
    async add(round) {
      rounds = [...rounds.filter((r) => r.id !== round.id), copy(round)];
    },
    async clear() {
      rounds = [];
    },
  };
}
