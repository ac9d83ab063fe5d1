import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../storage/limits';
import { emptyAction, type Action } from '../../storage/session-record';
import { LimitedText } from './LimitedText';
import { IcsButton } from '../loop/IcsButton';
import { UndoBar } from '../shared/UndoBar';
import { IdentifierWarning } from './IdentifierWarning';

/** Actions agreed in the session: what, who, by when, and whether it is done. */
export function ActionsEditor({
  actions,
  change,
  session,
}: {
  actions: Action[];
  change: (actions: Action[]) => void;
  session?: { title: string; techniqueId: string };
}) {
  const [removed, setRemoved] = useState<{ action: Action; at: number } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const edit = (id: string, patch: Partial<Action>) =>
    change(actions.map((a) => (a.id === id ? { ...a, ...patch } : a)));
  const add = () => {
    change([...actions, emptyAction()]);
    // Focus the new action's first box once it is on screen.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus(),
    );
  };
  return (
    <fieldset class="note-items">
      <legend>Actions</legend>
      {actions.length === 0 && (
        <p class="hint">
          No actions yet. Agree one to three changes that matter most, each with an owner and a
          date.
        </p>
      )}
      <ol ref={list}>
        {actions.map((a, i) => (
          <li key={a.id}>
            <label for={`action-${a.id}-what`}>Action {i + 1}: what needs doing</label>
            <LimitedText
              id={`action-${a.id}-what`}
              max={LIMITS.long}
              value={a.what}
              onText={(what) => edit(a.id, { what })}
            />
            <IdentifierWarning text={a.what} fieldId={`action-${a.id}-what`} />
            <div class="note-pair">
              <div>
                <label for={`action-${a.id}-owner`}>Owner</label>
                <LimitedText
                  id={`action-${a.id}-owner`}
                  max={LIMITS.short}
                  value={a.owner}
                  onText={(owner) => edit(a.id, { owner })}
                />
                <IdentifierWarning text={a.owner} fieldId={`action-${a.id}-owner`} staffNames />
              </div>
              <div>
                <label for={`action-${a.id}-due`}>Due date</label>
                <input
                  id={`action-${a.id}-due`}
                  type="date"
                  value={a.due}
                  onInput={(e) => edit(a.id, { due: e.currentTarget.value })}
                />
              </div>
            </div>
            <div class="note-row">
              <label class="check">
                <input
                  type="checkbox"
                  checked={a.done}
                  onChange={(e) => edit(a.id, { done: e.currentTarget.checked })}
                />{' '}
                Done
              </label>
              {session && <IcsButton action={a} session={session} />}
              <button
                type="button"
                class="quiet"
                onClick={() => {
                  setRemoved({ action: a, at: i });
                  change(actions.filter((x) => x.id !== a.id));
                }}
              >
                Remove action {i + 1}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" class="secondary" onClick={add}>
        Add an action
      </button>
      {removed && (
        <UndoBar
          message={`Action removed${removed.action.what ? `: ${removed.action.what.slice(0, 60)}` : ''}.`}
          onUndo={() => {
            change([...actions.slice(0, removed.at), removed.action, ...actions.slice(removed.at)]);
            setRemoved(null);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}
    </fieldset>
  );
}
