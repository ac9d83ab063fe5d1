import { PHASE_ORDER, techniques } from '../content/catalog';
import { PHASE_INTROS, PHASE_NAMES } from './shared/format';
import { TechniqueCardLink } from './TechniqueCardLink';
import { TechniqueSearch } from './TechniqueSearch';

/** Home: the idea in two sentences, search, and every technique by phase. */
export function HomePage() {
  return (
    <>
      <h1>Learn before, during and after</h1>
      <p class="lede">
        Teams learn best when they draw on what others know before they start, review as they go,
        and capture lessons when the work ends. Mobilise puts the 13 techniques of the NHS Knowledge
        Mobilisation Framework in your pocket, ready to use offline.
      </p>
      <p class="choose-cta">
        <a class="button" href="/choose">
          Choose a technique
        </a>
        <span>
          Not sure which to use? Answer a few quick questions and get a suggestion, with its
          reasons.
        </span>
      </p>
      <TechniqueSearch />
      <div id="techniques">
        {PHASE_ORDER.map((phase) => (
          <section key={phase} aria-labelledby={`phase-${phase}`}>
            <h2 id={`phase-${phase}`} class={`phase-${phase}`}>
              {PHASE_NAMES[phase]}
            </h2>
            <p>{PHASE_INTROS[phase]}</p>
            <ul class="cards">
              {techniques
                .filter((t) => t.phase === phase)
                .map((t) => (
                  <li key={t.id}>
                    <TechniqueCardLink technique={t} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
