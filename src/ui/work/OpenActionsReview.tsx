import { useState } from 'preact/hooks';
import { dueText, type ActionRow as OpenAction } from '../../loop/open-actions';
import { describeStorageError } from '../../storage/errors';
import type { Notes } from '../../storage/notes';
import { localDate } from '../../storage/session-record';
import { editUrl } from '../../routes/urls';

const keyOf = (o: OpenAction) => `${o.session.id}/${o.action.id}`;

/**
 * Open actions, each tickable done in place (saved to its note at once). An action ticked here stays on
 * the list, ticked, until the page is left, so nothing moves under a finger and a slip can be unticked.
 */
export function OpenActionsReview({
  notes,
  items,
  label,
}: {
  notes: Notes;
  items: OpenAction[];
  label: string;
}) {
  const [ticked, setTicked] = useState<Record<string, OpenAction>>({});
  const [problem, setProblem] = useState('');
  const shown = [...items.filter((o) => !ticked[keyOf(o)]), ...Object.values(ticked)].sort((a, b) =>
    (a.action.due || '9999').localeCompare(b.action.due || '9999'),
  );
  const today = localDate(new Date());

  const show = (item: OpenAction, done: boolean) =>
    setTicked((t) => {
      const next = { ...t };
      if (done) next[keyOf(item)] = { ...item, action: { ...item.action, done: true } };
      else delete next[keyOf(item)];
      return next;
    });
  const set = async (item: OpenAction, done: boolean) => {
    show(item, done);
    try {
      await notes.sessions.setActionDone(item.session.id, item.action.id, done);
      setProblem('');
    } catch (error) {
      show(item, !done); // not saved: the box goes back to what is stored
      // The store's own errors (the note was deleted, or kept changing) are already plain words.
      setProblem(
        error instanceof DOMException
          ? describeStorageError(error, false).message
          : error instanceof Error
            ? error.message
            : String(error),
      );
    }
  };

  if (shown.length === 0) return <p>No open actions.</p>;
  return (
    <>
      {problem && (
        <p role="alert" class="note-problem">
          {problem}
        </p>
      )}
      <ul class="open-actions" aria-label={label}>
        {shown.map((item) => {
          const { action, session } = item;
          const id = `done-${keyOf(item).replace(/[^a-zA-Z0-9-]/g, '-')}`;
          return (
            <li key={keyOf(item)} class={action.done ? 'is-done' : undefined}>
              <input
                id={id}
                type="checkbox"
                checked={action.done}
                onChange={(e) => void set(item, e.currentTarget.checked)}
              />
              <label for={id}>{action.what}</label>
              <span class="note-meta">
                {[
                  action.owner && `Owner: ${action.owner}`,
                  action.due && dueText(action.due, today),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {(action.owner || action.due) && ' · '}
                from <a href={editUrl(session.id)}>{session.title.trim() || 'an untitled note'}</a>
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
