/**
 * Ranks every technique against the answers. Pure: the technique cards and the question data are
 * all it knows (no technique is named here).
 *
 * Score = for each answered question, its weight × how well the technique fits the answer (0 to 1),
 * plus a small "ready to use" tie-break (at most 0.3, a fifth of the lightest question's weight) that
 * prefers techniques that are easy to run, need no notice and work in any setting. So with every
 * answer "Not sure", the suggestion is the safest general choice.
 *
 * Reasons always start from one of the person's answers; what the technique is like otherwise is a
 * fact (`facts`), not a reason.
 */
import type { TechniqueCard, Variant } from '../content/types';
import type { Answers } from './answers';
import {
  describePeople,
  fitOf,
  formatDurationRange,
  isOutsideRange,
  reasonFor,
  shortfallFor,
  variantFitOf,
} from './fit';
import {
  getOption,
  QUESTIONS,
  type Criterion,
  type Option,
  type Question,
  type QuestionId,
} from './questions';

export interface Reason {
  /** The answer the reason rests on. */
  question: QuestionId;
  text: string;
}

export interface Ranked {
  technique: TechniqueCard;
  score: number;
  /** Why to choose it: each line names one of the person's answers. */
  reasons: readonly Reason[];
  /** One line on why it is not the first choice, naming the answer that rules it out; empty for the first. */
  whyNot: string;
}

export interface Answered {
  question: Question;
  option: Option;
}

const PRIOR_WEIGHT = 0.1;
/** The most the tie-break can add: a lead larger than this comes from the answers. */
export const MAX_READINESS = 3 * PRIOR_WEIGHT;
/** Suggestions after the first are shown only within this many points of it (half a match on what you want). */
export const WORTH_READING = 5;
const EASE = { easy: 1, moderate: 0.5, skilled: 0 } as const;

/** The answered questions whose answer says something ("Not sure" says nothing), in question order. */
export function answeredOptions(answers: Answers): Answered[] {
  const out: Answered[] = [];
  for (const question of QUESTIONS) {
    const id = answers[question.id];
    const option = id ? getOption(question, id) : undefined;
    if (option?.criterion) out.push({ question, option });
  }
  return out;
}

function notice(t: TechniqueCard): number {
  return t.leadTimeDays.min === 0 ? 1 : t.leadTimeDays.min <= 3 ? 0.5 : 0;
}

function flexibility(t: TechniqueCard): number {
  return Object.values(t.settings).filter((s) => s === 'good').length / 3;
}

/** The tie-break: how ready to use a technique is, whatever the situation. */
export function readiness(t: TechniqueCard): number {
  return PRIOR_WEIGHT * (EASE[t.difficulty] + notice(t) + flexibility(t));
}

/** A technique's score for these answers (the fast path: no wording). */
export function scoreOf(t: TechniqueCard, answered: readonly Answered[]): number {
  let score = readiness(t);
  for (const { question, option } of answered)
    score += question.weight * fitOf(option.criterion!, t);
  return score;
}

export interface Scored {
  technique: TechniqueCard;
  score: number;
}

/**
 * Higher score first; equal scores in a fixed order, so the same answers always give the same result.
 * Scores within a rounding error of each other count as equal, whatever order they were added up in.
 */
export function byScore(a: Scored, b: Scored): number {
  const diff = b.score - a.score;
  if (Math.abs(diff) > 1e-9) return diff;
  return a.technique.id < b.technique.id ? -1 : a.technique.id > b.technique.id ? 1 : 0;
}

/** Every technique with its score, best first (no wording; used to look ahead). */
export function scoreTechniques(techniques: readonly TechniqueCard[], answers: Answers): Scored[] {
  const answered = answeredOptions(answers);
  return techniques
    .map((technique) => ({ technique, score: scoreOf(technique, answered) }))
    .sort(byScore);
}

/** What the technique is like, whatever the answers: shown as facts, never as reasons. */
export function factsAbout(t: TechniqueCard): string[] {
  const where = (['inPerson', 'online', 'hybrid'] as const).filter((s) => t.settings[s] === 'good');
  const words = { inPerson: 'in person', online: 'online', hybrid: 'hybrid' };
  return [
    describePeople(t).replace(/^./, (c) => c.toUpperCase()),
    formatDurationRange(t.duration),
    {
      easy: 'easy to run',
      moderate: 'needs some facilitation practice',
      skilled: 'needs a skilled facilitator',
    }[t.difficulty],
    t.leadTimeDays.min === 0 ? 'can run today' : `needs ${t.leadTimeDays.min}+ days' notice`,
    where.length === 3
      ? 'works in person, online or hybrid'
      : `works best ${where.map((s) => words[s]).join(' or ')}`,
  ];
}

function reasonsFor(t: TechniqueCard, answered: readonly Answered[]): Reason[] {
  const reasons: Reason[] = [];
  for (const { question, option } of answered) {
    const text = reasonFor(option, t, fitOf(option.criterion!, t));
    if (text) reasons.push({ question: question.id, text });
  }
  return reasons;
}

function whyNotFor(t: TechniqueCard, top: TechniqueCard, answered: readonly Answered[]): string {
  let worst: Answered | undefined;
  let worstLoss = 1e-9;
  for (const a of answered) {
    const loss =
      a.question.weight * (fitOf(a.option.criterion!, top) - fitOf(a.option.criterion!, t));
    if (loss > worstLoss) [worst, worstLoss] = [a, loss];
  }
  if (worst)
    return `${worst.option.said}, but ${shortfallFor(worst.option.criterion!, t, worst.question.options)}`;
  if (EASE[t.difficulty] < EASE[top.difficulty])
    return `Fits your answers as well, but needs a more practised facilitator than ${top.title}`;
  if (t.leadTimeDays.min > top.leadTimeDays.min)
    return `Fits your answers as well, but needs more notice than ${top.title}`;
  if (flexibility(t) < flexibility(top))
    return `Fits your answers as well, but suits fewer settings than ${top.title}`;
  return 'Fits your answers just as well: a close alternative';
}

/** Every technique, best first, with its score, reasons and (after the first) one line on why not. */
export function rankTechniques(techniques: readonly TechniqueCard[], answers: Answers): Ranked[] {
  const answered = answeredOptions(answers);
  const scored = techniques
    .map((technique) => ({ technique, score: scoreOf(technique, answered) }))
    .sort(byScore);
  const top = scored[0]?.technique;
  return scored.map(({ technique, score }, i) => ({
    technique,
    score,
    reasons: reasonsFor(technique, answered),
    whyNot: i === 0 ? '' : whyNotFor(technique, top, answered),
  }));
}

/** The suggestions after the first that fit well enough to be worth reading (at most two). */
export function worthReading(ranked: readonly Ranked[]): Ranked[] {
  const [top, ...rest] = ranked;
  return top ? rest.slice(0, 2).filter((r) => r.score >= top.score - WORTH_READING) : [];
}

/** How to run the first suggestion for the stated constraints. */
export interface Advice {
  /** Plain statements of each constraint outside the technique's usual range. */
  outside: readonly Reason[];
  /** The variant that matches the constraints, if any. */
  variant?: Variant;
  /** Where no variant covers a constraint outside the range: a technique that suits it better, and why. */
  instead?: { technique: TechniqueCard; text: string };
}

const CONSTRAINTS: readonly QuestionId[] = ['people', 'time', 'setting', 'format'];

/** Whether a variant is made for the answer (its range overlaps the answer's); undefined when it names nothing about it. */
function variantMeets(c: Criterion, v: Variant): boolean | undefined {
  const { suits } = v;
  if (c.kind === 'minutes')
    return suits.duration && suits.duration.min <= c.max && suits.duration.max >= c.min;
  const fit = variantFitOf(c, v);
  return fit === undefined ? undefined : fit > 0;
}

/** The variant of `t` that suits the answered constraints: none contradicted, most met, and all it must cover. */
function matchingVariant(
  t: TechniqueCard,
  constraints: readonly Answered[],
  outside: readonly Answered[],
): Variant | undefined {
  let best: Variant | undefined;
  let bestMet = 0;
  for (const v of t.variants ?? []) {
    let met = 0;
    let contradicted = false;
    for (const { option } of constraints) {
      const meets = variantMeets(option.criterion!, v);
      if (meets === undefined) continue;
      if (meets) met += 1;
      else contradicted = true;
    }
    const covers = outside.every(({ option }) => variantMeets(option.criterion!, v));
    if (!contradicted && covers && met > bestMet) [best, bestMet] = [v, met];
  }
  return best;
}

function outsideLine(t: TechniqueCard, { question, option }: Answered): string {
  const c = option.criterion!;
  const usual =
    c.kind === 'people'
      ? `${t.title} is usually for ${describePeople(t)}`
      : c.kind === 'minutes'
        ? `${t.title} usually takes ${formatDurationRange(t.duration)}`
        : `${t.title} ${shortfallFor(c, t, question.options).replace(/^it /, '')}`;
  return `${option.said}: that is outside the usual range, as ${usual}.`;
}

/** What the result says about running the first suggestion in the person's situation. */
export function adviceFor(ranked: readonly Scored[], answers: Answers): Advice {
  const top = ranked[0]?.technique;
  if (!top) return { outside: [] };
  const constraints = answeredOptions(answers).filter((a) => CONSTRAINTS.includes(a.question.id));
  const outsideAnswers = constraints.filter((a) => isOutsideRange(a.option.criterion!, top));
  const outside = outsideAnswers.map((a) => ({
    question: a.question.id,
    text: outsideLine(top, a),
  }));
  const variant = matchingVariant(top, constraints, outsideAnswers);
  if (variant || outsideAnswers.length === 0) return { outside, variant };
  const first = outsideAnswers[0];
  const other = ranked
    .slice(1)
    .find((r) => !isOutsideRange(first.option.criterion!, r.technique))?.technique;
  if (!other) return { outside };
  return {
    outside,
    instead: {
      technique: other,
      text: `${first.option.said}: ${other.title} suits that better (${factsAbout(other).slice(0, 2).join(', ').toLowerCase()}).`,
    },
  };
}

/** A short key for the advice, so the look-ahead can tell whether an answer would change it. */
export function adviceKey(ranked: readonly Scored[], answers: Answers): string {
  const a = adviceFor(ranked, answers);
  return `${a.variant?.id ?? ''}|${a.outside.map((o) => o.question).join(',')}|${a.instead?.technique.id ?? ''}`;
}
