/**
 * How well one technique meets one answer (a number from 0 to about 1), and the plain-English line
 * that explains it either way. Pure: only the technique's attributes (with its variants) and the
 * question data.
 */
import type { TechniqueCard, Variant } from '../content/types';
import type { Criterion, Option, Setting } from './questions';

const SETTING_VALUE = { good: 1, possible: 0.5, poor: 0 } as const;
/** A related purpose serves a neighbouring need: worth a mention, far from a match. */
export const RELATED_PURPOSE_FIT = 0.4;
/** A fit at or above this reads as a reason to choose the technique. */
export const REASON_FIT = 0.75;
/** A variant meets a constraint nearly as well as the usual form: it asks a little more of the organiser. */
export const VARIANT_FIT = 0.9;
/** A format no variant names: the technique can be shaped that way, but is not made for it. */
const UNNAMED_FORMAT_FIT = 0.5;

/** The people a technique can involve in all (pairs over coffee: any number; a meeting: its size). */
export function peopleRange(t: TechniqueCard): { min: number; max: number } {
  return t.peopleInAll ?? t.groupSize;
}

type Range = { min: number; max: number };

function peopleFit(range: Range, c: Range): number {
  // The share of the answer's range the technique can take.
  const overlap = Math.min(range.max, c.max) - Math.max(range.min, c.min) + 1;
  return Math.max(0, overlap) / (c.max - c.min + 1);
}

function minutesFit(duration: Range, c: Range): number {
  if (duration.min > c.max) return 0; // it needs more time than there is
  if (duration.max < c.min) return 0.25; // it fits, with time to spare
  // A session of that length is typical for it, or at the edge of what it takes.
  const typical = (c.min + c.max) / 2;
  return typical >= duration.min && typical <= duration.max ? 1 : 0.5;
}

function settingFit(t: TechniqueCard, setting: Setting): number {
  // Meeting in person (say) gives a small edge to techniques made for the room over those that work anywhere.
  const all: number[] = (['inPerson', 'online', 'hybrid'] as const).map(
    (s) => SETTING_VALUE[t.settings[s]],
  );
  const value = SETTING_VALUE[t.settings[setting]];
  return value + 0.25 * (value - all.reduce((a, b) => a + b, 0) / all.length);
}

/** How well the usual form of `t` meets the criterion: 1 is a full match, 0 none. */
export function baseFitOf(criterion: Criterion, t: TechniqueCard): number {
  switch (criterion.kind) {
    case 'purpose':
      if (t.purposes.includes(criterion.purpose)) return 1;
      return criterion.related.some((p) => t.purposes.includes(p)) ? RELATED_PURPOSE_FIT : 0;
    case 'stage':
      return t.workStages.includes(criterion.stage) ? 1 : 0;
    case 'knowledge':
      return criterion.from.some((f) => t.knowledgeFrom.includes(f)) ? 1 : 0;
    case 'people':
      return peopleFit(peopleRange(t), criterion);
    case 'minutes':
      return minutesFit(t.duration, criterion);
    case 'setting':
      return settingFit(t, criterion.setting);
    case 'format':
      return 0;
  }
}

/** How well one variant meets a constraint it names; undefined when it names nothing about it. */
export function variantFitOf(criterion: Criterion, v: Variant): number | undefined {
  const { suits } = v;
  switch (criterion.kind) {
    case 'people':
      return suits.groupSize && peopleFit(suits.groupSize, criterion);
    case 'minutes':
      return suits.duration && minutesFit(suits.duration, criterion);
    case 'setting':
      return suits.settings && (suits.settings.includes(criterion.setting) ? 1 : 0);
    case 'format':
      return suits.formats && (suits.formats.includes(criterion.format) ? 1 : 0);
    default:
      return undefined;
  }
}

/** How well `t`, in its usual form or one of its variants, meets the criterion. */
export function fitOf(criterion: Criterion, t: TechniqueCard): number {
  let fit = baseFitOf(criterion, t);
  if (criterion.kind === 'format') {
    const named = t.variants?.some((v) => variantFitOf(criterion, v) === 1);
    return named ? 1 : UNNAMED_FORMAT_FIT;
  }
  for (const v of t.variants ?? [])
    fit = Math.max(fit, VARIANT_FIT * (variantFitOf(criterion, v) ?? 0));
  return fit;
}

/** True when the usual form of `t` cannot meet this constraint: too few or too many people, too little time, a poor setting. */
export function isOutsideRange(criterion: Criterion, t: TechniqueCard): boolean {
  switch (criterion.kind) {
    case 'people':
      return peopleFit(peopleRange(t), criterion) === 0;
    case 'minutes':
      return t.duration.min > criterion.max;
    case 'setting':
      return t.settings[criterion.setting] === 'poor';
    default:
      return false;
  }
}

const count = (n: number) => n.toLocaleString('en-GB');

export function formatPeople({ min, max }: Range): string {
  return min === max ? `${count(min)} people` : `${count(min)} to ${count(max)} people`;
}

/** "45 minutes", "2 hours", "8 hours": durations as a facilitator says them. */
export function formatDuration(minutes: number): string {
  if (minutes < 90) return `${minutes} minutes`;
  const hours = Number((minutes / 60).toFixed(1));
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

export function formatDurationRange({ min, max }: Range): string {
  if (min === max) return formatDuration(min);
  if (max < 90) return `${min} to ${max} minutes`;
  if (min >= 60) return `${Number((min / 60).toFixed(1))} to ${formatDuration(max)}`;
  return `${formatDuration(min)} to ${formatDuration(max)}`;
}

/** "4 to 12 people", with the size of one meeting where people meet in smaller groups. */
export function describePeople(t: TechniqueCard): string {
  if (!t.peopleInAll) return formatPeople(t.groupSize);
  return `${formatPeople(t.peopleInAll)} in all, ${t.groupSize.min} to ${t.groupSize.max} at a time`;
}

/** Whether meeting in person suits `t` clearly better than meeting remotely. */
export function isBestInPerson(t: TechniqueCard): boolean {
  return (
    t.settings.inPerson === 'good' && (t.settings.online === 'poor' || t.settings.hybrid === 'poor')
  );
}

const WHERE: Record<Setting, string> = {
  inPerson: 'in person',
  online: 'online',
  hybrid: 'in a hybrid meeting',
};

/**
 * Why the answer is a reason to choose `t`, after the person's answer ("You have about an hour: it
 * fits that time"), or undefined when the answer is no reason for it.
 */
export function reasonFor(option: Option, t: TechniqueCard, fit: number): string | undefined {
  const c = option.criterion;
  if (!c || !option.said) return undefined;
  const because = (why: string) => `${option.said}: ${why}`;
  const base = baseFitOf(c, t);
  if (c.kind === 'purpose' && fit > 0 && fit < REASON_FIT)
    return because('it can help with that too');
  if (c.kind === 'minutes' && base === 0.25 && fit === base)
    return because(`it fits, with time to spare (${formatDurationRange(t.duration)})`);
  if (fit < REASON_FIT) return undefined;
  // Met by a variant rather than the usual form: say so, and the result offers the variant.
  if (fit > base && c.kind !== 'format') return because('it has a version adapted for that');
  switch (c.kind) {
    case 'purpose':
      return because('it is made for that');
    case 'stage':
      return because('it is made for that stage');
    case 'knowledge':
      return because('it draws on that');
    case 'people':
      return because(`it suits ${describePeople(t)}`);
    case 'minutes':
      return because(`it usually takes ${formatDurationRange(t.duration)}`);
    case 'setting':
      return because(
        c.setting === 'inPerson' && isBestInPerson(t)
          ? 'it works best in person'
          : `it works well ${WHERE[c.setting]}`,
      );
    case 'format':
      return because('it has a version made for that');
  }
}

/**
 * What `t` is like where it falls short on this answer, as the end of a sentence ("it is made for
 * 12 to 50 people"). `vocabulary` gives the wording for attribute values (the options of the same question).
 */
export function shortfallFor(
  c: Criterion,
  t: TechniqueCard,
  vocabulary: readonly Option[],
): string {
  const describe = (match: (o: Criterion) => boolean) =>
    vocabulary.filter((o) => o.criterion && match(o.criterion)).map((o) => o.describes);
  const list = (items: (string | undefined)[], last: string) =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
  switch (c.kind) {
    case 'purpose':
      return `it is made for ${list(
        describe((o) => o.kind === 'purpose' && t.purposes.includes(o.purpose)),
        'and',
      )}`;
    case 'stage':
      return `it is used ${list(
        describe((o) => o.kind === 'stage' && t.workStages.includes(o.stage)),
        'or',
      )}`;
    case 'knowledge':
      return `it draws on ${list(
        describe(
          (o) =>
            o.kind === 'knowledge' && o.from.length === 1 && t.knowledgeFrom.includes(o.from[0]),
        ),
        'or',
      )}`;
    case 'people': {
      const range = peopleRange(t);
      if (range.min > c.max)
        return `it needs at least ${formatPeople({ min: range.min, max: range.min })}`;
      return `it is made for ${describePeople(t)}`;
    }
    case 'minutes':
      if (t.duration.min > c.max) return `it takes at least ${formatDuration(t.duration.min)}`;
      if (t.duration.max < c.min) return `it takes only ${formatDurationRange(t.duration)}`;
      return `it usually takes ${formatDurationRange(t.duration)}`;
    case 'setting': {
      const where = WHERE[c.setting];
      const fit = t.settings[c.setting];
      return fit === 'poor'
        ? `it works poorly ${where}`
        : fit === 'possible'
          ? `it is harder to run ${where}`
          : `it works ${where}, though others suit that better`;
    }
    case 'format':
      return 'it has no version made for that';
  }
}
