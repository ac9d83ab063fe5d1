import type { RefObject } from 'preact';
import { hasInformation, type Answers } from '../../chooser/answers';
import { CLEAR_LEAD } from '../../chooser/next-question';
import type { Ranked } from '../../chooser/rank';
import { formatMinutes, formatRange, PHASE_NAMES } from '../shared/format';
import { AnswerSummary } from './AnswerSummary';
import { ReasonList } from './ReasonList';
import { ShareLink } from './ShareLink';
import { newNoteUrl, techniqueUrl } from '../../routes/urls';

/** The notes feature owns this address; a note starts from the technique's template. */

/** The suggestion with its reasons, two alternatives, one line on each of the rest, and what to do next. */
export function ChooserResult({
  ranked,
  answers,
  headingRef,
}: {
  ranked: Ranked[];
  answers: Answers;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const [top, ...rest] = ranked;
  const alternatives = rest.slice(0, 2);
  const others = rest.slice(2);
  const t = top.technique;
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
        close && (
          <p class="chooser-note">
            A close call: {rest[0].technique.title} fits nearly as well. Compare the reasons below.
          </p>
        )
      )}
      <div class={`chooser-top phase-${t.phase}`}>
        <p class={`phase-label phase-${t.phase}`}>{PHASE_NAMES[t.phase]}</p>
        <p class="chooser-summary">{t.summary}</p>
        <h3 id="chooser-why">Why it fits</h3>
        <ReasonList reasons={top.reasons} label={`Why ${t.title} fits`} />
        <p class="facts-line">
          {formatRange(t.groupSize, 'person', 'people')} · {formatMinutes(t.duration)}
        </p>
        <p class="chooser-actions">
          <a class="button" href={techniqueUrl(t.id)}>
            Open {t.title}
          </a>
          <a class="button secondary" href={newNoteUrl(t.id)}>
            Start a session note
          </a>
        </p>
      </div>
      {alternatives.length > 0 && (
        <section aria-labelledby="chooser-alternatives">
          <h3 id="chooser-alternatives">Also worth a look</h3>
          <ul class="cards">
            {alternatives.map((alt) => (
              <li key={alt.technique.id} class={`card phase-${alt.technique.phase}`}>
                <a href={techniqueUrl(alt.technique.id)}>
                  <strong>{alt.technique.title}</strong>
                </a>
                <ReasonList reasons={alt.reasons} label={`Why ${alt.technique.title} fits`} />
                <p class="chooser-whynot">
                  Not first because: {alt.whyNot.charAt(0).toLowerCase() + alt.whyNot.slice(1)}
                </p>
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
          Each technique gets points for every answer it fits. What you want to do counts most.
          Where the work is and whose knowledge you need come next, then the number of people, the
          time and where you meet. When two fit equally, the one that is easier to run at short
          notice comes first. We stop asking once one technique is clearly ahead, or after two “Not
          sure” answers.
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
