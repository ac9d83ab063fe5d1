import { getCard } from '../../content/catalog';
import { dueText, type ActionRow } from '../../loop/open-actions';
import { formatDay } from '../../storage/dates';
import { IcsButton } from './IcsButton';
import { editUrl, workUrl } from '../../routes/urls';

/** One action to follow up: what, who, when (in words), where it came from, and a tick to mark it done. */
export function ActionItem({
  row,
  today,
  onDone,
}: {
  row: ActionRow;
  today: string;
  onDone: (done: boolean) => void;
}) {
  const { action, session, work } = row;
  const technique = getCard(session.techniqueId)?.title ?? 'Session';
  const what = action.what.trim();
  const checkId = `done-${action.id}`;
  return (
    <li class={`action-item${action.done ? ' is-done' : ''}${row.overdue ? ' is-overdue' : ''}`}>
      <p class="action-what">{action.done ? <s>{what}</s> : what}</p>
      <p class="action-meta">
        {action.done ? (
          <strong>Done</strong>
        ) : (
          <strong class={row.overdue ? 'action-overdue' : undefined}>
            {dueText(action.due, today)}
          </strong>
        )}
        {action.due && <span> ({formatDay(action.due)})</span>}
        {' · '}
        {action.owner.trim() ? `Owner: ${action.owner.trim()}` : 'No owner named'}
      </p>
      <p class="action-meta">
        From{' '}
        <a
          href={editUrl(session.id)}
        >{`${technique}: ${session.title.trim() || 'untitled note'}`}</a>
        , {formatDay(session.date)}
        {work && (
          <>
            {' · '}Piece of work: <a href={workUrl(work.id)}>{work.name}</a>
          </>
        )}
      </p>
      <div class="button-row">
        <label class="check" for={checkId}>
          <input
            id={checkId}
            type="checkbox"
            checked={action.done}
            aria-label={`Done: ${what}`}
            onChange={(e) => onDone(e.currentTarget.checked)}
          />
          Done
        </label>
        {action.done ? (
          <button
            type="button"
            class="quiet"
            onClick={() => onDone(false)}
            aria-label={`Undo: ${what} is not done`}
          >
            Undo
          </button>
        ) : (
          <IcsButton action={action} session={session} />
        )}
      </div>
    </li>
  );
}
