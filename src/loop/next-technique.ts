/**
 * What to run next in a piece of work, from the learning cycle in the technique data (each technique's
 * `related.after`) and what the work has already done. Pure; knows no technique by name.
 */
import type { TechniqueCard } from '../content/types';

export interface Suggestion {
  techniqueId: string;
  reason: string;
}

export interface DoneSession {
  techniqueId: string;
  /** ISO date or date-time; the latest session decides what comes next. */
  date: string;
}

/**
 * What a piece of work most needs before it starts: to learn from those who have done it before, and to
 * agree its aims and risks. Purpose tags from the technique files, so the content decides which techniques.
 */
const START_PURPOSES: readonly string[] = ['learn-from-others', 'agree-aims-and-risks'];

/** Suggestions for a piece of work, best first. */
export function suggestNext(
  techniques: readonly TechniqueCard[],
  done: readonly DoneSession[],
): Suggestion[] {
  const byId = new Map(techniques.map((t) => [t.id, t]));
  const known = done.filter((s) => byId.has(s.techniqueId));
  if (known.length === 0) {
    const forStart = (t: TechniqueCard) =>
      Number(t.purposes.some((p) => START_PURPOSES.includes(p)));
    return techniques
      .filter((t) => t.phase === 'before' && t.workStages.includes('about-to-start'))
      .sort((a, b) => forStart(b) - forStart(a))
      .map((t) => ({ techniqueId: t.id, reason: `Before you start: ${lowerFirst(t.summary)}` }));
  }
  const latest = [...known].sort((a, b) => b.date.localeCompare(a.date))[0];
  const last = byId.get(latest.techniqueId)!;
  const used = new Set(known.map((s) => s.techniqueId));
  const next = last.related.after
    .map((id) => byId.get(id))
    .filter((t): t is TechniqueCard => t !== undefined);
  // Something not yet done in this work comes first: a first Retrospect matters more than a second Knowledge Asset.
  next.sort((a, b) => Number(used.has(a.id)) - Number(used.has(b.id)));
  return next.map((t) => ({
    techniqueId: t.id,
    reason: `Often follows ${last.title}${t.phase === 'after' ? ', when the work ends' : ''}.`,
  }));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
