/**
 * How long each part of a note may be: defined once, used by the store's checks (backup.ts), by the save
 * path (which cuts anything longer rather than refusing the note) and by the boxes on screen (which show
 * the limit before it is reached and keep what did not fit for the person to copy). Pure.
 */
import type { Session } from './session-record';

export const LIMITS = {
  /** Title, facilitator, an action's owner, a piece of work's name. */
  short: 1_000,
  /** The technique's fields, participants, an action's text, a lesson: about 30 pages of minutes. */
  long: 100_000,
  /** One tag of a lesson. */
  tag: 200,
  /** Actions, lessons, or tags in one note or lesson. */
  items: 1_000,
} as const;

/** From this share of a limit, the box shows how much room is left. */
export const SHOW_COUNT_FROM = 0.9;

/** Text that did not fit, kept for the person to copy. `part` names where it was cut (see partLabel). */
export interface Cut {
  part: string;
  rest: string;
}

/**
 * Cuts text to `max` characters without splitting a surrogate pair (an emoji, say): returns what is kept
 * and the rest.
 */
export function splitAt(text: string, max: number): { kept: string; rest: string } {
  if (text.length <= max) return { kept: text, rest: '' };
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return { kept: text.slice(0, end), rest: text.slice(end) };
}

/**
 * A note that the store will accept, whatever was typed or pasted: every text cut to its limit, lists cut
 * to their length, a bad date or number set to a safe value. Returns what was cut so nothing is dropped
 * silently. The same object comes back when nothing needed cutting.
 */
export function clampSession(session: Session): { session: Session; cuts: Cut[] } {
  const cuts: Cut[] = [];
  let changed = false;
  const fit = (text: unknown, max: number, part: string): string => {
    const value = typeof text === 'string' ? text : '';
    if (value !== text) changed = true;
    const { kept, rest } = splitAt(value, max);
    if (rest) {
      changed = true;
      cuts.push({ part, rest });
    }
    return kept;
  };
  const list = <T>(items: T[], part: string, describe: (item: T) => string): T[] => {
    if (items.length <= LIMITS.items) return items;
    changed = true;
    cuts.push({ part, rest: items.slice(LIMITS.items).map(describe).join('\n') });
    return items.slice(0, LIMITS.items);
  };
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(session.fields))
    fields[key] = fit(value, LIMITS.long, `field:${key}`);
  const actions = list(session.actions, 'actions', (a) => a.what).map((a) => ({
    ...a,
    what: fit(a.what, LIMITS.long, `action:${a.id}:what`),
    owner: fit(a.owner, LIMITS.short, `action:${a.id}:owner`),
    due: isDay(a.due) ? a.due : ((changed = a.due !== '' || changed), ''),
  }));
  const lessons = list(session.lessons, 'lessons', (l) => l.text).map((l) => ({
    ...l,
    text: fit(l.text, LIMITS.long, `lesson:${l.id}:text`),
    tags: list(l.tags, `lesson:${l.id}:tags`, (t) => t).map((t) =>
      fit(t, LIMITS.tag, `lesson:${l.id}:tag`),
    ),
  }));
  const { headcount } = session;
  const clamped: Session = {
    ...session,
    title: fit(session.title, LIMITS.short, 'title'),
    facilitator: fit(session.facilitator, LIMITS.short, 'facilitator'),
    participants: fit(session.participants, LIMITS.long, 'participants'),
    headcount:
      headcount === null || (Number.isInteger(headcount) && headcount >= 0 && headcount <= 1e6)
        ? headcount
        : ((changed = true), null),
    date: isDay(session.date) ? session.date : ((changed = true), session.createdAt.slice(0, 10)),
    fields,
    actions,
    lessons,
  };
  return { session: changed ? clamped : session, cuts };
}

/** YYYY-MM-DD and a real day (not 2026-02-31). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** How many characters are left, in plain words, or '' while the text is well within its limit. */
export function roomLeft(length: number, max: number): string {
  if (length < max * SHOW_COUNT_FROM) return '';
  const n = (x: number) => x.toLocaleString('en-GB');
  if (length >= max) return `Limit reached: ${n(max)} characters. Nothing more fits in this box.`;
  const left = max - length;
  return `${n(left)} ${left === 1 ? 'character' : 'characters'} left (the limit is ${n(max)}).`;
}
