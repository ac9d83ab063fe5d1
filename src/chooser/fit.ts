/**
 * How well one technique meets one answer (a number from 0 to about 1), and the plain-English line
 * that explains it either way. Pure: only the technique's attributes and the question data.
 */
import type { TechniqueCard } from '../content/types';
import type { Criterion, Option, Question, Setting } from './questions';

const SETTING_VALUE = { good: 1, possible: 0.5, poor: 0 } as const;
/** A related purpose serves a neighbouring need: worth a mention, far from a match. */
export const RELATED_PURPOSE_FIT = 0.4;
/** A fit at or above this reads as a reason to choose the technique. */
export const REASON_FIT = 0.75;

/** The people a technique can involve in all (pairs over coffee: any number; a meeting: its size). */
export function peopleRange(t: TechniqueCard): { min: number; max: number } {
  return t.peopleInAll ?? t.groupSize;
}

function settingValue(t: TechniqueCard, setting: Setting): number {
  return SETTING_VALUE[t.settings[setting]];
}

/** How well `t` meets the criterion: 1 is a full match, 0 none. */
export function fitOf(criterion: Criterion, t: TechniqueCard): number {
  switch (criterion.kind) {
    case 'purpose':
      if (t.purposes.includes(criterion.purpose)) return 1;
      return criterion.related.some((p) => t.purposes.includes(p)) ? RELATED_PURPOSE_FIT : 0;
    case 'stage':
      return t.workStages.includes(criterion.stage) ? 1 : 0;
    case 'knowledge':
      return t.knowledgeFrom.includes(criterion.from) ? 1 : 0;
    case 'people': {
      // The share of the answer's range the technique can take.
      const { min, max } = peopleRange(t);
      const overlap = Math.min(max, criterion.max) - Math.max(min, criterion.min) + 1;
      return Math.max(0, overlap) / (criterion.max - criterion.min + 1);
    }
    case 'minutes': {
      const { min, max } = t.duration;
      if (min > criterion.max) return 0; // it needs more time than there is
      if (max < criterion.min) return 0.25; // it fits, with time to spare
      // A session of that length is typical for it, or at the edge of what it takes.
      const typical = (criterion.min + criterion.max) / 2;
      return typical >= min && typical <= max ? 1 : 0.5;
    }
    case 'setting': {
      // Meeting in person (say) gives a small edge to techniques made for the room over those that work anywhere.
      const all = (['inPerson', 'online', 'hybrid'] as const).map((s) => settingValue(t, s));
      const value = settingValue(t, criterion.setting);
      return value + 0.25 * (value - all.reduce((a, b) => a + b, 0) / all.length);
    }
  }
}

const count = (n: number) => n.toLocaleString('en-GB');

export function formatPeople({ min, max }: { min: number; max: number }): string {
  return min === max ? `${count(min)} people` : `${count(min)} to ${count(max)} people`;
}

/** "45 minutes", "2 hours", "8 hours": durations as a facilitator says them. */
export function formatDuration(minutes: number): string {
  if (minutes < 90) return `${minutes} minutes`;
  const hours = Number((minutes / 60).toFixed(1));
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

function formatDurationRange({ min, max }: { min: number; max: number }): string {
  if (min === max) return formatDuration(min);
  if (max < 90) return `${min} to ${max} minutes`;
  if (min >= 60) return `${Number((min / 60).toFixed(1))} to ${formatDuration(max)}`;
  return `${formatDuration(min)} to ${formatDuration(max)}`;
}

/** Fits "4 to 12 people", with the size of one meeting where people meet in smaller groups. */
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

/** A reason to choose `t` for this answer, or undefined when the answer is no reason for it. */
export function reasonFor(option: Option, t: TechniqueCard, fit: number): string | undefined {
  const c = option.criterion;
  if (!c) return undefined;
  if (c.kind === 'purpose' && fit > 0 && fit < REASON_FIT)
    return `Can also help with ${option.describes}`;
  if (c.kind === 'minutes' && t.duration.max < c.min)
    return `Short: ${formatDurationRange(t.duration)}`;
  if (fit < REASON_FIT) return undefined;
  switch (c.kind) {
    case 'people':
      return `Fits ${describePeople(t)}`;
    case 'minutes':
      return `Fits ${option.reason}`;
    case 'setting':
      return c.setting === 'inPerson' && isBestInPerson(t) ? 'Works best in person' : option.reason;
    default:
      return option.reason;
  }
}

/**
 * One line on why `t` falls short on this answer, drawn from the technique's own attributes.
 * `vocabulary` gives the wording for attribute values (the options of the same question).
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
      return `Made for ${list(
        describe((o) => o.kind === 'purpose' && t.purposes.includes(o.purpose)),
        'and',
      )}`;
    case 'stage':
      return `Used ${list(
        describe((o) => o.kind === 'stage' && t.workStages.includes(o.stage)),
        'or',
      )}`;
    case 'knowledge':
      return `Draws on ${list(
        describe((o) => o.kind === 'knowledge' && t.knowledgeFrom.includes(o.from)),
        'or',
      )}`;
    case 'people': {
      const range = peopleRange(t);
      if (range.min > c.max)
        return `Needs at least ${formatPeople({ min: range.min, max: range.min })}`;
      return `Made for ${describePeople(t)}`;
    }
    case 'minutes':
      if (t.duration.min > c.max) return `Takes at least ${formatDuration(t.duration.min)}`;
      if (t.duration.max < c.min) return `Takes only ${formatDurationRange(t.duration)}`;
      return `Usually takes ${formatDurationRange(t.duration)}`;
    case 'setting': {
      const where = vocabulary.find(
        (o) => o.criterion?.kind === 'setting' && o.criterion.setting === c.setting,
      )?.describes;
      const fit = t.settings[c.setting];
      return fit === 'poor'
        ? `Works poorly ${where}`
        : fit === 'possible'
          ? `Harder to run ${where}`
          : `Works ${where}, though others suit that better`;
    }
  }
}

/** What `t` is like on a stage, knowledge or purpose question, in the question's words ("Used just after the work ends"). */
export function describeOn(question: Question, t: TechniqueCard): string {
  const criterion = question.options.find((o) => o.criterion)!.criterion!;
  return shortfallFor(criterion, t, question.options);
}
