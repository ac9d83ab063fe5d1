import { useEffect, useMemo, useState } from 'preact/hooks';
import { openActions } from '../../loop/open-actions';
import { describeStorageError } from '../../storage/errors';
import { localDate } from '../../storage/session-record';
import { sortWorks } from '../../storage/work';
import { useNotes } from '../shared/NotesContext';
import { ActionItem } from './ActionItem';
import { useLoopData } from './use-loop-data';

const NO_WORK = '(none)';
/** Actions shown at once; more on request, so a long list stays quick. */
const PAGE = 50;

/** /actions: every open action from every note, overdue first, ticked off in place. */
export function ActionsPage() {
  const notes = useNotes();
  const { data, problem: readProblem } = useLoopData(notes);
  const [workId, setWorkId] = useState('');
  const [owner, setOwner] = useState('');
  const [showDone, setShowDone] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  // Actions ticked here stay in view (saying "Done", with Undo) until the page is left.
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState('');
  /** Ticks still being written, so the page can say when they are safe (and the person when to leave). */
  const [writing, setWriting] = useState(0);
  const [wrote, setWrote] = useState(false);
  const [today, setToday] = useState('');
  useEffect(() => setToday(localDate(new Date())), []);

  // A tick shows at once; the stored note catches up a moment later (and wins if the save failed).
  const [pending, setPending] = useState<Map<string, boolean>>(new Map());
  const all = useMemo(() => {
    if (!data || !today) return null;
    const rows = openActions(data.sessions, data.works, today, { includeDone: true });
    return rows.map((r) =>
      pending.has(r.action.id) && pending.get(r.action.id) !== r.action.done
        ? { ...r, action: { ...r.action, done: pending.get(r.action.id)! }, overdue: false }
        : r,
    );
  }, [data, today, pending]);
  useEffect(() => setPending(new Map()), [data]);
  const owners = useMemo(
    () =>
      [...new Set((all ?? []).map((r) => r.action.owner.trim()).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, 'en-GB'),
      ),
    [all],
  );
  const rows = (all ?? []).filter(
    (r) =>
      (!r.action.done || showDone || ticked.has(r.action.id)) &&
      (!workId || (workId === NO_WORK ? !r.work : r.work?.id === workId)) &&
      (!owner || r.action.owner.trim() === owner),
  );
  const openCount = (all ?? []).filter((r) => !r.action.done).length;

  const setDone = (sessionId: string, actionId: string, done: boolean) => {
    setTicked((t) => new Set(t).add(actionId));
    setPending((p) => new Map(p).set(actionId, done));
    setWriting((n) => n + 1);
    notes!.sessions
      .setActionDone(sessionId, actionId, done)
      .then(
        () => (setProblem(''), setWrote(true)),
        (error) => (
          setPending(new Map()),
          setWrote(false),
          setProblem(
            error instanceof Error && !(error instanceof DOMException)
              ? error.message
              : describeStorageError(error, false).message,
          )
        ),
      )
      .finally(() => setWriting((n) => n - 1));
  };

  return (
    <>
      <h1>Actions to follow up</h1>
      <p class="lede">
        Every action agreed in your session notes, overdue first. Tick one off here and its note is
        updated too.
      </p>
      <p role="status" class="muted">
        {writing > 0 ? 'Saving…' : wrote ? 'Saved on this device.' : ''}
      </p>
      {(problem || readProblem) && (
        <p role="alert" class="note-problem">
          {problem || readProblem}
        </p>
      )}
      {!all ? (
        <p role="status">Loading your actions…</p>
      ) : all.length === 0 ? (
        <section class="box" aria-labelledby="no-actions">
          <h2 id="no-actions">No actions yet</h2>
          <p>
            Actions come from your session notes. In any note, use “Add an action” to say what needs
            doing, who owns it and by when.
          </p>
          <p>
            Every action that is not done shows here, with the note it came from.{' '}
            <a href="/notes">Go to your notes</a>.
          </p>
        </section>
      ) : (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">
            {openCount === 1 ? '1 open action' : `${openCount} open actions`}
          </h2>
          <form
            class="notes-filters"
            onSubmit={(e) => e.preventDefault()}
            aria-label="Filter actions"
          >
            <div>
              <label for="actions-work">Piece of work</label>
              <select
                id="actions-work"
                value={workId}
                onChange={(e) => (setLimit(PAGE), setWorkId(e.currentTarget.value))}
              >
                <option value="">All pieces of work</option>
                {sortWorks(data!.works).map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
                <option value={NO_WORK}>Not in a piece of work</option>
              </select>
            </div>
            <div>
              <label for="actions-owner">Owner</label>
              <select
                id="actions-owner"
                value={owner}
                onChange={(e) => (setLimit(PAGE), setOwner(e.currentTarget.value))}
              >
                <option value="">Everyone</option>
                {owners.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <label class="check loop-toggle">
            <input
              type="checkbox"
              checked={showDone}
              onChange={(e) => setShowDone(e.currentTarget.checked)}
            />{' '}
            Show done actions too
          </label>
          <p role="status" class="muted">
            {rows.length === 0
              ? 'No actions match. Try another piece of work or owner, or show done actions too.'
              : rows.length > limit
                ? `${rows.length} actions; showing the first ${limit}.`
                : `Showing ${rows.length} ${rows.length === 1 ? 'action' : 'actions'}.`}
          </p>
          <ul class="action-list" aria-label="Actions">
            {rows.slice(0, limit).map((r) => (
              <ActionItem
                key={r.action.id}
                row={r}
                today={today}
                onDone={(done) => setDone(r.session.id, r.action.id, done)}
              />
            ))}
          </ul>
          {rows.length > limit && (
            <button type="button" class="secondary" onClick={() => setLimit((n) => n + PAGE)}>
              Show more actions ({rows.length - limit} more)
            </button>
          )}
        </section>
      )}
    </>
  );
}
