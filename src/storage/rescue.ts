/**
 * Changes caught as a page goes away. A normal write (read the stored copy, check its revision, then
 * write) needs several round trips, which a page being unloaded does not get; a single write with an
 * explicit commit does complete. So on pagehide and when the page is hidden, the open note is also put
 * aside here, and the next time notes are opened it is put back through the same checks as any write.
 * A normal write does not touch `meta`, so the put-aside write never waits behind one: when a page closes,
 * Chromium aborts the transactions still queued on its connection, and a write is nearly always under
 * way while typing. A stored write drops the copy afterwards (supersede), in a transaction of its own.
 */
import type { GetDB } from './db';
import { mergeSessions } from './merge';
import { newId, sameContent, type Session } from './session-record';
import type { SaveResult } from './store-events';

export interface Rescue {
  /** What was on screen. */
  draft: Session;
  /** The stored copy it was based on (null for a note never stored). */
  base: Session | null;
  /** A write that was under way at that moment, as it would be stored if it completed. */
  inFlight: Session | null;
  writtenAt: string;
}

export const RESCUE_PREFIX = 'rescue:';
export const rescueKey = (id: string) => `${RESCUE_PREFIX}${id}`;

export type RecoveryPlan =
  | { outcome: 'nothing' }
  | { outcome: 'saved' | 'merged' | 'restored'; write: Session; expectedRevision: number }
  | { outcome: 'copied'; write: Session; expectedRevision: 0 };

/** How to put a rescued draft back, given the note as stored now. Never drops the rescued text. */
export function planRecovery(
  { draft, base: before, inFlight }: Rescue,
  current: Session | undefined,
): RecoveryPlan {
  if (!current) return { outcome: 'restored', write: draft, expectedRevision: 0 };
  if (sameContent(draft, current)) return { outcome: 'nothing' };
  // The stored copy is the one the draft was based on: either the write under way never landed, or it did.
  const landed =
    inFlight && inFlight.revision === current.revision && sameContent(inFlight, current);
  const base = landed ? inFlight : before;
  if (base && base.revision === current.revision)
    return { outcome: 'saved', write: draft, expectedRevision: current.revision };
  const { merged, conflicts } = mergeSessions(base ?? current, draft, current);
  if (base && !conflicts.length)
    return { outcome: 'merged', write: merged, expectedRevision: current.revision };
  // Changed elsewhere since: keep both, as the editor does for a conflict.
  return {
    outcome: 'copied',
    write: {
      ...draft,
      id: newId(),
      title: `${draft.title.trim() || 'Untitled note'} (recovered copy)`,
      revision: 0,
    },
    expectedRevision: 0,
  };
}

/** The writes behind sessions.rescue and sessions.recover (sessions.ts passes its own get and save). */
export function createRescue(
  getDB: GetDB,
  store: {
    get(id: string): Promise<Session | undefined>;
    save(session: Session, expectedRevision: number): Promise<SaveResult>;
  },
  now: () => Date,
) {
  /** Notes put aside by this page and not yet superseded by a stored write. */
  const pending = new Set<string>();
  return {
    /**
     * A write of `stored` has committed: drops the copy put aside for it, unless that copy was put aside
     * after the write began (it may then hold newer text). Its own transaction, after the write's.
     */
    async supersede(stored: Session, writeStartedAt: string): Promise<void> {
      if (!pending.has(stored.id)) return;
      const db = await getDB();
      const tx = db.transaction('meta', 'readwrite');
      const key = rescueKey(stored.id);
      const aside = (await tx.store.get(key)) as Rescue | undefined;
      if (!aside || aside.writtenAt < writeStartedAt || sameContent(aside.draft, stored)) {
        await tx.store.delete(key);
        pending.delete(stored.id);
      }
      await tx.done;
    },

    /**
     * Puts an open note aside as the page goes away (pagehide, hidden). Synchronous on purpose: one write
     * with an explicit commit completes even as the page unloads. Best effort: false if it could not start.
     */
    rescue(draft: Session, base: Session | null, inFlight: Session | null = null): boolean {
      const db = getDB.peek?.();
      if (!db) return false;
      try {
        const tx = db.transaction('meta', 'readwrite');
        const value: Rescue = { draft, base, inFlight, writtenAt: now().toISOString() };
        // Failures here are not reported: the normal write started at the same moment reports its own.
        tx.store.put(value, rescueKey(draft.id)).catch(() => undefined);
        tx.done.catch(() => undefined);
        tx.commit();
        pending.add(draft.id);
        return true;
      } catch {
        return false;
      }
    },

    /** Puts back notes set aside as a page went away (one note, or all). Returns how many were recovered. */
    async recover(id?: string): Promise<number> {
      const range = id
        ? IDBKeyRange.only(rescueKey(id))
        : IDBKeyRange.bound(RESCUE_PREFIX, `${RESCUE_PREFIX}\uffff`);
      const rescues = (await (await getDB()).getAll('meta', range)) as Rescue[];
      let recovered = 0;
      for (const rescue of rescues) {
        try {
          const plan = planRecovery(rescue, await store.get(rescue.draft.id));
          if (plan.outcome !== 'nothing') {
            const result = await store.save(plan.write, plan.expectedRevision);
            if (!result.ok) continue; // changed again meanwhile: kept for the next open to retry
            recovered++;
          }
          await (await getDB()).delete('meta', rescueKey(rescue.draft.id));
        } catch {
          // Kept for the next open to retry: a set-aside note is only dropped once it is safely stored.
        }
      }
      return recovered;
    },
  };
}
