/**
 * A knowledge asset: what one piece of work (or a chosen set of lessons) taught, written for the next
 * team: context, what to repeat, what to avoid, who to ask, and what is still open. Pure.
 *
 * "Who to ask" lists roles (from fields such as the AAR's "Who took part", and each session's
 * facilitator as a role); people's names, and the names of action owners, go in only when asked for
 * (`includeNames`), since the notes' own guidance is "roles, not names" and people move on.
 */
import { findIdentifiers } from '../privacy/identifiers';
import { NOT_THE_OFFICIAL_RECORD } from '../storage/record-notice';
import { escapeMarkdown, markdownLines as lines } from '../storage/markdown';
import { formatDay } from '../storage/dates';
import type { Session } from '../storage/session-record';
import type { Work } from '../storage/work';
import { lessonRows, type LessonRow } from './library';
import { openActions } from './open-actions';

/** Note fields that state what a session set out to do, in the order tried (read from the data, whatever the technique). */
const INTENT_FIELDS = ['intent', 'objectives', 'challenge', 'question'];
/** Note fields that hold roles, not names (such as the AAR's roles-present). */
const ROLE_FIELD = /(^|-)roles?(-|$)/;

export interface AssetSource {
  sessionId: string;
  title: string;
  technique: string;
  date: string;
}

export interface AssetLesson {
  id: string;
  text: string;
  tags: string[];
  source: AssetSource;
}

export interface KnowledgeAsset {
  title: string;
  works: { name: string; description: string }[];
  /** First and last session dates (YYYY-MM-DD), or '' when there are no sessions. */
  from: string;
  to: string;
  /** Techniques used, in the order first used, each with the dates it was used. */
  techniques: { title: string; dates: string[] }[];
  intents: { text: string; source: AssetSource }[];
  repeat: AssetLesson[];
  avoid: AssetLesson[];
  other: AssetLesson[];
  /** Roles to ask, such as "Pharmacist" or "Facilitator: Retrospect, 20 November 2026". */
  roles: string[];
  /** People's names: empty unless `includeNames` was asked for. */
  people: string[];
  /** True when the notes name people who were left out (so the page can offer to include them). */
  namesLeftOut: boolean;
  /** An owner is given only with `includeNames`. */
  actions: { what: string; owner: string; due: string; source: AssetSource }[];
}

export interface AssetOptions {
  techniqueTitle: (id: string) => string;
  /** YYYY-MM-DD, to say which actions are still open. */
  today: string;
  /** Names of facilitators, participants and action owners too (off unless the person ticks it). */
  includeNames?: boolean;
}

/** "Nurses (band 5 and 6), F2 doctor; pharmacist" → each role, split at commas, semicolons and lines outside brackets. */
function roleList(text: string): string[] {
  const roles: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of `${text}\n`) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && /[,;\n]/.test(ch)) {
      const role = current
        .trim()
        .replace(/^and\s+/i, '')
        .replace(/[.]$/, '');
      // A title and surname typed here is a name, not a role.
      if (role && !findIdentifiers(role).some((f) => f.kind === 'name')) roles.push(role);
      current = '';
    } else current += ch;
  }
  return roles;
}

/** Adds each entry once (case and spacing ignored), keeping the first spelling. */
function addOnce(into: Map<string, string>, entries: string[]) {
  for (const entry of entries) {
    const key = entry.toLowerCase().replace(/\s+/g, ' ');
    if (entry && !into.has(key)) into.set(key, entry);
  }
}

function build(
  title: string,
  works: readonly Work[],
  sessions: readonly Session[],
  rows: readonly LessonRow[],
  { techniqueTitle, today, includeNames = false }: AssetOptions,
): KnowledgeAsset {
  const ordered = [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const source = (s: Pick<Session, 'id' | 'title' | 'techniqueId' | 'date'>): AssetSource => ({
    sessionId: s.id,
    title: s.title,
    technique: techniqueTitle(s.techniqueId),
    date: s.date,
  });
  const techniques = new Map<string, string[]>();
  for (const s of ordered) {
    const dates = techniques.get(s.techniqueId) ?? [];
    if (!dates.includes(s.date)) dates.push(s.date);
    techniques.set(s.techniqueId, dates);
  }
  const intents = ordered.flatMap((s) => {
    const text = INTENT_FIELDS.map((id) => s.fields[id]?.trim() ?? '').find(Boolean);
    return text ? [{ text, source: source(s) }] : [];
  });
  const roles = new Map<string, string>();
  const people = new Map<string, string>();
  for (const s of ordered) {
    addOnce(
      roles,
      Object.entries(s.fields)
        .filter(([id]) => ROLE_FIELD.test(id))
        .flatMap(([, text]) => roleList(text)),
    );
    if (s.facilitator.trim()) addOnce(roles, [`Facilitator: ${sourceText(source(s))}`]);
    addOnce(people, [
      s.facilitator.trim(),
      ...s.actions.filter((a) => a.what.trim()).map((a) => a.owner.trim()),
      ...lines(s.participants),
    ]);
  }
  const open = openActions(ordered, works, today);
  const lesson = (r: LessonRow): AssetLesson => ({
    id: r.lesson.id,
    text: r.lesson.text.trim(),
    tags: r.lesson.tags,
    source: source(r.session),
  });
  return {
    title,
    works: works.map((w) => ({ name: w.name, description: w.description.trim() })),
    from: ordered[0]?.date ?? '',
    to: ordered[ordered.length - 1]?.date ?? '',
    techniques: [...techniques].map(([id, dates]) => ({ title: techniqueTitle(id), dates })),
    intents,
    repeat: rows.filter((r) => r.lesson.kind === 'repeat').map(lesson),
    avoid: rows.filter((r) => r.lesson.kind === 'avoid').map(lesson),
    other: rows.filter((r) => !r.lesson.kind).map(lesson),
    roles: [...roles.values()],
    people: includeNames ? [...people.values()] : [],
    namesLeftOut: !includeNames && people.size > 0,
    actions: open.map((r) => ({
      what: r.action.what.trim(),
      owner: includeNames ? r.action.owner.trim() : '',
      due: r.action.due,
      source: source(r.session),
    })),
  };
}

/** The asset for a whole piece of work, from its sessions (which may be in any order). */
export function assetFromWork(
  work: Work,
  sessions: readonly Session[],
  options: AssetOptions,
): KnowledgeAsset {
  const mine = sessions.filter((s) => s.workId === work.id);
  return build(`Lessons from ${work.name}`, [work], mine, lessonRows(mine, [work]), options);
}

/** The asset for chosen lessons (by id, from any notes): its context comes from the notes they are in. */
export function assetFromLessons(
  lessonIds: readonly string[],
  sessions: readonly Session[],
  works: readonly Work[],
  options: AssetOptions,
): KnowledgeAsset {
  const wanted = new Set(lessonIds);
  const rows = lessonRows(sessions, works).filter((r) => wanted.has(r.lesson.id));
  const sourceIds = new Set(rows.map((r) => r.session.id));
  const mine = sessions.filter((s) => sourceIds.has(s.id));
  const workIds = new Set(mine.map((s) => s.workId).filter(Boolean));
  const myWorks = works.filter((w) => workIds.has(w.id));
  const title =
    myWorks.length === 1
      ? `Lessons from ${myWorks[0].name}`
      : `${rows.length} chosen lesson${rows.length === 1 ? '' : 's'}`;
  return build(title, myWorks, mine, rows, options);
}

/** True when the asset has no lessons in any section. */
export const hasLessons = (a: KnowledgeAsset) =>
  a.repeat.length + a.avoid.length + a.other.length > 0;

/** "After Action Review, 20 November 2026" */
export const sourceText = (s: AssetSource) => `${s.technique}, ${formatDay(s.date)}`;

const md = (text: string) => lines(text).map(escapeMarkdown).join(' ');

function lessonLine(l: AssetLesson): string {
  const tags = l.tags.length ? ` (tags: ${l.tags.map(escapeMarkdown).join(', ')})` : '';
  return `- ${md(l.text)}${tags} *(from ${escapeMarkdown(sourceText(l.source))})*`;
}

/** The asset as Markdown; everything typed is escaped so it reads as typed. */
export function assetToMarkdown(a: KnowledgeAsset): string {
  const out: string[] = [`# ${md(a.title)}`, '', '## Context', ''];
  for (const w of a.works) {
    out.push(`**Piece of work:** ${md(w.name)}`, '');
    if (w.description) out.push(lines(w.description).map(escapeMarkdown).join('\\\n'), '');
  }
  if (a.from)
    out.push(
      `**Dates covered:** ${a.from === a.to ? formatDay(a.from) : `${formatDay(a.from)} to ${formatDay(a.to)}`}`,
      '',
    );
  if (a.techniques.length) {
    out.push(
      '**Techniques used:**',
      '',
      ...a.techniques.map(
        (t) => `- ${escapeMarkdown(t.title)}: ${t.dates.map(formatDay).join(', ')}`,
      ),
      '',
    );
  }
  if (a.intents.length) {
    out.push(
      '**What the work set out to do:**',
      '',
      ...a.intents.map((i) => `- ${md(i.text)} *(${escapeMarkdown(sourceText(i.source))})*`),
      '',
    );
  }
  const sections: [string, AssetLesson[]][] = [
    ['What to repeat', a.repeat],
    ['What to avoid', a.avoid],
    ['Other lessons', a.other],
  ];
  if (!hasLessons(a)) out.push('## Lessons', '', 'No lessons have been recorded yet.', '');
  for (const [heading, list] of sections)
    if (list.length) out.push(`## ${heading}`, '', ...list.map(lessonLine), '');
  out.push('## Who to ask', '');
  if (a.roles.length) out.push(...a.roles.map((r) => `- ${md(r)}`), '');
  else out.push(`${whoToAskEmpty(a)}`, '');
  if (a.people.length)
    out.push('**People named in these notes:**', '', ...a.people.map((p) => `- ${md(p)}`), '');
  out.push('## Actions still open', '');
  if (!a.actions.length) out.push('None: every action in these notes is done.', '');
  for (const act of a.actions) {
    const who = [act.owner && escapeMarkdown(act.owner), act.due && `due ${formatDay(act.due)}`]
      .filter(Boolean)
      .join(', ');
    out.push(
      `- [ ] ${md(act.what)}${who ? ` (${who})` : ''} *(from ${escapeMarkdown(sourceText(act.source))})*`,
    );
  }
  out.push('', `*${NOT_THE_OFFICIAL_RECORD}*`);
  return `${out.join('\n').trimEnd()}\n`;
}

/** What "Who to ask" says when no roles were recorded. */
export function whoToAskEmpty(a: KnowledgeAsset): string {
  return a.people.length
    ? 'No roles were recorded in these notes.'
    : a.namesLeftOut
      ? "No roles were recorded in these notes. People's names are left out."
      : 'No roles or names were recorded in these notes.';
}

/** A file name for the asset's Markdown: letters, digits and hyphens. */
export function assetFileName(a: KnowledgeAsset): string {
  const base = a.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'knowledge-asset'}.md`;
}
