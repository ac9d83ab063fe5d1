/**
 * The patient-identifier guard: finds text that looks like a patient detail (an NHS number, a date of
 * birth, a postcode, a phone number, an email address or a title and surname), so the note can warn as
 * the person types. It runs on the device only and never changes or blocks what is typed. Pure: no DOM.
 *
 * Each pattern leans towards silence where ordinary session notes use the same shapes: ward and bed
 * numbers, times, years, durations and long digit runs are not flagged (see tests/privacy).
 */

export type IdentifierKind =
  'nhs-number' | 'date-of-birth' | 'postcode' | 'phone' | 'email' | 'name';

export interface Finding {
  kind: IdentifierKind;
  /** The text as typed. */
  text: string;
  /** Where it starts in the text checked. */
  index: number;
  /** A plain message for the person. */
  message: string;
  /** Names this piece of text for "It isn't" (see identifierKey). */
  key: string;
}

export interface FindOptions {
  /** Leave out title-and-surname matches (for fields that hold staff names by design, such as the facilitator). */
  skipNames?: boolean;
  /** For the plausible-birth-date rule; defaults to now. */
  now?: Date;
}

const KEEP_OUT = 'Keep patient details out of session notes.';
const DESCRIBED: Record<IdentifierKind, string> = {
  'nhs-number': 'an NHS number',
  'date-of-birth': 'a date of birth',
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  name: "a person's title and name",
};

/** "an NHS number", for sentences such as "It isn't an NHS number". */
export const describeKind = (kind: IdentifierKind) => DESCRIBED[kind];

export function messageFor(kind: IdentifierKind): string {
  return kind === 'name'
    ? `This looks like ${DESCRIBED.name}. ${KEEP_OUT} Use roles, not names.`
    : `This looks like ${DESCRIBED[kind]}. ${KEEP_OUT}`;
}

/** The message with the text it is about: This looks like an NHS number (“943 476 5919”). Keep… */
export function messageWithText(f: Pick<Finding, 'kind' | 'text'>): string {
  const shown = f.text.length > 40 ? `${f.text.slice(0, 39)}…` : f.text;
  return messageFor(f.kind).replace(
    /^(This looks like [^.]+)\./,
    (_, start) => `${start} (“${shown}”).`,
  );
}

/** The Modulus 11 check on ten digits: weights 10 down to 2; a check digit of 10 is never issued. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  // Ten of one digit (0000000000, 5555555555) pass the sum but are never issued.
  if (!/^\d{10}$/.test(digits) || /^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint, so a dismissal list never holds the text itself. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The key an "It isn't" is stored under: the kind and a fingerprint of the text, normalised so the same
 * detail written with other spacing or case counts as the same text (943 476 5919 and 9434765919).
 */
export function identifierKey(kind: IdentifierKind, text: string): string {
  const normal =
    kind === 'nhs-number' || kind === 'phone'
      ? text.replace(/\D/g, '')
      : kind === 'postcode'
        ? text.replace(/\s/g, '').toUpperCase()
        : text.replace(/\s+/g, ' ').trim().toLowerCase();
  return `${kind}:${fingerprint(normal)}`;
}

// --- NHS numbers: ten digits, as 3-3-4 with spaces or hyphens or run together, never part of a longer run.
const NHS = /(?<!\d|\d-)\d{3}([ -]?)\d{3}\1\d{4}(?![\d]|-\d)/g;

// --- Dates of birth.
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** 12/03/1957, 12-3-57, 12.03.1957, 12 March 1957, 12th Mar 1957, March 12, 1957, 1957-03-12. */
const DATE = new RegExp(
  [
    String.raw`(?<d1>\d{1,2})(?<s>[/.-])(?<m1>\d{1,2})\k<s>(?<y1>\d{4}|\d{2})`,
    String.raw`(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>${MONTH_NAME})\.?,?\s+(?<y2>\d{4})`,
    String.raw`(?<m3>${MONTH_NAME})\.?\s+(?<d3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y3>\d{4})`,
    String.raw`(?<y4>\d{4})-(?<m4>\d{2})-(?<d4>\d{2})`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'gi',
);
const DOB_CUE =
  /(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth|\bbirth\s*date|\bborn(?:\s+on)?)\s*[:=–-]?\s*$/i;
/** A strong cue (DOB, date of birth) allows a two-digit year; "born" needs a full date. */
const STRONG_CUE = /d\.?\s?o\.?\s?b|birth/i;

function parsedDate(
  g: Record<string, string | undefined>,
): { y: number; m: number; d: number; twoDigitYear: boolean } | null {
  const day = g.d1 ?? g.d2 ?? g.d3 ?? g.d4;
  const year = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
  const monthText = g.m1 ?? g.m4;
  const monthName = g.m2 ?? g.m3;
  if (!day || !year) return null;
  const m = monthText
    ? Number(monthText)
    : MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
  const d = Number(day);
  const y = Number(year);
  if (m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(year.length === 2 ? 2000 : y, m, 0)).getUTCDate();
  if (d > days) return null;
  return { y, m, d, twoDigitYear: year.length === 2 };
}

function findDatesOfBirth(text: string, now: Date): Omit<Finding, 'message' | 'key'>[] {
  const found: Omit<Finding, 'message' | 'key'>[] = [];
  const thisYear = now.getFullYear();
  for (const match of text.matchAll(DATE)) {
    const index = match.index;
    const end = index + match[0].length;
    // Not part of a longer run of digits (a reference number, a phone number).
    if (/\d[/.-]?$/.test(text.slice(Math.max(0, index - 2), index))) continue;
    if (/^[/.-]?\d/.test(text.slice(end, end + 2))) continue;
    const date = parsedDate(match.groups ?? {});
    if (!date) continue;
    const before = text.slice(Math.max(0, index - 20), index);
    const cue = DOB_CUE.exec(before);
    const inPast = date.twoDigitYear || date.y <= thisYear;
    let isBirth = false;
    if (cue && inPast) isBirth = date.twoDigitYear ? STRONG_CUE.test(cue[0]) : date.y >= 1900;
    // With no cue, only a full date old enough to be an adult's birthday (session dates are recent).
    else if (!cue && !date.twoDigitYear) isBirth = date.y >= 1900 && date.y <= thisYear - 16;
    if (isBirth) found.push({ kind: 'date-of-birth', text: match[0], index });
  }
  return found;
}

// --- UK postcodes (outward code, optional space, inward code), such as SW1A 1AA, M1 1AE, ls1 4ap.
// A lower-case ordinal is not an inward code: "F2 2nd year" (B33 8TH, in capitals, is a postcode).
const POSTCODE =
  /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|[A-PR-UWYZ]\d[A-HJKPSTUW])\s?\d[ABD-HJLNP-UW-Z]{2}\b/gi;

// --- UK phone numbers: 0 or +44, then nine or ten more digits, in any usual grouping.
const PHONE = /(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s-]?\)?[\s-]?\d){8,9}(?!\d)/g;

// --- Email addresses.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// --- A title and a surname: Mr Smith, Mrs J. Patel, Dr Ann O'Neill, Prof. McDonald.
const NAME =
  /\b(?<title>Mrs|Mr|Ms|Miss|Mx|Dr|Prof(?:essor)?)\b\.?\s+(?:[A-Z]\.?\s+){0,2}(?<surname>[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+)(?:\s+(?<second>[A-Z][a-z]*(?:['’-]?[A-Z]?[a-z]+)+))?/g;
/** Capitalised words that follow these titles in headings and street names, not surnames. */
const NOT_SURNAMES = new Set(
  'The A An And Or Of Out On In It Is This That These Those We You They He She Our Your Their For To With Who What When Where Why How Not No Yes Team Ward Lane Road Street Avenue'
    .split(' ')
    .map((w) => w.toLowerCase()),
);

function findNames(text: string): Omit<Finding, 'message' | 'key'>[] {
  const found: Omit<Finding, 'message' | 'key'>[] = [];
  for (const match of text.matchAll(NAME)) {
    const { title, surname, second } = match.groups!;
    if (NOT_SURNAMES.has(surname.toLowerCase())) continue;
    // "Station Dr" is a street: a capitalised word just before Dr, other than at the start of a sentence.
    if (title === 'Dr') {
      const before = text.slice(0, match.index);
      const word = /(\S+)\s+$/.exec(before);
      const sentenceStart = !word || /(^|[.!?:\n]\s*)\S+\s+$/.test(before);
      if (word && /^[A-Z][a-z]/.test(word[1]) && !sentenceStart) continue;
    }
    const matched =
      second && NOT_SURNAMES.has(second.toLowerCase())
        ? match[0].slice(0, match[0].lastIndexOf(second)).trimEnd()
        : match[0];
    found.push({ kind: 'name', text: matched, index: match.index });
  }
  return found;
}

function matches(kind: IdentifierKind, pattern: RegExp, text: string, keep = (_m: string) => true) {
  return [...text.matchAll(pattern)]
    .filter((m) => keep(m[0]))
    .map((m) => ({ kind, text: m[0], index: m.index }));
}

/** A national UK number: 10 or 11 digits from 01, 02, 03, 05, 07 or 08 (so not 00 or 09… runs). */
function isUkPhone(typed: string): boolean {
  const digits = typed.replace(/\D/g, '');
  const national = typed.trim().startsWith('+') ? `0${digits.slice(2).replace(/^0/, '')}` : digits;
  return /^0[1235780]\d{8,9}$/.test(national);
}

/** Everything in the text that looks like a patient detail, in the order it appears; none overlap. */
export function findIdentifiers(text: string, options: FindOptions = {}): Finding[] {
  if (!text || !/[\d@]|Mr|Ms|Dr|Pro|Mx|Miss/.test(text)) return [];
  const now = options.now ?? new Date();
  // In order of precedence: where two overlap, the earlier kind wins.
  const candidates = [
    ...matches('email', EMAIL, text),
    ...matches('nhs-number', NHS, text, isValidNhsNumber),
    ...findDatesOfBirth(text, now),
    ...matches('phone', PHONE, text, isUkPhone),
    ...matches('postcode', POSTCODE, text, (m) => !/\d(st|nd|rd|th)$/.test(m)),
    ...(options.skipNames ? [] : findNames(text)),
  ];
  const taken = new Uint8Array(text.length);
  const kept: Finding[] = [];
  for (const c of candidates) {
    const end = c.index + c.text.length;
    if (taken.subarray(c.index, end).includes(1)) continue;
    taken.fill(1, c.index, end);
    kept.push({ ...c, message: messageFor(c.kind), key: identifierKey(c.kind, c.text) });
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** The findings the person has not said "It isn't" to, once each. */
export function undismissed(
  findings: readonly Finding[],
  dismissed: readonly string[] = [],
): Finding[] {
  const seen = new Set(dismissed);
  return findings.filter((f) => !seen.has(f.key) && (seen.add(f.key), true));
}
