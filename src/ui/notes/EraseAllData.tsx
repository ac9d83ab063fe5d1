import { useEffect, useRef, useState } from 'preact/hooks';
import { describeStorageError } from '../../storage/errors';
import type { Notes } from '../../storage/notes';

/** Deletes everything Mobilise keeps on this device, after a clear confirmation. */
export function EraseAllData({ notes }: { notes: Notes }) {
  const [confirming, setConfirming] = useState<number | null>(null);
  const [outcome, setOutcome] = useState('');
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming !== null) cancel.current?.focus();
  }, [confirming]);

  const start = async () => {
    setOutcome('');
    setConfirming(await notes.sessions.count().catch(() => 0));
  };
  const erase = async () => {
    try {
      await notes.sessions.eraseAll();
      setOutcome('All notes and data have been erased from this device.');
    } catch (error) {
      setOutcome(describeStorageError(error, false).message);
    }
    setConfirming(null);
  };

  return (
    <section aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase all data</h2>
      <p>
        Deletes every note and everything else Mobilise keeps on this device. The app itself stays.
      </p>
      {confirming === null ? (
        <button type="button" class="danger" onClick={() => void start()}>
          Erase all data…
        </button>
      ) : (
        <div class="note-problem" role="group" aria-labelledby="erase-question">
          <p id="erase-question">
            <strong>
              Erase {confirming} {confirming === 1 ? 'note' : 'notes'} and all other data from this
              device? This cannot be undone.
            </strong>{' '}
            If you might need them, download a backup first.
          </p>
          <div class="button-row">
            <button type="button" class="danger" onClick={() => void erase()}>
              Erase everything
            </button>
            <button
              type="button"
              class="secondary"
              ref={cancel}
              onClick={() => setConfirming(null)}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <p role="status">{outcome}</p>
    </section>
  );
}
