import type { Technique } from '../../content/types';
import { formatMinutes, formatRange, PHASE_NAMES } from '../shared/format';
import { QrCode } from './QrCode';
import { techniqueUrl } from '../../routes/urls';

/** One technique on one printed page, in the spirit of the framework's postcards. */
export function PrintCard({ technique: t, origin }: { technique: Technique; origin: string }) {
  const total = t.steps.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <article class={`print-card phase-${t.phase}`} aria-labelledby={`card-${t.id}`}>
      <header class="print-card-head">
        <div>
          <p class={`phase-label phase-${t.phase}`}>{PHASE_NAMES[t.phase]}</p>
          <h2 id={`card-${t.id}`}>{t.title}</h2>
          <p class="print-card-summary">{t.summary}</p>
          <p class="facts-line">
            {formatRange(t.groupSize, 'person', 'people')} · {formatMinutes(t.duration)}
          </p>
        </div>
        <QrCode url={`${origin}${techniqueUrl(t.id)}`} caption="Full guide:" class="qr-small" />
      </header>
      <h3>Steps (about {formatMinutes({ min: total, max: total })})</h3>
      <ol class="print-card-steps">
        {t.steps.map((s) => (
          <li key={s.title}>
            {s.title} <span class="minutes">{s.minutes} min</span>
          </li>
        ))}
      </ol>
      <h3>Key questions</h3>
      <ul>
        {t.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </article>
  );
}
