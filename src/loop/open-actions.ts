/**
 * Every action still to do, from every note, in the order a team follows them up: overdue first (the
 * longest overdue at the top), then by due date, then undated actions from the newest session. Pure.
 */
import { isRealDay } from '../storage/dates';
import type { Action, Session } from '../storage/session-record';
import type { Work } from '../storage/work';

export interface ActionRow {
  action: Action;
  session: { id: string; title: string; techniqueId: string; date: string };
  /** The piece of work, or null when the note is not in one (or the work was deleted). */
  work: { id: string; name: string } | null;
  overdue: boolean;
  /** Whole days past the due date (0 when due today or later, or undated). */
  daysOverdue: number;
}

export interface OpenActionsOptions {
  workId?: string;
  /** Include actions already ticked done (they sort as the others do). */
  includeDone?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days from one YYYY-MM-DD to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The follow-up order. Lateness is read from the date alone, not the done flag, so an action ticked done
 * (when done ones are shown) keeps its place instead of jumping down the list.
 */
const compareOn =
  (today: string) =>
  (a: ActionRow, b: ActionRow): number => {
    const aDue = DATE.test(a.action.due);
    const bDue = DATE.test(b.action.due);
    const aLate = aDue && a.action.due < today;
    const bLate = bDue && b.action.due < today;
    if (aLate !== bLate) return aLate ? -1 : 1;
    if (aDue !== bDue) return aDue ? -1 : 1;
    if (aDue && a.action.due !== b.action.due) return a.action.due.localeCompare(b.action.due);
    // Undated (or same day): newest session first, then a stable order within a note.
    return b.session.date.localeCompare(a.session.date) || a.session.id.localeCompare(b.session.id);
  };

/** Open actions (not done, with some text) as rows, ordered for follow-up. `today` is YYYY-MM-DD. */
export function openActions(
  sessions: readonly Session[],
  works: readonly Work[],
  today: string,
  { workId, includeDone = false }: OpenActionsOptions = {},
): ActionRow[] {
  const names = new Map(works.map((w) => [w.id, w.name]));
  const rows: ActionRow[] = [];
  for (const s of sessions) {
    if (workId !== undefined && s.workId !== workId) continue;
    const work =
      s.workId && names.has(s.workId) ? { id: s.workId, name: names.get(s.workId) ?? '' } : null;
    for (const action of s.actions) {
      if (!action.what.trim() || (action.done && !includeDone)) continue;
      const dated = DATE.test(action.due);
      const late = dated ? daysBetween(action.due, today) : 0;
      rows.push({
        action,
        session: { id: s.id, title: s.title, techniqueId: s.techniqueId, date: s.date },
        work,
        overdue: !action.done && late > 0,
        daysOverdue: !action.done && late > 0 ? late : 0,
      });
    }
  }
  // Sessions keep their actions in the order typed; a stable sort keeps that order for equal rows.
  return rows.sort(compareOn(today));
}

/** Plain words for when an action is due, never colour alone: "Overdue by 3 days", "Due today", "Due in 2 days". */
export function dueText(due: string, today: string): string {
  if (!DATE.test(due)) return 'No due date';
  const days = daysBetween(today, due);
  // A date that does not exist (2026-13-01, stored by an older version): shown as it is, not as NaN.
  if (!Number.isFinite(days) || !isRealDay(due)) return `Due date ${due} is not a real date`;
  if (days < 0) return `Overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `Due in ${days} days`;
}

/** A file name for an action's calendar file, from its text: letters, digits and hyphens. */
export function icsFileName(what: string): string {
  const base = what
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${base || 'action'}.ics`;
}
