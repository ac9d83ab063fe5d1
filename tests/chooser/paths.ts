/** Walks every path through the adaptive chooser: each question it asks, with each of its options. */
import { withAnswer, type Answers } from '../../src/chooser/answers';
import { askNext, nextQuestion } from '../../src/chooser/next-question';
import type { QuestionId } from '../../src/chooser/questions';
import type { TechniqueCard } from '../../src/content/types';

export interface Path {
  /** The questions asked, in order. */
  asked: QuestionId[];
  answers: Answers;
}

export function allPaths(techniques: readonly TechniqueCard[], start: Answers = {}): Path[] {
  const paths: Path[] = [];
  const walk = (answers: Answers, asked: QuestionId[]) => {
    const question = nextQuestion(techniques, answers);
    if (!question) {
      paths.push({ asked, answers });
      return;
    }
    for (const option of question.options)
      walk(withAnswer(answers, question.id, option.id), [...asked, question.id]);
  };
  walk(start, []);
  return paths;
}

/** Follows the chooser as the app runs it, as someone in this situation would, skipping anything the situation does not say. */
export function followChooser(techniques: readonly TechniqueCard[], situation: Answers): Path {
  let answers: Answers = {};
  const asked: QuestionId[] = [];
  for (
    let question = askNext(techniques, answers)?.question;
    question;
    question = askNext(techniques, answers)?.question
  ) {
    asked.push(question.id);
    answers = withAnswer(answers, question.id, situation[question.id] ?? 'not-sure');
  }
  return { asked, answers };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Every path as the app runs it: question steps until an answer says something, then each refining
 * question offered with the result, with each of its answers and Skip. `start` is the first answer.
 */
export function appPaths(techniques: readonly TechniqueCard[], start: Answers): Path[] {
  const paths: Path[] = [];
  const walk = (answers: Answers, asked: QuestionId[]) => {
    const question = askNext(techniques, answers)?.question;
    if (!question) {
      paths.push({ asked, answers });
      return;
    }
    for (const option of question.options)
      walk(withAnswer(answers, question.id, option.id), [...asked, question.id]);
  };
  walk(start, []);
  return paths;
}
