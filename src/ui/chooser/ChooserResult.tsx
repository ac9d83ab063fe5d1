import type { RefObject } from 'preact';
import { chooserHref, hasInformation, withAnswer, type Answers } from '../../chooser/answers';
import { CLEAR_LEAD } from '../../chooser/next-question';
import { NOT_SURE, QUESTIONS, type Question } from '../../chooser/questions';
import { adviceFor, factsAbout, worthReading, type Ranked } from '../../chooser/rank';
import { PHASE_NAMES } from '../shared/format';
import { AnswerSummary } from './AnswerSummary';
import { ReasonList } from './ReasonList';
import { progressLine } from './QuestionStep';
import { ShareLink } from './ShareLink';
import { newNoteUrl, techniqueUrl } from '../../routes/urls';

/**
 * An honest bound for "up to N more": each question is asked at most once, and an answer can make
 * a question worth asking that was not before, so every unanswered question may still come.
 */
const unanswered = (answers: Answers) => QUESTIONS.filter((q) => !(q.id in answers)).length;

/** The suggestion with its reasons, two alternatives, one line on each of the rest, and what to do next. */
export function ChooserResult({
  ranked,
  answers,
  refine = [],
  headingRef,
  onAnswer,
}: {
  ranked: Ranked[];
  answers: Answers;
  /** The questions whose answers could change the pick or how to run it, most telling first. */
  refine?: readonly Question[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAnswer?: () => void;
}) {
  const [top, ...rest] = ranked;
  const alternatives = worthReading(ranked);
  const others = rest.filter((r) => !alternatives.includes(r));
  const t = top.technique;
  const advice = adviceFor(ranked, answers);
  const refineWith = refine[0];
  const close = rest.length > 0 && top.score - rest[0].score < CLEAR_LEAD;
  return (
    <section class="chooser-result" aria-labelledby="chooser-result">
      <h2 id="chooser-result" tabIndex={-1} ref={headingRef}>
        Our suggestion: {t.title}
      </h2>
      {!hasInformation(answers) ? (
        <p class="chooser-note">
          You were not sure about the questions, so this is a safe general choice. Change an answer
          below for a closer match.
        </p>
      ) : (
        close &&
        alternatives.length > 0 && (
          <p class="chooser-note">
            A close call: {rest[0].technique.title} fits nearly as well. Compare the reasons below.
          </p>
        )
      )}
      <div class={`chooser-top phase-${t.phase}`}>
        <p class={`phase-label phase-${t.phase}`}>{PHASE_NAMES[t.phase]}</p>
        <p class="chooser-summary">{t.summary}</p>
        <h3 id="chooser-why">Why it fits</h3>
        {top.reasons.length > 0 ? (
          <ReasonList reasons={top.reasons.map((r) => r.text)} label={`Why ${t.title} fits`} />
        ) : (
          <p>None of your answers points to one technique yet.</p>
        )}
        <p class="facts-line">About this technique: {factsAbout(t).join(' · ')}</p>
        {(advice.outside.length > 0 || advice.variant || advice.instead) && (
          <section class="chooser-advice" aria-labelledby="chooser-advice">
            <h3 id="chooser-advice">For your situation</h3>
            {advice.outside.map((o) => (
              <p key={o.question}>{o.text}</p>
            ))}
            {advice.variant && (
              <div class="chooser-variant">
                <h4>Try: {advice.variant.name}</h4>
                <p>{advice.variant.advice}</p>
              </div>
            )}
            {advice.instead && (
              <p>
                {advice.instead.text}{' '}
                <a href={techniqueUrl(advice.instead.technique.id)}>
                  Open {advice.instead.technique.title}
                </a>
              </p>
            )}
          </section>
        )}
        <p class="chooser-actions">
          <a class="button" href={techniqueUrl(t.id)}>
            Open {t.title}
          </a>
          <a class="button secondary" href={newNoteUrl(t.id)}>
            Start a session note
          </a>
        </p>
      </div>
      {refineWith && (
        <section class="chooser-refine" aria-labelledby="chooser-refine">
          <p class="chooser-progress" id="chooser-refine-progress">
            {progressLine(Object.keys(answers).length, unanswered(answers))}
          </p>
          <h3 id="chooser-refine" aria-describedby="chooser-refine-progress">
            Refine: {refineWith.prompt}
          </h3>
          <p class="chooser-help">{refineWith.help}</p>
          <ul class="chooser-options" aria-labelledby="chooser-refine">
            {refineWith.options
              .filter((o) => o.id !== NOT_SURE)
              .map((option) => (
                <li key={option.id}>
                  <a
                    class="chooser-option"
                    href={chooserHref(withAnswer(answers, refineWith.id, option.id))}
                    onClick={onAnswer}
                  >
                    <span class="chooser-option-label">{option.label}</span>
                    {option.hint && <span class="chooser-option-hint">{option.hint}</span>}
                  </a>
                </li>
              ))}
          </ul>
          <p class="chooser-nav">
            <a
              class="button secondary"
              href={chooserHref(withAnswer(answers, refineWith.id, NOT_SURE))}
              onClick={onAnswer}
            >
              Skip
            </a>
          </p>
        </section>
      )}
      {alternatives.length === 0 && rest.length > 0 && hasInformation(answers) && (
        <p class="chooser-note">
          {t.title} is a clear fit for your answers: nothing else comes close.
        </p>
      )}
      {alternatives.length > 0 && (
        <section aria-labelledby="chooser-alternatives">
          <h3 id="chooser-alternatives">Also worth a look</h3>
          <ul class="cards">
            {alternatives.map((alt) => (
              <li key={alt.technique.id} class={`card phase-${alt.technique.phase}`}>
                <a href={techniqueUrl(alt.technique.id)}>
                  <strong>{alt.technique.title}</strong>
                </a>
                {alt.reasons.length > 0 && (
                  <ReasonList
                    reasons={alt.reasons.map((r) => r.text)}
                    label={`Why ${alt.technique.title} fits`}
                  />
                )}
                <p class="chooser-whynot">Not first: {alt.whyNot}.</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="chooser-others">
          <h3 id="chooser-others">Why not the others</h3>
          <ul class="chooser-others" aria-label="Why not the others">
            {others.map((o) => (
              <li key={o.technique.id}>
                <a href={techniqueUrl(o.technique.id)}>{o.technique.title}</a>: {o.whyNot}.
              </li>
            ))}
          </ul>
        </section>
      )}
      <AnswerSummary answers={answers} />
      <details class="chooser-how">
        <summary>How the suggestion is made</summary>
        <p>
          Each technique gets points for every answer it fits, in its usual form or one of its
          adapted versions. What you want to do counts most. Where the work is and whose knowledge
          you need come next, then the number of people, the time, where you meet and how people
          take part. When two fit equally, the one that is easier to run at short notice comes
          first. Every reason names one of your answers. We only offer questions whose answer could
          change the suggestion or how to run it.
        </p>
      </details>
      <p class="chooser-nav">
        <a class="button secondary" href="/choose">
          Start again
        </a>
        <ShareLink />
      </p>
    </section>
  );
}
