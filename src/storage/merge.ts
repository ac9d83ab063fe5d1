/**
 * Three-way merge of two edits of one note (this tab's and another's) made from the same starting copy.
 * Changes to different parts are combined; only a part both changed differently is a conflict, which
 * the person resolves. Pure.
 */
import type { Session } from './session-record';

/** A part of a note: 'title', 'date', 'facilitator', 'participants', 'headcount', 'field:<id>', 'actions' or 'lessons'. */
export type NotePart = string;

export interface MergeResult {
  /** Both sets of changes; where both changed the same part, this tab's version. */
  merged: Session;
  conflicts: NotePart[];
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function pick<T>(base: T, mine: T, theirs: T, part: NotePart, conflicts: NotePart[]): T {
  const mineChanged = !equal(mine, base);
  const theirsChanged = !equal(theirs, base);
  if (mineChanged && theirsChanged && !equal(mine, theirs)) conflicts.push(part);
  return mineChanged ? mine : theirs;
}

/** Merges lists of items with ids (actions, lessons) item by item. An item edited on one side is never dropped. */
function mergeItems<T extends { id: string }>(
  base: T[],
  mine: T[],
  theirs: T[],
  part: NotePart,
  conflicts: NotePart[],
): T[] {
  const byId = (items: T[]) => new Map(items.map((i) => [i.id, i]));
  const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
  const order = [...theirs.map((i) => i.id), ...mine.map((i) => i.id).filter((id) => !t.has(id))];
  const result: T[] = [];
  let clash = false;
  for (const id of order) {
    const [was, mi, th] = [b.get(id), m.get(id), t.get(id)];
    if (!was) {
      result.push((mi ?? th)!);
    } else if (mi && th) {
      const mineChanged = !equal(mi, was);
      if (mineChanged && !equal(th, was) && !equal(mi, th)) clash = true;
      result.push(mineChanged ? mi : th);
    } else if (mi && !equal(mi, was)) {
      result.push(mi); // deleted there, edited here: keep the edit
    } else if (th && !equal(th, was)) {
      result.push(th); // deleted here, edited there: keep the edit
    }
  }
  if (clash) conflicts.push(part);
  return result;
}

export function mergeSessions(base: Session, mine: Session, theirs: Session): MergeResult {
  const conflicts: NotePart[] = [];
  const fields: Record<string, string> = {};
  for (const key of new Set([
    ...Object.keys(theirs.fields),
    ...Object.keys(mine.fields),
    ...Object.keys(base.fields),
  ])) {
    const value = pick(
      base.fields[key] ?? '',
      mine.fields[key] ?? '',
      theirs.fields[key] ?? '',
      `field:${key}`,
      conflicts,
    );
    if (value !== '' || key in mine.fields || key in theirs.fields) fields[key] = value;
  }
  const merged: Session = {
    ...theirs,
    title: pick(base.title, mine.title, theirs.title, 'title', conflicts),
    date: pick(base.date, mine.date, theirs.date, 'date', conflicts),
    facilitator: pick(
      base.facilitator,
      mine.facilitator,
      theirs.facilitator,
      'facilitator',
      conflicts,
    ),
    participants: pick(
      base.participants,
      mine.participants,
      theirs.participants,
      'participants',
      conflicts,
    ),
    headcount: pick(base.headcount, mine.headcount, theirs.headcount, 'headcount', conflicts),
    fields,
    actions: mergeItems(base.actions, mine.actions, theirs.actions, 'actions', conflicts),
    lessons: mergeItems(base.lessons, mine.lessons, theirs.lessons, 'lessons', conflicts),
  };
  // An "It isn't" said in either tab stands: never a conflict.
  const dismissed = [
    ...new Set([...(theirs.dismissedWarnings ?? []), ...(mine.dismissedWarnings ?? [])]),
  ];
  if (dismissed.length) merged.dismissedWarnings = dismissed;
  return { merged, conflicts };
}
