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
import { withAnswer, type Answers } from './answers';
import { NOT_SURE, QUESTIONS, type Question } from './questions';
import { MAX_READINESS, scoreTechniques } from './rank';

/** The lead that counts as clearly ahead (the weight of a people or time question). */
export const CLEAR_LEAD = 2;
/** After this many "Not sure" answers, the chooser shows its result. */
export const MAX_NOT_SURE = 2;

type Scored = ReturnType<typeof scoreTechniques>;

function contenders(scored: Scored): number {
  return scored.filter((s) => s.score > scored[0].score - CLEAR_LEAD).length;
}

interface Look {
  question: Question;
  /** Techniques that some answer would put first instead of today's leader. */
  newLeaders: number;
  meanContenders: number;
}

function lookAhead(techniques: readonly TechniqueCard[], answers: Answers, question: Question, leader: string): Look {
  const newLeaders = new Set<string>();
  let total = 0;
  let count = 0;
  for (const option of question.options) {
    if (!option.criterion) continue;
    const scored = scoreTechniques(techniques, withAnswer(answers, question.id, option.id));
    const old = scored.find((s) => s.technique.id === leader)!;
    if (scored[0].technique.id !== leader && scored[0].score - old.score > MAX_READINESS) newLeaders.add(scored[0].technique.id);
    total += contenders(scored);
    count += 1;
  }
  return { question, newLeaders: newLeaders.size, meanContenders: total / count };
}

/** The unanswered questions that could change the outcome, the best separator first. */
export function usefulQuestions(techniques: readonly TechniqueCard[], answers: Answers): Question[] {
  const scored = scoreTechniques(techniques, answers);
  if (scored.length < 2) return [];
  const now = contenders(scored);
  return QUESTIONS.filter((q) => !(q.id in answers))
    .map((q) => lookAhead(techniques, answers, q, scored[0].technique.id))
    .filter((look) => look.newLeaders > 0 && look.meanContenders < now)
    .sort((a, b) => a.meanContenders - b.meanContenders || b.newLeaders - a.newLeaders)
    .map((look) => look.question);
}

/** True when the leader is at least CLEAR_LEAD ahead of every other technique. */
export function isClearlyAhead(techniques: readonly TechniqueCard[], answers: Answers): boolean {
  const scored = scoreTechniques(techniques, answers);
  return scored.length < 2 || scored[0].score - scored[1].score >= CLEAR_LEAD;
}

/** The next question to ask, or undefined when it is time to show the result. */
export function nextQuestion(techniques: readonly TechniqueCard[], answers: Answers): Question | undefined {
  if (Object.values(answers).filter((a) => a === NOT_SURE).length >= MAX_NOT_SURE) return undefined;
  if (isClearlyAhead(techniques, answers)) return undefined;
  return usefulQuestions(techniques, answers)[0];
}

/** How many more questions the chooser will ask on average, each answer (and "Not sure") equally likely. */
export function expectedQuestions(techniques: readonly TechniqueCard[], answers: Answers): number {
  const question = nextQuestion(techniques, answers);
  if (!question) return 0;
  const later = question.options.map((o) => expectedQuestions(techniques, withAnswer(answers, question.id, o.id)));
  return 1 + later.reduce((a, b) => a + b, 0) / later.length;
}

/** For "Question 2 of about 4": the questions asked so far, this one, and those likely to follow. */
export function estimateTotal(techniques: readonly TechniqueCard[], answers: Answers): number {
  const asked = Object.keys(answers).length;
  return asked + Math.max(1, Math.ceil(expectedQuestions(techniques, answers) - 1e-9));
}
