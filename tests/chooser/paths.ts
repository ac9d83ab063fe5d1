/** Walks every path through the adaptive chooser: each question it asks, with each of its options. */
import { withAnswer, type Answers } from '../../src/chooser/answers';
import { nextQuestion } from '../../src/chooser/next-question';
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

/** Follows the chooser as someone in this situation would, answering "Not sure" to anything the situation does not say. */
export function followChooser(techniques: readonly TechniqueCard[], situation: Answers): Path {
  let answers: Answers = {};
  const asked: QuestionId[] = [];
  for (
    let question = nextQuestion(techniques, answers);
    question;
    question = nextQuestion(techniques, answers)
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
