import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { openActions } from '../../loop/open-actions';
import { overviewWorks } from '../../loop/work-summary';
import { localDate } from '../../storage/session-record';
import { describeStorageError } from '../../storage/errors';
import type { Work } from '../../storage/work';
import { useNotes } from '../shared/NotesContext';
import { UndoBar } from '../shared/UndoBar';
import { NextTechnique } from './NextTechnique';
import { OpenActionsReview } from './OpenActionsReview';
import { useWork } from './use-work';
import { WorkHeader } from './WorkHeader';
import { WorkTimeline } from './WorkTimeline';
import { assetUrl, lessonsUrl } from '../../routes/urls';

/** /work/view?id=<workId>: one piece of work, its timeline, what to do next and its open actions. */
export function WorkPage() {
  const notes = useNotes();
  const { query } = useLocation();
  const id = query.id ?? '';
  const { data, problem } = useWork(notes, id);
  const [removed, setRemoved] = useState<Work | null>(null);
  const [removeProblem, setRemoveProblem] = useState('');

  useEffect(() => {
    if (data?.work) document.title = `${data.work.name} · Mobilise`;
  }, [data?.work?.name]);

  if (problem && !data) return <Shell heading="Piece of work" message={problem} alert />;
  if (!data) return <Shell heading="Piece of work" message="Opening this piece of work…" />;
  const undo = removed && (
    <UndoBar
      message={`Deleted the piece of work “${removed.name}”. Its notes are kept.`}
      onUndo={() => {
        void notes!.sessions
          .restoreWork(removed)
          .catch((error) => setRemoveProblem(describeStorageError(error, false).message));
        setRemoved(null);
      }}
      onDismiss={() => setRemoved(null)}
    />
  );
  if (!data.work) {
    return (
      <>
        <h1>{removed ? 'Piece of work deleted' : 'Piece of work not found'}</h1>
        <p>
          {removed
            ? 'Its notes are kept, no longer grouped. Undo to put it back.'
            : 'There is no piece of work with that address on this device. It may have been deleted, or made on another device.'}
        </p>
        <p>
          <a href="/work">All pieces of work</a>
        </p>
        {undo}
      </>
    );
  }
  const { work, sessions } = data;
  const [overview] = overviewWorks([work], sessions);
  const remove = async () => {
    try {
      setRemoved((await notes!.sessions.removeWork(work.id)) ?? null);
      setRemoveProblem('');
    } catch (error) {
      setRemoveProblem(describeStorageError(error, false).message);
    }
  };

  return (
    <>
      <WorkHeader key={work.id} notes={notes!} work={work} />
      {(problem || removeProblem) && (
        <p role="alert" class="note-problem">
          {problem || removeProblem}
        </p>
      )}
      <WorkTimeline sessions={sessions} />
      <NextTechnique workId={work.id} done={overview.done} />
      <section aria-labelledby="work-actions-heading">
        <h2 id="work-actions-heading">Open actions</h2>
        <OpenActionsReview
          notes={notes!}
          items={openActions(sessions, [], localDate(new Date()))}
          label={`Open actions from ${work.name}`}
        />
        <p>
          <a href="/actions">Every open action, from all your work</a>
        </p>
      </section>
      <section aria-labelledby="pass-on-heading">
        <h2 id="pass-on-heading">Pass it on</h2>
        <p>
          <a href={assetUrl({ work: work.id })}>Make a knowledge asset from this work</a>: its
          lessons, written up for the next team.
        </p>
        <p>
          <a href={lessonsUrl(work.id)}>This work's lessons in the library</a>
        </p>
      </section>
      <section aria-labelledby="delete-work-heading">
        <h2 id="delete-work-heading">Delete this piece of work</h2>
        <p>Its notes are kept, no longer grouped. You can undo this.</p>
        <button type="button" class="secondary" onClick={() => void remove()}>
          Delete the piece of work
        </button>
      </section>
      <p>
        <a href="/work">All pieces of work</a> · <a href="/notes">All notes</a>
      </p>
      {undo}
    </>
  );
}

function Shell({
  heading,
  message,
  alert = false,
}: {
  heading: string;
  message: string;
  alert?: boolean;
}) {
  return (
    <>
      <h1>{heading}</h1>
      <p role={alert ? 'alert' : 'status'}>{message}</p>
    </>
  );
}
