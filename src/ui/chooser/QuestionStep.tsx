import type { RefObject } from 'preact';
import { useLocation } from 'preact-iso';
import { chooserHref, withAnswer, withoutLast, type Answers } from '../../chooser/answers';
import { NOT_SURE, type Question } from '../../chooser/questions';

interface Props {
  question: Question;
  answers: Answers;
  /** How many more questions could follow this one (an upper bound, for an honest progress line). */
  more: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Called as an answer is chosen, before the address changes. */
  onAnswer?: () => void;
}

/** The progress line: what has been answered and what could follow, never a promise of a count. */
export function progressLine(answered: number, more: number): string {
  if (answered === 0) return 'One answer is enough for a suggestion.';
  const done = `${answered} ${answered === 1 ? 'question' : 'questions'} answered`;
  return more > 0 ? `${done} · up to ${more} more could refine this` : done;
}

/** One question: progress, the question, its options as large links (each answer is an address), Skip and Back. */
export function QuestionStep({ question, answers, more, headingRef, onAnswer }: Props) {
  const { route } = useLocation();
  const answered = Object.keys(answers).length;
  const goBack = () => {
    // Step back through history when we came here by answering; after a shared link, go to the previous question instead.
    if ((history.state as { chooserStep?: boolean } | null)?.chooserStep) history.back();
    else route(chooserHref(withoutLast(answers)), true);
  };
  const options =
    answered > 0 ? question.options.filter((o) => o.id !== NOT_SURE) : question.options;
  return (
    <section class="chooser-step" aria-labelledby="chooser-question">
      <p class="chooser-progress" id="chooser-progress">
        {progressLine(answered, more)}
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
        {options.map((option) => (
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
      {answered > 0 && (
        <p class="chooser-nav">
          <a
            class="button secondary"
            href={chooserHref(withAnswer(answers, question.id, NOT_SURE))}
            onClick={onAnswer}
          >
            Skip
          </a>
          <button type="button" class="secondary" onClick={goBack}>
            Back
          </button>
          <a href="/choose">Start again</a>
        </p>
      )}
    </section>
  );
}
