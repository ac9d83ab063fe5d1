/** How a backup merges with the notes already here: by id, the newer copy wins. Pure. */
import { sameContent, type Session } from './session-record';

/** added: new here; updated: the file's copy was newer; kept: yours was newer; same: identical. */
export interface ImportSummary {
  added: number;
  updated: number;
  kept: number;
  same: number;
}

/**
 * What importing one note does to the copy already here (if any): the newer `updatedAt` wins. A replaced
 * note's revision goes past both copies', so an editor open on the old copy notices instead of overwriting.
 */
export function decideImport(
  existing: Session | undefined,
  incoming: Session,
): { outcome: keyof ImportSummary; write?: Session } {
  if (!existing) return { outcome: 'added', write: incoming };
  if (incoming.updatedAt > existing.updatedAt) {
    return {
      outcome: 'updated',
      write: { ...incoming, revision: Math.max(existing.revision, incoming.revision) + 1 },
    };
  }
  const same =
    incoming.updatedAt === existing.updatedAt &&
    incoming.createdAt === existing.createdAt &&
    sameContent(incoming, existing);
  return { outcome: same ? 'same' : 'kept' };
}

/** "12 notes added, 3 updated, 2 unchanged (yours were newer)". */
export function describeImport({ added, updated, kept, same }: ImportSummary): string {
  const n = (count: number) => count.toLocaleString('en-GB');
  const parts = [`${n(added)} ${added === 1 ? 'note' : 'notes'} added`, `${n(updated)} updated`];
  if (kept) parts.push(`${n(kept)} unchanged (yours were newer)`);
  if (same) parts.push(`${n(same)} already here`);
  return `${parts.join(', ')}.`;
}
