/**
 * The backup file: a versioned JSON format, and a strict checker for files coming back in.
 * A file is checked in full before anything is stored; any problem refuses the whole file, so a
 * damaged or hostile file can never half-import. Only known fields are copied out of a file, so
 * nothing unexpected reaches storage. Pure: no storage, no DOM.
 */
import { LIMITS } from './limits';
import type { Action, Lesson, Session } from './session-record';
import { isRealDay } from './dates';
import type { Work } from './work';

export { isRealDay };

export const BACKUP_FORMAT = 'mobilise-backup';
/**
 * Raise this when the shape of a session changes, and teach parseBackup to read the older shape.
 * 1: sessions only. 2: adds `works` (pieces of work), a session's `workId` and a lesson's `kind`.
 * 3: adds a session's `dismissedWarnings` (optional).
 */
export const BACKUP_VERSION = 3;
/** Far above 5,000 long notes (about 15 MB); a file beyond this is not one of ours. */
export const MAX_BACKUP_CHARS = 64 * 1024 * 1024;
export const MAX_SESSIONS = 50_000;
const MAX_SHORT = LIMITS.short;
const MAX_LONG = LIMITS.long;
const MAX_ITEMS = LIMITS.items;
const MAX_PROBLEMS = 12;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  sessions: Session[];
  works: Work[];
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problems: string[] };

export function createBackup(sessions: Session[], now = new Date(), works: Work[] = []): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    sessions,
    works,
  };
}

export function backupFileName(now = new Date()): string {
  return `mobilise-backup-${now.toISOString().slice(0, 10)}.json`;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A kind and an 8-digit fingerprint (see src/privacy/identifiers.ts). */
const WARNING_KEY = /^[a-z-]{1,20}:[0-9a-f]{8}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

class Problems {
  list: string[] = [];
  /**
   * @param fromFile a backup coming in, held to every check. A note being saved is not refused for a
   * day that does not exist (2026-02-31): only an older version could have stored one, and refusing
   * it would stop the rest of that note saving. It is shown as stored and can be corrected.
   */
  constructor(readonly fromFile = false) {}
  add(message: string) {
    this.list.push(message);
  }
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const isDay = (v: unknown): v is string => typeof v === 'string' && DAY.test(v);
const isTime = (v: unknown): v is string => {
  if (typeof v !== 'string' || !TIME.test(v) || !isRealDay(v.slice(0, 10))) return false;
  const [h, min, sec] = v.slice(11, 19).split(':').map(Number);
  return h <= 23 && min <= 59 && sec <= 59;
};
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Line breaks of every kind (CRLF, a lone CR, NEL, the Unicode line and paragraph separators). */
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
/** Control characters other than tab and line feed (C0, DEL and C1), NUL among them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text from a file as the app stores it: every line break a line feed, and no control character but tab
 * and line feed. A bare CR or a NUL means nothing to a reader but can break what the text is exported to
 * (a calendar file, Markdown, a spreadsheet), so it never reaches storage.
 */
export function cleanText(value: string): string {
  return value.replace(LINE_BREAK, '\n').replace(CONTROL, '');
}

/** "Note 3" as a person can find it: with its title, when it has one ("Note 3 ("Ward huddle")"). */
function named(where: string, title: unknown): string {
  if (typeof title !== 'string') return where;
  const short = cleanText(title).replace(/\s+/g, ' ').trim();
  if (!short) return where;
  return `${where} ("${short.length > 40 ? `${short.slice(0, 39)}…` : short}")`;
}

/** Reports any key that is not expected (and so would be dropped), because it means the file is not ours. */
function onlyKeys(value: Obj, allowed: readonly string[], where: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.add(`${where}: unexpected entry "${key.slice(0, 40)}".`);
  }
}

function text(value: Obj, key: string, max: number, where: string, problems: Problems): string {
  const v = typeof value[key] === 'string' ? cleanText(value[key]) : value[key];
  if (isText(v, max)) return v;
  problems.add(
    typeof v === 'string'
      ? `${where}, ${key}: longer than ${max.toLocaleString('en-GB')} characters.`
      : `${where}, ${key}: must be text.`,
  );
  return '';
}

function list<T>(
  value: unknown,
  where: string,
  problems: Problems,
  check: (item: unknown, where: string) => T,
): T[] {
  if (!Array.isArray(value)) {
    problems.add(`${where}: must be a list.`);
    return [];
  }
  if (value.length > MAX_ITEMS) problems.add(`${where}: more than ${MAX_ITEMS} entries.`);
  return value.slice(0, MAX_ITEMS).map((item, i) => check(item, `${where} ${i + 1}`));
}

function checkAction(value: unknown, where: string, problems: Problems, label = where): Action {
  if (!isObject(value)) {
    problems.add(`${where}: must be an action.`);
    return { id: '', what: '', owner: '', due: '', done: false };
  }
  onlyKeys(value, ['id', 'what', 'owner', 'due', 'done'], where, problems);
  if (typeof value.id !== 'string' || !ID.test(value.id))
    problems.add(`${where}, id: not a valid id.`);
  if (value.due !== '' && !isDay(value.due))
    problems.add(`${where}, due: must be a date such as 2026-11-23, or empty.`);
  else if (value.due !== '' && problems.fromFile && !isRealDay(value.due as string))
    problems.add(`${label}: the due date ${value.due} is not a real date.`);
  if (typeof value.done !== 'boolean') problems.add(`${where}, done: must be true or false.`);
  return {
    id: String(value.id),
    what: text(value, 'what', MAX_LONG, where, problems),
    owner: text(value, 'owner', MAX_SHORT, where, problems),
    due: String(value.due),
    done: value.done === true,
  };
}

function checkLesson(value: unknown, where: string, problems: Problems): Lesson {
  if (!isObject(value)) {
    problems.add(`${where}: must be a lesson.`);
    return { id: '', text: '', tags: [] };
  }
  onlyKeys(value, ['id', 'text', 'tags', 'kind'], where, problems);
  if (typeof value.id !== 'string' || !ID.test(value.id))
    problems.add(`${where}, id: not a valid id.`);
  const { kind } = value;
  if (kind !== undefined && kind !== 'repeat' && kind !== 'avoid')
    problems.add(`${where}, kind: must be "repeat" or "avoid", or left out.`);
  const tags = list(value.tags, `${where}, tag`, problems, (tag, at) => {
    const clean = typeof tag === 'string' ? cleanText(tag) : tag;
    if (!isText(clean, LIMITS.tag))
      problems.add(`${at}: must be text of ${LIMITS.tag} characters at most.`);
    return String(clean);
  });
  const lesson: Lesson = {
    id: String(value.id),
    text: text(value, 'text', MAX_LONG, where, problems),
    tags,
  };
  if (kind === 'repeat' || kind === 'avoid') lesson.kind = kind;
  return lesson;
}

/** Checks one piece of work from a file; returns a fresh object holding only the known fields. */
function checkWork(value: unknown, where: string, problems: Problems): Work {
  if (!isObject(value)) {
    problems.add(`${where}: must be a piece of work.`);
    return { id: '', name: '', description: '', createdAt: '', updatedAt: '' };
  }
  onlyKeys(value, ['id', 'name', 'description', 'createdAt', 'updatedAt'], where, problems);
  if (typeof value.id !== 'string' || !ID.test(value.id))
    problems.add(`${where}, id: not a valid id.`);
  checkTimes(value, where, named(where, value.name), problems);
  const name = text(value, 'name', MAX_SHORT, where, problems);
  if (typeof value.name === 'string' && !name.trim())
    problems.add(`${where}, name: must not be empty.`);
  return {
    id: String(value.id),
    name,
    description: text(value, 'description', MAX_LONG, where, problems),
    createdAt: String(value.createdAt),
    updatedAt: String(value.updatedAt),
  };
}

/** A record's createdAt and updatedAt: in the form the app writes, and real. */
function checkTimes(value: Obj, where: string, label: string, problems: Problems): void {
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const time = value[key];
    if (typeof time !== 'string' || !TIME.test(time))
      problems.add(`${where}, ${key}: must be a time such as 2026-11-23T09:30:00.000Z.`);
    else if (problems.fromFile ? !isTime(time) : Number.isNaN(Date.parse(time)))
      problems.add(
        `${label}: the time ${key === 'createdAt' ? 'made' : 'last changed'}, ${time}, is not a real time.`,
      );
  }
}

const SESSION_KEYS = [
  'id',
  'techniqueId',
  'workId',
  'title',
  'date',
  'facilitator',
  'participants',
  'headcount',
  'fields',
  'actions',
  'lessons',
  'dismissedWarnings',
  'createdAt',
  'updatedAt',
  'revision',
] as const;

/** Checks one session from a file; returns a fresh object holding only the known fields. */
function checkSession(value: unknown, where: string, problems: Problems): Session | undefined {
  if (!isObject(value)) {
    problems.add(`${where}: must be a session note.`);
    return undefined;
  }
  onlyKeys(value, SESSION_KEYS, where, problems);
  if (typeof value.id !== 'string' || !ID.test(value.id))
    problems.add(`${where}, id: not a valid id.`);
  if (
    typeof value.techniqueId !== 'string' ||
    value.techniqueId.length > 100 ||
    !KEBAB.test(value.techniqueId)
  ) {
    problems.add(`${where}, techniqueId: not a technique id.`);
  }
  if (
    value.workId !== undefined &&
    value.workId !== '' &&
    !(typeof value.workId === 'string' && ID.test(value.workId))
  ) {
    problems.add(`${where}, workId: not a valid id.`);
  }
  const label = named(where, value.title);
  if (!isDay(value.date)) problems.add(`${where}, date: must be a date such as 2026-11-23.`);
  else if (problems.fromFile && !isRealDay(value.date))
    problems.add(`${label}: the date ${value.date} is not a real date.`);
  checkTimes(value, where, label, problems);
  const { headcount, revision } = value;
  if (
    headcount !== null &&
    !(
      Number.isInteger(headcount) &&
      (headcount as number) >= 0 &&
      (headcount as number) <= 1_000_000
    )
  ) {
    problems.add(`${where}, headcount: must be a whole number, or empty.`);
  }
  if (!(Number.isInteger(revision) && (revision as number) >= 1 && (revision as number) <= 1e9)) {
    problems.add(`${where}, revision: must be a whole number from 1.`);
  }
  const fields: Record<string, string> = {};
  if (!isObject(value.fields)) problems.add(`${where}, fields: must be a set of named texts.`);
  else {
    const entries = Object.entries(value.fields);
    if (entries.length > 100) problems.add(`${where}, fields: more than 100 fields.`);
    for (const [key, v] of entries.slice(0, 100)) {
      if (key.length > 100 || !KEBAB.test(key))
        problems.add(`${where}, fields: "${key.slice(0, 40)}" is not a field name.`);
      else if (!isText(typeof v === 'string' ? cleanText(v) : v, MAX_LONG))
        problems.add(
          `${where}, field ${key}: must be text of ${MAX_LONG.toLocaleString('en-GB')} characters at most.`,
        );
      else fields[key] = cleanText(v as string);
    }
  }
  const { dismissedWarnings } = value;
  const dismissed =
    dismissedWarnings === undefined
      ? []
      : list(dismissedWarnings, `${where}, dismissed warning`, problems, (key, at) => {
          if (typeof key !== 'string' || !WARNING_KEY.test(key))
            problems.add(`${at}: not a dismissed warning.`);
          return String(key);
        });
  return {
    id: String(value.id),
    techniqueId: String(value.techniqueId),
    workId: typeof value.workId === 'string' ? value.workId : '',
    title: text(value, 'title', MAX_SHORT, where, problems),
    date: String(value.date),
    facilitator: text(value, 'facilitator', MAX_SHORT, where, problems),
    participants: text(value, 'participants', MAX_LONG, where, problems),
    headcount: headcount as number | null,
    fields,
    actions: list(value.actions, `${where}, action`, problems, (a, at) =>
      checkAction(a, at, problems, `${label}, ${at.slice(where.length + 2)}`),
    ),
    lessons: list(value.lessons, `${where}, lesson`, problems, (l, at) =>
      checkLesson(l, at, problems),
    ),
    ...(dismissed.length ? { dismissedWarnings: dismissed } : {}),
    createdAt: String(value.createdAt),
    updatedAt: String(value.updatedAt),
    revision: revision as number,
  };
}

/**
 * Throws when a session about to be stored is malformed: a bug must never write a record the app cannot
 * read back. The save path cuts over-long text first (limits.ts clampSession), so typing never hits this.
 */
export function assertSession(session: Session): void {
  const problems = new Problems();
  checkSession(session, 'Note', problems);
  if (problems.list.length)
    throw new TypeError(`Refusing to store a malformed note: ${problems.list.join(' ')}`);
}

const refuse = (...problems: string[]): BackupCheck => ({ ok: false, problems });

/** Reads a backup file's text. Every problem is reported in plain words; nothing is half-accepted. */
export function parseBackup(source: string): BackupCheck {
  if (source.length > MAX_BACKUP_CHARS) {
    return refuse(
      `The file is too large to be a Mobilise backup (the limit is ${MAX_BACKUP_CHARS / 1024 / 1024} MB).`,
    );
  }
  if (!source.trim()) return refuse('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return refuse(
      'The file is not a complete backup: it could not be read. It may have been cut short or changed.',
    );
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) {
    return refuse(
      'This file is not a Mobilise backup. Choose a file made with "Download a backup".',
    );
  }
  if (!Number.isInteger(data.version) || (data.version as number) < 1)
    return refuse('This backup has an unknown format version.');
  if ((data.version as number) > BACKUP_VERSION) {
    return refuse(
      `This backup was made by a newer version of Mobilise (format ${data.version}). Update Mobilise, then import it again.`,
    );
  }
  const problems = new Problems(true);
  onlyKeys(
    data,
    ['format', 'version', 'exportedAt', 'sessions', ...(data.version === 1 ? [] : ['works'])],
    'The file',
    problems,
  );
  if (!isTime(data.exportedAt)) problems.add('The file: the export time is missing or malformed.');
  if (!Array.isArray(data.sessions))
    return refuse(...problems.list, 'The file: the list of notes is missing.');
  if (data.sessions.length > MAX_SESSIONS)
    return refuse(`The file holds more than ${MAX_SESSIONS.toLocaleString('en-GB')} notes.`);
  const seen = new Set<string>();
  const sessions: Session[] = [];
  data.sessions.forEach((value, i) => {
    const session = checkSession(value, `Note ${i + 1}`, problems);
    if (!session) return;
    if (seen.has(session.id)) problems.add(`Note ${i + 1}: the same note appears twice.`);
    seen.add(session.id);
    sessions.push(session);
  });
  // Version 1 files have no pieces of work; in later ones the list may be empty but must be a list.
  const works: Work[] = [];
  if (data.works !== undefined || data.version !== 1) {
    const seenWorks = new Set<string>();
    list(data.works, 'Piece of work', problems, (w, at) => checkWork(w, at, problems)).forEach(
      (work, i) => {
        if (seenWorks.has(work.id))
          problems.add(`Piece of work ${i + 1}: the same piece of work appears twice.`);
        seenWorks.add(work.id);
        works.push(work);
      },
    );
  }
  if (problems.list.length) {
    const shown = problems.list.slice(0, MAX_PROBLEMS);
    const more = problems.list.length - shown.length;
    return refuse(
      ...shown,
      ...(more ? [`…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`] : []),
    );
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: data.exportedAt as string,
      sessions,
      works,
    },
  };
}
