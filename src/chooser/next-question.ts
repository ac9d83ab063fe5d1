/**
 * The adaptive part: which question to ask next, and when to stop. Pure.
 *
 * - In contention: techniques scoring within CLEAR_LEAD of the leader.
 * - Clearly ahead: the leader leads every other technique by at least CLEAR_LEAD, the most that any
 *   one answer about people, time or setting can move. Nothing is then in contention, so we stop.
 * - A question is asked only if some answer to it would put a different technique first, for a
 *   reason drawn from the answers (by more than the tie-break can), and it is expected to rule out
 *   some contenders. Of those, we ask the one whose answers leave the fewest contenders on average.
 * - After two "Not sure" answers we stop and show the shortlist: more questions would only guess.
 */
import type { TechniqueCard } from '../content/types';
import { hasInformation, withAnswer, type Answers } from './answers';
import { fitOf } from './fit';
import { NOT_SURE, QUESTIONS, type Option, type Question } from './questions';
import { adviceKey, answeredOptions, MAX_READINESS, scoreOf, scoreTechniques } from './rank';

/** The lead that counts as clearly ahead (the weight of a people or time question). */
export const CLEAR_LEAD = 2;
/** After this many "Not sure" answers, the chooser shows its result. */
export const MAX_NOT_SURE = 2;
/** Scores closer than this are equal (they may have been added up in a different order). */
const EPSILON = 1e-9;

// Looking ahead scores every technique for every answer, many times over: each answer's points for
// each technique are worked out once per set of techniques, and the look-ahead adds numbers only.
const pointsCache = new WeakMap<readonly TechniqueCard[], Map<Option, Float64Array>>();

function pointsFor(
  techniques: readonly TechniqueCard[],
  question: Question,
  option: Option,
): Float64Array {
  let table = pointsCache.get(techniques);
  if (!table) pointsCache.set(techniques, (table = new Map()));
  let points = table.get(option);
  if (!points)
    table.set(
      option,
      (points = Float64Array.from(
        techniques,
        (t) => question.weight * fitOf(option.criterion!, t),
      )),
    );
  return points;
}

function scoresFor(techniques: readonly TechniqueCard[], answers: Answers): Float64Array {
  const answered = answeredOptions(answers);
  return Float64Array.from(techniques, (t) => scoreOf(t, answered));
}

/** The index of the first technique: highest score, then the same order rankTechniques uses for ties. */
function leaderOf(techniques: readonly TechniqueCard[], scores: Float64Array): number {
  let best = 0;
  for (let i = 1; i < scores.length; i++) {
    const diff = scores[i] - scores[best];
    if (diff > EPSILON || (diff >= -EPSILON && techniques[i].id < techniques[best].id)) best = i;
  }
  return best;
}

function contenders(scores: Float64Array, leader: number): number {
  let count = 0;
  for (const score of scores) if (score > scores[leader] - CLEAR_LEAD) count += 1;
  return count;
}

interface Look {
  question: Question;
  /** Techniques that some answer would put first instead of today's leader. */
  newLeaders: number;
  meanContenders: number;
}

/** What each answer to an unanswered question would do: today's scores plus that answer's points. */
function lookAhead(
  techniques: readonly TechniqueCard[],
  now: Float64Array,
  leader: number,
  question: Question,
): Look {
  const newLeaders = new Set<number>();
  const next = new Float64Array(now.length);
  let total = 0;
  let count = 0;
  for (const option of question.options) {
    if (!option.criterion) continue;
    const points = pointsFor(techniques, question, option);
    for (let i = 0; i < now.length; i++) next[i] = now[i] + points[i];
    const first = leaderOf(techniques, next);
    if (first !== leader && next[first] - next[leader] > MAX_READINESS) newLeaders.add(first);
    total += contenders(next, first);
    count += 1;
  }
  return { question, newLeaders: newLeaders.size, meanContenders: total / count };
}

function rankQuestions(
  techniques: readonly TechniqueCard[],
  answers: Answers,
  now: Float64Array,
  leader: number,
): Question[] {
  const inContention = contenders(now, leader);
  return QUESTIONS.filter((q) => !(q.id in answers))
    .map((q) => lookAhead(techniques, now, leader, q))
    .filter((look) => look.newLeaders > 0 && look.meanContenders < inContention)
    .sort((a, b) => a.meanContenders - b.meanContenders || b.newLeaders - a.newLeaders)
    .map((look) => look.question);
}

/** The unanswered questions that could change the outcome, the best separator first. */
export function usefulQuestions(
  techniques: readonly TechniqueCard[],
  answers: Answers,
): Question[] {
  if (techniques.length < 2) return [];
  const now = scoresFor(techniques, answers);
  return rankQuestions(techniques, answers, now, leaderOf(techniques, now));
}

/** True when the leader is at least CLEAR_LEAD ahead of every other technique. */
export function isClearlyAhead(techniques: readonly TechniqueCard[], answers: Answers): boolean {
  const scores = scoresFor(techniques, answers);
  return contenders(scores, leaderOf(techniques, scores)) === 1;
}

/** The next question to ask, or undefined when it is time to show the result. */
export function nextQuestion(
  techniques: readonly TechniqueCard[],
  answers: Answers,
): Question | undefined {
  if (Object.values(answers).filter((a) => a === NOT_SURE).length >= MAX_NOT_SURE) return undefined;
  const now = scoresFor(techniques, answers);
  const leader = leaderOf(techniques, now);
  if (contenders(now, leader) === 1) return undefined; // clearly ahead (or only one technique)
  return rankQuestions(techniques, answers, now, leader)[0];
}

/** How many more questions the chooser will ask on average, each answer (and "Not sure") equally likely. */
export function expectedQuestions(techniques: readonly TechniqueCard[], answers: Answers): number {
  const question = nextQuestion(techniques, answers);
  if (!question) return 0;
  const later = question.options.map((o) =>
    expectedQuestions(techniques, withAnswer(answers, question.id, o.id)),
  );
  return 1 + later.reduce((a, b) => a + b, 0) / later.length;
}

/** For "Question 2 of about 4": the questions asked so far, this one, and those likely to follow. */
export function estimateTotal(techniques: readonly TechniqueCard[], answers: Answers): number {
  const asked = Object.keys(answers).length;
  return asked + Math.max(1, Math.ceil(expectedQuestions(techniques, answers) - EPSILON));
}

/** Whether some answer to `question` would put another technique first, or change how to run the first. */
function changesSomething(
  techniques: readonly TechniqueCard[],
  answers: Answers,
  question: Question,
  now: { leader: string; score: number; advice: string },
): number {
  let changes = 0;
  for (const option of question.options) {
    if (!option.criterion) continue;
    const next = withAnswer(answers, question.id, option.id);
    const scored = scoreTechniques(techniques, next);
    const [first] = scored;
    const previous = scored.find((s) => s.technique.id === now.leader)!;
    const newLeader =
      first.technique.id !== now.leader && first.score - previous.score > MAX_READINESS;
    if (newLeader || adviceKey(scored, next) !== now.advice) changes += 1;
  }
  return changes;
}

/**
 * The questions worth asking once there is a suggestion: those with an answer that would change the
 * pick or how to run it (a variant, a warning that a constraint is outside the usual range). Most
 * telling first: the one with the most answers that would change something.
 */
export function refineQuestions(
  techniques: readonly TechniqueCard[],
  answers: Answers,
): Question[] {
  if (techniques.length === 0) return [];
  const scored = scoreTechniques(techniques, answers);
  const now = {
    leader: scored[0].technique.id,
    score: scored[0].score,
    advice: adviceKey(scored, answers),
  };
  return QUESTIONS.filter((q) => !(q.id in answers))
    .map((question) => ({
      question,
      changes: changesSomething(techniques, answers, question, now),
    }))
    .filter((q) => q.changes > 0)
    .sort((a, b) => b.changes - a.changes)
    .map((q) => q.question);
}

/**
 * What the chooser shows next: a question step while no answer says anything yet, then the
 * suggestion with the most telling question that could refine it (undefined when none could).
 */
export function askNext(
  techniques: readonly TechniqueCard[],
  answers: Answers,
): { question: Question; refines: boolean } | undefined {
  if (!hasInformation(answers)) {
    const question = nextQuestion(techniques, answers);
    return question && { question, refines: false };
  }
  const [question] = refineQuestions(techniques, answers);
  return question && { question, refines: true };
}
