/** Coffee-trial rounds kept in the app's database, so the next round avoids pairs that have met before. */
import type { Round, RoundsStore } from '../live/rounds';
import type { GetDB } from './db';

/** A RoundsStore over the `pairingRounds` store (database version 2 and later). */
export function createRoundsStore(getDB: GetDB): RoundsStore {
  return {
    async list() {
      const rows = await (await getDB()).getAllFromIndex('pairingRounds', 'by-created');
      return rows.map((r): Round => ({
        id: r.id,
        madeAt: Date.parse(r.createdAt),
        groups: r.groups,
      }));
    },
    async add(round) {
      await (
        await getDB()
      ).put('pairingRounds', {
        id: round.id,
        createdAt: new Date(round.madeAt).toISOString(),
        groups: round.groups,
      });
    },
    async clear() {
      await (await getDB()).clear('pairingRounds');
    },
  };
}
