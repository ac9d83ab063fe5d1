import { getCard } from '../content/catalog';
import type { SectionId, Technique } from '../content/types';
import { CycleLinks } from './CycleLinks';
import { LiveLinks } from './live/LiveLinks';
import {
  DIFFICULTY_NAMES,
  formatLeadTime,
  formatMinutes,
  formatRange,
  formatSettings,
  PHASE_NAMES,
} from './shared/format';
import { newNoteUrl } from '../routes/urls';

/** Build-time HTML from our own content files (raw HTML in them is escaped by the content pipeline). */
function Prose({ html }: { html: string }) {
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

function Section({ id, technique, title }: { id: SectionId; technique: Technique; title: string }) {
  return (
    <section aria-labelledby={`s-${id}`}>
      <h2 id={`s-${id}`}>{title}</h2>
      <Prose html={technique.sections[id]} />
    </section>
  );
}

/** A technique's full page: facts, when to use it, roles, timed steps, questions and the rest. */
export function TechniquePage({ technique: t }: { technique: Technique }) {
  const totalMinutes = t.steps.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <article>
      <p class={`phase-label phase-${t.phase}`}>{PHASE_NAMES[t.phase]}</p>
      <h1>{t.title}</h1>
      <p class="lede">{t.summary}</p>
      <dl class="facts">
        <div>
          <dt>People</dt>
          <dd>{formatRange(t.groupSize, 'person', 'people')}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{formatMinutes(t.duration)}</dd>
        </div>
        <div>
          <dt>Notice needed</dt>
          <dd>{formatLeadTime(t.leadTimeDays)}</dd>
        </div>
        <div>
          <dt>Facilitation</dt>
          <dd>{DIFFICULTY_NAMES[t.difficulty]}</dd>
        </div>
        <div>
          <dt>Setting</dt>
          <dd>{formatSettings(t.settings)}</dd>
        </div>
      </dl>
      <p>
        <a class="button" href={newNoteUrl(t.id)}>
          Start a session note
        </a>
      </p>
      <LiveLinks technique={t} />
      <Section id="purpose" technique={t} title="What it is for" />
      <Section id="whenToUse" technique={t} title="When to use it" />
      <Section id="whenNotToUse" technique={t} title="When not to use it" />
      <section aria-labelledby="s-roles">
        <h2 id="s-roles">Who does what</h2>
        <ul>
          {t.roles.map((r) => (
            <li key={r.name}>
              <strong>{r.name}:</strong> {r.does}
            </li>
          ))}
        </ul>
      </section>
      <Section id="preparation" technique={t} title="Preparation" />
      <section aria-labelledby="s-steps">
        <h2 id="s-steps">Step by step</h2>
        <p>About {formatMinutes({ min: totalMinutes, max: totalMinutes })} in all.</p>
        <ol class="steps">
          {t.steps.map((s) => (
            <li key={s.title}>
              <h3>
                {s.title} <span class="minutes">({s.minutes} min)</span>
              </h3>
              <p>{s.detail}</p>
              {s.prompts && (
                <ul aria-label={`Prompts for ${s.title}`}>
                  {s.prompts.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="s-questions" class="box">
        <h2 id="s-questions">Key questions</h2>
        <ul>
          {t.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
      <Section id="groundRules" technique={t} title="Ground rules" />
      <Section id="tips" technique={t} title="Tips" />
      <Section id="pitfalls" technique={t} title="Pitfalls" />
      <Section id="outputs" technique={t} title="What you come away with" />
      <section aria-labelledby="s-record">
        <h2 id="s-record">What to record</h2>
        <p>A note of a {t.title} session holds:</p>
        <ul>
          {t.noteTemplate.map((f) => (
            <li key={f.id}>
              {f.label}
              {f.hint && <span class="minutes"> ({f.hint})</span>}
            </li>
          ))}
        </ul>
      </section>
      <Section id="onlineHybrid" technique={t} title="Online and hybrid" />
      <CycleLinks before={t.related.before.map(getCard)} after={t.related.after.map(getCard)} />
      <section aria-labelledby="s-sources">
        <h2 id="s-sources">Sources</h2>
        <ul>
          {t.sources.map((s) => (
            <li key={s.title}>
              {s.url ? <a href={s.url}>{s.title}</a> : <cite>{s.title}</cite>}. {s.publisher}
              {s.year ? `, ${s.year}` : ''}.
            </li>
          ))}
        </ul>
        <p>Written in our own words from these sources.</p>
      </section>
    </article>
  );
}
