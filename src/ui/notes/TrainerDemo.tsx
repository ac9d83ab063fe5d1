import { useState } from 'preact/hooks';
import { DEMO_WORK_ID, demoSessions, demoWork } from '../../demo/samples';
import { createBackup } from '../../storage/backup';
import { describeStorageError } from '../../storage/errors';
import type { Notes } from '../../storage/notes';

/** For trainers: load a labelled set of sample sessions to show the app, and remove them in one tap. */
export function TrainerDemo({ notes }: { notes: Notes }) {
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome(describeStorageError(error, false).message);
    }
    setBusy(false);
  };
  const load = () =>
    act(async () => {
      const now = new Date();
      // Through the backup import, so the samples are checked like any file and merge by id like one.
      const summary = await notes.sessions.importBackup(
        JSON.stringify(createBackup(demoSessions(now), now, [demoWork(now)])),
      );
      const count = summary.added + summary.updated;
      return count === 0
        ? 'The sample sessions are already here. Remove them first to start again from fresh copies.'
        : `${count} sample sessions and a sample piece of work loaded. Their titles start with "Sample:".`;
    });
  const remove = () =>
    act(async () => {
      const removed = await Promise.all(
        demoSessions(new Date()).map((s) => notes.sessions.remove(s.id)),
      );
      await notes.sessions.removeWork(DEMO_WORK_ID);
      const count = removed.filter(Boolean).length;
      return `${count} sample ${count === 1 ? 'session' : 'sessions'} and the sample piece of work removed. Your own notes are untouched.`;
    });

  return (
    <section aria-labelledby="demo-heading">
      <h2 id="demo-heading">Trainer demo</h2>
      <p>
        Showing Mobilise to a group? Load six sample sessions about one made-up change: a Peer
        Assist, a Knowledge Café, and a sample piece of work whose timeline holds a Before Action
        Review, two After Action Reviews and a Retrospect. Removing them never touches your own
        notes or pieces of work.
      </p>
      <p class="button-row">
        <button type="button" disabled={busy} onClick={() => void load()}>
          Load sample sessions
        </button>{' '}
        <button type="button" class="secondary" disabled={busy} onClick={() => void remove()}>
          Remove sample sessions
        </button>
      </p>
      <p role="status">{outcome}</p>
    </section>
  );
}
