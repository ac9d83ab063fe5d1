/**
 * Ranks every technique against the answers. Pure: the technique cards and the question data are
 * all it knows (no technique is named here).
 *
 * Score = for each answered question, its weight × how well the technique fits the answer (0 to 1),
 * plus a small "ready to use" tie-break (at most 0.3, a fifth of the lightest question's weight) that
 * prefers techniques that are easy to run, need no notice and work in any setting. So with every
 * answer "Not sure", the suggestion is the safest general choice, and it says why.
 */
import type { TechniqueCard } from '../content/types';
import type { Answers } from './answers';
import { describeOn, fitOf, REASON_FIT, reasonFor, shortfallFor } from './fit';
import { getOption, QUESTIONS, type Option, type Question } from './questions';

export interface Ranked {
  technique: TechniqueCard;
  score: number;
  /** Why to choose it, drawn from the answers (and, when they say little, from its own strengths). */
  reasons: readonly string[];
  /** One line on why it is not the first choice; empty for the first. */
  whyNot: string;
}

interface Answered {
  question: Question;
  option: Option;
}

const PRIOR_WEIGHT = 0.1;
/** The most the tie-break can add: a lead larger than this comes from the answers. */
export const MAX_READINESS = 3 * PRIOR_WEIGHT;
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

function strengths(t: TechniqueCard): string[] {
  const out: string[] = [];
  if (t.difficulty === 'easy') out.push('Easy to run, even the first time');
  if (t.leadTimeDays.min === 0) out.push('Can run today, with no notice');
  if (flexibility(t) === 1) out.push('Works in person, online or hybrid');
  return out;
}

function reasonsFor(t: TechniqueCard, answered: readonly Answered[]): string[] {
  const reasons: string[] = [];
  const peopleTime: Record<string, string | undefined> = {};
  for (const { question, option } of answered) {
    const fit = fitOf(option.criterion!, t);
    const reason = reasonFor(option, t, fit);
    if (!reason) continue;
    if ((question.id === 'people' || question.id === 'time') && fit >= REASON_FIT)
      peopleTime[question.id] = reason;
    else reasons.push(reason);
  }
  const { people, time } = peopleTime;
  // "Fits 4 to 12 people in about an hour" reads better than two lines.
  if (people && time && !t.peopleInAll) reasons.push(`${people} ${time.replace(/^Fits /, '')}`);
  else for (const reason of [people, time]) if (reason) reasons.push(reason);
  // When the answers say little, say what the technique is like, so every suggestion comes with reasons.
  for (const strength of strengths(t)) if (reasons.length < 2) reasons.push(strength);
  for (const question of QUESTIONS) {
    if (reasons.length >= 2) break;
    const describable = question.id === 'stage' || question.id === 'knowledge';
    if (describable && !answered.some((a) => a.question.id === question.id))
      reasons.push(describeOn(question, t));
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
  if (worst) return shortfallFor(worst.option.criterion!, t, worst.question.options);
  if (EASE[t.difficulty] < EASE[top.difficulty])
    return `Fits as well, but needs a more practised facilitator than ${top.title}`;
  if (t.leadTimeDays.min > top.leadTimeDays.min)
    return `Fits as well, but needs more notice than ${top.title}`;
  if (flexibility(t) < flexibility(top))
    return `Fits as well, but suits fewer settings than ${top.title}`;
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
