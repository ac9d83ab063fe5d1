import { useEffect, useState } from 'preact/hooks';
import { formatTime } from '../../storage/dates';
import type { Notes, PersistenceAnswer } from '../../storage/notes';

interface Facts {
  count: number | null;
  persisted: boolean | null;
  usage?: number;
  quota?: number;
  lastBackupAt?: string;
  answer?: PersistenceAnswer;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : bytes < 1024 ** 3
      ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
      : `${(bytes / 1024 ** 3).toFixed(1)} GB`;

/** How many notes there are, whether the browser has agreed to keep them, and how much space is used. */
export function StorageStatus({ notes }: { notes: Notes }) {
  const [facts, setFacts] = useState<Facts | null>(null);
  const [asked, setAsked] = useState('');
  const load = async () => {
    const { storage, sessions } = notes;
    const [count, persisted, estimate, lastBackupAt, answer] = await Promise.all([
      sessions.count().catch(() => null),
      storage?.persisted ? storage.persisted().catch(() => null) : null,
      storage?.estimate ? storage.estimate().catch(() => undefined) : undefined,
      sessions.getMeta('lastBackupAt').catch(() => undefined),
      sessions.getMeta('persistence').catch(() => undefined),
    ]);
    setFacts({
      count,
      persisted,
      usage: estimate?.usage,
      quota: estimate?.quota,
      lastBackupAt: lastBackupAt as string | undefined,
      answer: answer as PersistenceAnswer | undefined,
    });
  };
  useEffect(() => {
    void load();
    return notes.sessions.subscribe(() => void load());
  }, [notes]);

  const ask = async () => {
    const granted = await notes.askToKeepData().catch(() => undefined);
    setAsked(
      granted
        ? 'The browser agreed to keep your notes.'
        : 'The browser said no for now. Browsers often agree once the app is installed or used regularly. Keep a backup meanwhile.',
    );
    await load();
  };

  if (!facts) return <p role="status">Checking storage…</p>;
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <p>
        {facts.count === null
          ? 'Mobilise cannot use storage in this browser, so notes cannot be kept here.'
          : `${facts.count} ${facts.count === 1 ? 'note is' : 'notes are'} stored in this browser.`}
      </p>
      {facts.persisted === null ? (
        <p>
          This browser does not say whether it will keep your notes when space runs short. Keep a
          backup.
        </p>
      ) : facts.persisted ? (
        <p>Kept safe: the browser has agreed not to clear your notes to free up space.</p>
      ) : (
        <>
          <p>
            Not yet kept safe: if the device runs short of space, the browser may clear what
            Mobilise stores.
            {facts.answer &&
              ` Mobilise asked on ${formatTime(facts.answer.askedAt)} and the browser said no.`}
          </p>
          <button type="button" onClick={() => void ask()}>
            Ask the browser to keep my notes
          </button>
        </>
      )}
      <p role="status">{asked}</p>
      {facts.usage !== undefined && facts.quota !== undefined && (
        <p>
          Mobilise uses {size(facts.usage)} of the {size(facts.quota)} this browser allows it.
        </p>
      )}
      <p>
        {facts.lastBackupAt
          ? `Last backup downloaded: ${formatTime(facts.lastBackupAt)}.`
          : 'No backup downloaded yet.'}
      </p>
    </section>
  );
}
