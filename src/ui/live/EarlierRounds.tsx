import { useEffect, useState } from 'preact/hooks';
import { joinNames } from '../../live/people';
import type { Round, RoundsStore } from '../../live/rounds';

const when = (ms: number) =>
  new Date(ms).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Rounds kept so far (the pairs the next round avoids), and a way to forget them, with undo. */
export function EarlierRounds({
  store,
  durable,
  changed,
}: {
  store: RoundsStore;
  durable: boolean;
  changed: number;
}) {
  const [rounds, setRounds] = useState<Round[] | null>(null);
  const [forgotten, setForgotten] = useState<Round[] | null>(null);
  const [status, setStatus] = useState('');
  const [reload, setReload] = useState(0);
  useEffect(() => {
    store.list().then(setRounds, () => setStatus('Earlier rounds could not be read.'));
  }, [store, changed, reload]);

  const forget = async () => {
    const before = rounds ?? [];
    try {
      await store.clear();
      setForgotten(before);
      setStatus('Earlier rounds forgotten.');
    } catch {
      setStatus('Earlier rounds could not be forgotten. Try again.');
    }
    setReload((n) => n + 1);
  };
  const undo = async () => {
    try {
      for (const round of forgotten ?? []) await store.add(round);
      setForgotten(null);
      setStatus('Earlier rounds are back.');
    } catch {
      setStatus('The rounds could not be put back.');
    }
    setReload((n) => n + 1);
  };

  return (
    <section aria-labelledby="earlier-rounds">
      <h2 id="earlier-rounds">Earlier rounds</h2>
      {rounds?.length === 0 && (
        <p>
          None kept yet.{' '}
          {durable
            ? 'Kept rounds are stored on this device.'
            : 'Kept rounds last while this page is open.'}
        </p>
      )}
      {rounds && rounds.length > 0 && (
        <>
          <p>New pairs avoid everyone who met in these rounds.</p>
          {rounds.map((round, i) => (
            <details key={round.id}>
              <summary>
                Round {i + 1}: {when(round.madeAt)},{' '}
                {round.groups.length === 1 ? '1 group' : `${round.groups.length} groups`}
              </summary>
              <ol>
                {round.groups.map((g) => (
                  <li key={g.join('|')}>{joinNames(g)}</li>
                ))}
              </ol>
            </details>
          ))}
          <button type="button" class="secondary" onClick={forget}>
            Forget earlier rounds
          </button>
        </>
      )}
      <p role="status">
        {status}{' '}
        {forgotten && forgotten.length > 0 && (
          <button type="button" class="secondary" onClick={undo}>
            Undo
          </button>
        )}
      </p>
    </section>
  );
}
