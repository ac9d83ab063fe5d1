import { getCard } from '../../content/catalog';
import { actionToICalendar } from '../../loop/ics';
import { icsFileName } from '../../loop/open-actions';
import { isRealDay } from '../../storage/dates';
import type { Action } from '../../storage/session-record';
import { downloadText } from '../shared/files';

/** Downloads an action's due date as a calendar file (.ics) that any calendar app can import. Only for dated actions. */
export function IcsButton({
  action,
  session,
}: {
  action: Action;
  session: { title: string; techniqueId: string };
}) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(action.due) || !action.what.trim()) return null;
  // Only an older version could have stored such a date (imports now refuse it); say so rather than fail.
  if (!isRealDay(action.due))
    return (
      <span class="hint">
        The due date {action.due} is not a real date, so it cannot go in a calendar. Choose the date
        again.
      </span>
    );
  const save = () => {
    const technique = getCard(session.techniqueId)?.title ?? 'Session';
    const from = session.title.trim() ? `${technique}: ${session.title.trim()}` : technique;
    const text = actionToICalendar(
      {
        id: action.id,
        what: action.what.trim(),
        owner: action.owner.trim(),
        due: action.due,
        from,
      },
      new Date(),
    );
    downloadText(icsFileName(action.what), 'text/calendar', text);
  };
  return (
    <button
      type="button"
      class="quiet"
      onClick={save}
      aria-label={`Add to calendar (.ics): ${action.what.trim()}`}
    >
      Add to calendar (.ics)
    </button>
  );
}
