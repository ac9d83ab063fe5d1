import type { RefObject } from 'preact';
import { useLocation } from 'preact-iso';
import { chooserHref, withAnswer, withoutLast, type Answers } from '../../chooser/answers';
import { NOT_SURE, type Question } from '../../chooser/questions';

interface Props {
  question: Question;
  answers: Answers;
  number: number;
  total: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Called as an answer is chosen, before the address changes. */
  onAnswer?: () => void;
}

/** One question: progress, the question, its options as large links (each answer is an address), and Back. */
export function QuestionStep({ question, answers, number, total, headingRef, onAnswer }: Props) {
  const { route } = useLocation();
  const goBack = () => {
    // Step back through history when we came here by answering; after a shared link, go to the previous question instead.
    if ((history.state as { chooserStep?: boolean } | null)?.chooserStep) history.back();
    else route(chooserHref(withoutLast(answers)), true);
  };
  return (
    <section class="chooser-step" aria-labelledby="chooser-question">
      <p class="chooser-progress" id="chooser-progress">
        Question {number} of about {Math.max(number, total)}
      </p>
      <h2
        id="chooser-question"
        tabIndex={-1}
        ref={headingRef}
        aria-describedby="chooser-progress chooser-help"
      >
        {question.prompt}
      </h2>
      <p id="chooser-help" class="chooser-help">
        {question.help}
      </p>
      <ul class="chooser-options" aria-labelledby="chooser-question">
        {question.options.map((option) => (
          <li key={option.id}>
            <a
              class={option.id === NOT_SURE ? 'chooser-option not-sure' : 'chooser-option'}
              href={chooserHref(withAnswer(answers, question.id, option.id))}
              onClick={onAnswer}
            >
              <span class="chooser-option-label">{option.label}</span>
              {option.hint && <span class="chooser-option-hint">{option.hint}</span>}
            </a>
          </li>
        ))}
      </ul>
      {number > 1 && (
        <p class="chooser-nav">
          <button type="button" class="secondary" onClick={goBack}>
            Back
          </button>
          <a href="/choose">Start again</a>
        </p>
      )}
    </section>
  );
}
