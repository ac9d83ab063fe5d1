import type { Technique } from '../../content/types';
import { currentTimer } from '../../live/run';
import { formatMinutes, PHASE_NAMES } from '../shared/format';
import { Countdown } from './Countdown';
import { QrCode } from './QrCode';
import type { Run } from './use-run';
import { techniqueUrl } from '../../routes/urls';

/** What the room sees: the introduction with a QR code, one step at a time, then the key questions. */
export function PresentSlide({ technique: t, run }: { technique: Technique; run: Run }) {
  const { stage, step: index } = run.state;
  // The page's own address, so the code works wherever the app is served from (and offline, once installed).
  const url = `${window.location.origin}${techniqueUrl(t.id)}`;
  if (stage === 'ready') {
    const total = t.steps.reduce((sum, s) => sum + s.minutes, 0);
    return (
      <section class="slide slide-intro" aria-labelledby="present-title">
        <div>
          <p class={`phase-label phase-${t.phase}`}>{PHASE_NAMES[t.phase]}</p>
          <h1 id="present-title">{t.title}</h1>
          <p class="slide-lede">{t.summary}</p>
          <p>
            {t.steps.length} steps, about {formatMinutes({ min: total, max: total })}
          </p>
          <p class="slide-keys">Next: → or Page Down or Space. Back: ← or Page Up. Pause: P.</p>
        </div>
        <QrCode url={url} caption="Scan to open this technique on your phone" />
      </section>
    );
  }
  if (stage === 'done') {
    return (
      <section class="slide slide-end" aria-labelledby="slide-title">
        <div>
          <h2 id="slide-title">Key questions</h2>
          <ul class="slide-list">
            {t.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
        <QrCode url={url} caption="Scan to take this technique away" />
      </section>
    );
  }
  const step = t.steps[index];
  const timer = currentTimer(run.state);
  return (
    <section class="slide slide-step" aria-labelledby="slide-title">
      <h2 id="slide-title">{step.title}</h2>
      {timer && <Countdown timer={timer} now={run.now} />}
      {step.prompts ? (
        <ul class="slide-list">
          {step.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <p class="slide-lede">{step.detail}</p>
      )}
    </section>
  );
}
