/**
 * What the piece-of-work pages show: each work's counts and last activity, its notes grouped by phase
 * (the timeline), and its open actions. Pure; technique phases come in as a lookup.
 */
import type { Phase } from '../content/types';
import type { Session } from '../storage/session-record';
import type { Work } from '../storage/work';

export interface WorkOverview {
  work: Work;
  notes: number;
  /** ISO time of the latest change to the work or any of its notes. */
  lastActivity: string;
  /** Technique ids and dates of the work's notes, for suggestNext. */
  done: { techniqueId: string; date: string }[];
}

/** Every work with its notes counted, most recent activity first. */
export function overviewWorks(
  works: readonly Work[],
  sessions: readonly Session[],
): WorkOverview[] {
  const byWork = new Map<string, Session[]>();
  for (const s of sessions)
    if (s.workId) byWork.set(s.workId, [...(byWork.get(s.workId) ?? []), s]);
  return works
    .map((work) => {
      const own = byWork.get(work.id) ?? [];
      const lastActivity = own.reduce(
        (latest, s) => (s.updatedAt > latest ? s.updatedAt : latest),
        work.updatedAt,
      );
      return {
        work,
        notes: own.length,
        lastActivity,
        done: own.map((s) => ({
          techniqueId: s.techniqueId,
          date: `${s.date}T${s.createdAt.slice(11)}`,
        })),
      };
    })
    .sort(
      (a, b) => b.lastActivity.localeCompare(a.lastActivity) || a.work.id.localeCompare(b.work.id),
    );
}

export type TimelineGroup = { phase: Phase | 'other'; sessions: Session[] };

/** A work's notes in date order, grouped Before / During / After by their technique's phase (empty groups left out). */
export function timelineGroups(
  sessions: readonly Session[],
  phaseOf: (techniqueId: string) => Phase | undefined,
): TimelineGroup[] {
  const ordered = [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const order: TimelineGroup['phase'][] = ['before', 'during', 'after', 'other'];
  return order
    .map((phase) => ({
      phase,
      sessions: ordered.filter((s) => (phaseOf(s.techniqueId) ?? 'other') === phase),
    }))
    .filter((g) => g.sessions.length > 0);
}
