import { useEffect, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { joinNames, pairsToText } from '../../live/people';
import type { RoundsStore } from '../../live/rounds';
import type { PairingResult } from '../../live/pairing';

export interface MadePairs extends PairingResult {
  /** Counts the rounds made on this page, so each new one gets a fresh result panel. */
  serial: number;
  madeAt: number;
  warnings: string[];
}

const newId = () =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

/** This round's pairs: what to know about them, and copy, share or keep them. Keyed by the round, so each starts afresh. */
export function PairsMade({
  made,
  store,
  durable,
  headingRef,
  onKept,
}: {
  made: MadePairs;
  store: RoundsStore;
  durable: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onKept: () => void;
}) {
  const [status, setStatus] = useState('');
  const [kept, setKept] = useState(false);
  const [canShare, setCanShare] = useState(false);
  useEffect(() => setCanShare(typeof navigator.share === 'function'), []);
  const text = pairsToText(made.groups, new Date(made.madeAt));

  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setStatus('Pairs copied. Paste them into an email or chat.'),
      () => setStatus('Could not copy here. Select the list above and copy it yourself.'),
    );
  const share = () =>
    navigator.share({ title: 'Coffee trial pairs', text }).then(
      () => setStatus('Pairs shared.'),
      (err: Error) => (err.name === 'AbortError' ? undefined : copy()),
    );
  const keep = () =>
    store.add({ id: newId(), madeAt: made.madeAt, groups: made.groups }).then(
      () => {
        setKept(true);
        setStatus('Round kept. The next round will avoid these pairs.');
        onKept();
      },
      () => setStatus('This round could not be kept. Copy the pairs so you have them.'),
    );

  return (
    <section aria-labelledby="pairs-made" class="pairs-made">
      <h2 id="pairs-made" ref={headingRef} tabIndex={-1}>
        {made.groups.length === 1 ? '1 group' : `${made.groups.length} groups`}
      </h2>
      {made.groups.length > 0 && (
        <ol class="pairs">
          {made.groups.map((g) => (
            <li key={g.join('|')}>
              {joinNames(g)}
              {g.length === 3 && <span class="minutes"> (a group of three)</span>}
            </li>
          ))}
        </ol>
      )}
      {made.unmatched.length > 0 && (
        <p class="problem">
          Not paired, because of the “Don’t pair” list: {joinNames(made.unmatched)}.
        </p>
      )}
      {made.repeats.length > 0 && (
        <p>
          Met in an earlier round (there was no way round it):{' '}
          {made.repeats.map((pair) => joinNames(pair)).join('; ')}.
        </p>
      )}
      {made.warnings.length > 0 && (
        <ul aria-label="Check these">
          {made.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div class="run-controls">
        <button type="button" onClick={copy}>
          Copy pairs
        </button>
        {canShare && (
          <button type="button" class="secondary" onClick={share}>
            Share pairs
          </button>
        )}
        <button type="button" class="secondary" onClick={keep} disabled={kept}>
          {kept ? 'Round kept' : 'Keep this round'}
        </button>
      </div>
      <p role="status">{status}</p>
      {!kept && (
        <p class="hint">
          Keep a round so the next one avoids its pairs.{' '}
          {durable
            ? 'Kept rounds are stored on this device.'
            : 'Kept rounds last while this page is open.'}
        </p>
      )}
    </section>
  );
}
