/**
 * The session record: a note of one session of one technique. Plain data, no storage and no DOM.
 * Everything a person types is kept exactly as typed (list fields are text, one item per line), so
 * nothing is reshaped or lost between keystrokes.
 */

export interface Action {
  id: string;
  what: string;
  owner: string;
  /** YYYY-MM-DD, or '' when no date was set. */
  due: string;
  done: boolean;
}

/** Whether a lesson says what to do again or what to do differently (shapes the knowledge asset). */
export type LessonKind = 'repeat' | 'avoid';

export interface Lesson {
  id: string;
  text: string;
  tags: string[];
  /** Absent when nobody said. */
  kind?: LessonKind;
}

export interface Session {
  id: string;
  /** The technique's id (its file name). Kept even if that technique is later renamed or removed. */
  techniqueId: string;
  /** The piece of work (see work.ts) this session belongs to, or '' for none. */
  workId: string;
  title: string;
  /** YYYY-MM-DD: the day the session took place. */
  date: string;
  facilitator: string;
  /** Who took part: names or roles, one per line (may be empty). */
  participants: string;
  /** How many took part, when names are not recorded. */
  headcount: number | null;
  /** The technique's own note fields (its noteTemplate), by field id. */
  fields: Record<string, string>;
  actions: Action[];
  lessons: Lesson[];
  /**
   * Patient-identifier warnings the person answered "It isn't" (src/privacy): each a kind and a short
   * fingerprint of the text, never the text itself. Absent when there are none.
   */
  dismissedWarnings?: string[];
  /** ISO 8601 times in UTC. */
  createdAt: string;
  updatedAt: string;
  /** Goes up by one on every write, so a write based on an older copy is detected, never lost. */
  revision: number;
}

/** The parts of a session a person edits (everything but identity and bookkeeping). */
export type SessionContent = Omit<
  Session,
  'id' | 'techniqueId' | 'createdAt' | 'updatedAt' | 'revision'
>;

/** A random id (a version 4 UUID). randomUUID needs a secure context; getRandomValues works everywhere. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Today's date where the person is, as YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new, empty session of a technique, dated today. Not stored: `revision` 0 means "never saved". */
export function createSession(
  techniqueId: string,
  title: string,
  now = new Date(),
  id = newId(),
  workId = '',
): Session {
  const time = now.toISOString();
  return {
    id,
    techniqueId,
    workId,
    title,
    date: localDate(now),
    facilitator: '',
    participants: '',
    headcount: null,
    fields: {},
    actions: [],
    lessons: [],
    createdAt: time,
    updatedAt: time,
    revision: 0,
  };
}

/** A copy to reuse as the start of a new session: new ids throughout, never saved yet. */
export function copySession(source: Session, title: string, now = new Date()): Session {
  return {
    ...structuredClone(source),
    id: newId(),
    title,
    actions: source.actions.map((a) => ({ ...a, id: newId() })),
    lessons: source.lessons.map((l) => ({ ...l, id: newId(), tags: [...l.tags] })),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    revision: 0,
  };
}

export const emptyAction = (): Action => ({
  id: newId(),
  what: '',
  owner: '',
  due: '',
  done: false,
});
export const emptyLesson = (): Lesson => ({ id: newId(), text: '', tags: [] });

/** Tags as typed in one box: separated by commas, trimmed, no blanks or repeats. */
export function parseTags(typed: string): string[] {
  return [
    ...new Set(
      typed
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** Every piece of text in a session, for search. */
export function sessionText(s: Session): string {
  return [
    s.title,
    s.facilitator,
    s.participants,
    ...Object.values(s.fields),
    ...s.actions.flatMap((a) => [a.what, a.owner]),
    ...s.lessons.flatMap((l) => [l.text, ...l.tags]),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A whole record from a partial one (such as a record written by an older version), keeping every value
 * that is present and filling the rest with the values a new session starts with.
 */
export function completeSession(value: Partial<Session>): Session {
  const createdAt =
    typeof value.createdAt === 'string' ? value.createdAt : new Date(0).toISOString();
  return {
    id: String(value.id),
    techniqueId: value.techniqueId ?? 'unknown',
    workId: value.workId ?? '',
    title: value.title ?? '',
    date: value.date ?? createdAt.slice(0, 10),
    facilitator: value.facilitator ?? '',
    participants: value.participants ?? '',
    headcount: value.headcount ?? null,
    fields: value.fields ?? {},
    actions: value.actions ?? [],
    lessons: value.lessons ?? [],
    ...(value.dismissedWarnings?.length ? { dismissedWarnings: value.dismissedWarnings } : {}),
    createdAt,
    updatedAt: value.updatedAt ?? createdAt,
    revision: value.revision ?? 1,
  };
}

/** True when two copies hold the same content (ignoring times and revision, and the order of keys). */
export function sameContent(a: Session, b: Session): boolean {
  const canonical = (s: Session) =>
    JSON.stringify({ ...s, createdAt: '', updatedAt: '', revision: 0 }, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, (v as Record<string, unknown>)[k]]),
          )
        : v,
    );
  return canonical(a) === canonical(b);
}
