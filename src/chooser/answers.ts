/**
 * The chooser's answers and their home in the URL (`/choose?want=learn-from-others&stage=about-to-start`).
 * Key order is the order the questions were answered, so the answers before any question rebuild
 * exactly the screen on which it was asked (used by Back and "Change").
 */
import { getOption, getQuestion, QUESTIONS, type QuestionId } from './questions';

export type Answers = Readonly<Partial<Record<QuestionId, string>>>;

export const CHOOSER_PATH = '/choose';

/** Answers from a query string or object; unknown questions and options are dropped, so an old or edited link still works. */
export function parseAnswers(
  query: string | URLSearchParams | Readonly<Record<string, string>>,
): Answers {
  const params =
    query instanceof URLSearchParams
      ? query
      : new URLSearchParams(query as string | Record<string, string>);
  const answers: Partial<Record<QuestionId, string>> = {};
  for (const [key, value] of params) {
    const question = getQuestion(key);
    if (question && !(question.id in answers) && getOption(question, value))
      answers[question.id] = value;
  }
  return answers;
}

/** The chooser address for these answers, in the order they were given. */
export function chooserHref(answers: Answers): string {
  const search = new URLSearchParams(Object.entries(answers) as [string, string][]).toString();
  return search ? `${CHOOSER_PATH}?${search}` : CHOOSER_PATH;
}

/** The answers with one more, given last (answering a question again moves it to the end). */
export function withAnswer(answers: Answers, question: QuestionId, option: string): Answers {
  return {
    ...answersBefore(answers, question),
    ...answersAfter(answers, question),
    [question]: option,
  };
}

/** The answers given before this question was answered: the state in which it was asked. */
export function answersBefore(answers: Answers, question: QuestionId): Answers {
  const keys = Object.keys(answers) as QuestionId[];
  const at = keys.indexOf(question);
  return Object.fromEntries((at < 0 ? keys : keys.slice(0, at)).map((k) => [k, answers[k]]));
}

function answersAfter(answers: Answers, question: QuestionId): Answers {
  const keys = Object.keys(answers) as QuestionId[];
  const at = keys.indexOf(question);
  return at < 0 ? {} : Object.fromEntries(keys.slice(at + 1).map((k) => [k, answers[k]]));
}

/** The answers without the last one: one step back. */
export function withoutLast(answers: Answers): Answers {
  const keys = Object.keys(answers) as QuestionId[];
  return keys.length ? answersBefore(answers, keys[keys.length - 1]) : answers;
}

/** True when at least one answer is something other than "Not sure". */
export function hasInformation(answers: Answers): boolean {
  return QUESTIONS.some((q) => {
    const option = answers[q.id] ? getOption(q, answers[q.id]!) : undefined;
    return Boolean(option?.criterion);
  });
}
