/**
 * One open note: what is on screen, autosave, and what happens when another tab changes the same note.
 * No DOM and no Preact: the UI subscribes to its state (see src/ui/notes/use-note-editor.ts).
 *
 * Saving is write-through: a change is written as soon as the write before it has committed, with no
 * fixed delay. Writes never overlap: changes made while a write is under way go together into the next
 * one, so fast typing costs one write per commit, not one per key, and a crash loses at most what was
 * typed during one write. A write based on an out-of-date copy is merged (different parts changed) or,
 * when both sides changed the same part, this tab's version is kept as a copy at once and the person
 * chooses. Text over a limit (limits.ts) is cut as it comes in, and what was cut is kept for the person
 * to copy, so the store never refuses the note. A note deleted elsewhere is not silently re-created: the
 * person is asked (keepDeleted).
 */
import { describeStorageError, type StorageProblem } from './errors';
import { clampSession, type Cut } from './limits';
import { mergeSessions, type NotePart } from './merge';
import { newId, type Session } from './session-record';
import type { Sessions } from './session-store';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface Conflict {
  parts: NotePart[];
  /** The note as the other tab left it. */
  otherId: string;
  /** This tab's title before its version was kept as a copy. */
  title: string;
}

export interface EditorState {
  draft: Session;
  status: SaveStatus;
  problem: StorageProblem | null;
  conflict: Conflict | null;
  /** A one-off message about a change from elsewhere. */
  notice: string | null;
  /** Text that went over a limit and was not kept in the note, for the person to copy. */
  cuts: Cut[];
  /** The note was deleted in another tab or window while open here: nothing is written until the person chooses. */
  deleted: boolean;
}

export interface EditorOptions {
  sessions: Sessions;
  initial: Session;
  /** False for a new note not yet stored: it is stored on the first flush. */
  stored: boolean;
  copyTitle?: (title: string) => string;
  /** The note on screen is now stored under another id (kept as a copy, or back to the original). */
  onIdChange?: (id: string) => void;
  /**
   * When to start a write after a change with none under way: at once by default. The page passes "once
   * the key's frame is painted", so a write never delays what the person sees (see use-note-editor.ts).
   */
  defer?: (start: () => void) => void;
}

export type NoteEditor = ReturnType<typeof createNoteEditor>;

export function createNoteEditor({
  sessions,
  initial,
  stored,
  copyTitle = (t) => `${t} (conflicting copy)`,
  onIdChange,
  defer = (start) => start(),
}: EditorOptions) {
  let state: EditorState = {
    draft: initial,
    status: stored ? 'saved' : 'pending',
    problem: null,
    conflict: null,
    notice: null,
    cuts: [],
    deleted: false,
  };
  let base: Session | null = stored ? initial : null;
  let edits = 0;
  let savedEdits = 0;
  let writing = false;
  /** The write under way, if any: what it stores once it succeeds. */
  let inFlight: Session | null = null;
  /** While a conflict is being resolved, this editor's own writes are not news to it. */
  let resolving = false;
  /** A write-through pass is queued or running. */
  let pumping = false;
  let chain: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(s: EditorState) => void>();

  const set = (patch: Partial<EditorState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  const isDirty = () => edits !== savedEdits || base === null;
  const adopt = (stored: Session, latest = state.draft) => ({
    ...latest,
    id: stored.id,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    revision: stored.revision,
  });

  async function write(): Promise<void> {
    if (!isDirty() || state.deleted) return;
    const upTo = edits;
    const draft = state.draft;
    writing = true;
    inFlight = { ...draft, revision: (base?.revision ?? 0) + 1 };
    if (state.status === 'saved') set({ status: 'saving' });
    try {
      const result = await sessions.save(draft, base?.revision ?? 0);
      inFlight = null;
      if (result.ok) {
        base = result.session;
        savedEdits = upTo;
        // The draft keeps its identity when only bookkeeping changed (revision, times: kept in `base`),
        // so a write that commits between two keys costs the page no re-render of the note.
        const status = isDirty() ? 'pending' : 'saved';
        const moved = state.draft.id !== result.session.id;
        if (moved || state.problem || status !== state.status)
          set({ draft: moved ? adopt(result.session) : state.draft, status, problem: null });
      } else if (!result.current) {
        // Deleted elsewhere: nothing is re-created until the person chooses; the text stays on screen.
        set({ deleted: true, status: 'pending', notice: null });
      } else {
        await reconcile(result.current);
      }
    } catch (error) {
      set({ status: 'error', problem: describeStorageError(error) });
    } finally {
      writing = false;
      inFlight = null;
    }
  }

  /** Another copy was stored since ours was read: merge, or keep ours as a copy and ask. */
  async function reconcile(theirs: Session): Promise<void> {
    const { merged, conflicts } = mergeSessions(base ?? theirs, state.draft, theirs);
    if (!conflicts.length) {
      base = theirs;
      edits++;
      set({ draft: { ...merged, revision: theirs.revision } });
      return write();
    }
    const title = state.draft.title;
    const copy: Session = {
      ...state.draft,
      id: newId(),
      title: copyTitle(title),
      createdAt: new Date().toISOString(),
      revision: 0,
    };
    const upTo = edits;
    const result = await sessions.save(copy, 0);
    if (!result.ok) throw new Error('Could not keep a copy of this version');
    base = result.session;
    savedEdits = upTo;
    set({
      draft: adopt(result.session, { ...state.draft, title: copy.title }),
      status: isDirty() ? 'pending' : 'saved',
      conflict: { parts: conflicts, otherId: theirs.id, title },
      problem: null,
    });
    onIdChange?.(result.session.id);
  }

  /**
   * Write-through: starts a write now, or, if one is under way, lets the pass that runs it write again
   * once it commits. A failed write is not retried in a loop: the next change, or Try again, retries it.
   */
  function schedule() {
    if (pumping) return;
    pumping = true;
    defer(() => void pass());
  }
  function pass() {
    return enqueue(async () => {
      try {
        let before = -1;
        while (isDirty() && !state.deleted && edits !== before) {
          before = edits;
          const started = Date.now();
          await write();
          if (state.status === 'error') break;
          // On a slow or busy device a write takes long: rest as long again before the next, so writing
          // never takes more than half the time and typing stays quick (on most devices this is ~0).
          const took = Date.now() - started;
          if (took > 40 && isDirty()) await new Promise((r) => setTimeout(r, took));
        }
      } finally {
        pumping = false;
      }
    });
  }

  /** Reloads the note after a change made elsewhere, unless this tab has changes of its own (then they are merged on write). */
  async function onStoreEvent(changedId: string | null) {
    const id = state.draft.id;
    if (resolving || (changedId !== null && changedId !== id)) return;
    // This tab's own writes arrive here while `writing`: the flush is then a no-op.
    const busy = () => isDirty() || writing || pumping;
    if (!state.deleted && busy()) return void editor.flush();
    const current = await sessions.get(id).catch(() => undefined);
    if (resolving || state.draft.id !== id) return;
    if (!current) {
      // Deleted elsewhere. Changes not yet written stay on screen; nothing is re-created unless asked.
      if (base) set({ deleted: true, notice: null });
      return;
    }
    if (state.deleted) set({ deleted: false }); // put back elsewhere (Undo): carry on as normal
    if (busy()) return void editor.flush();
    if (current.revision !== base?.revision) {
      base = current;
      set({ draft: current, notice: 'Updated with changes made in another tab.' });
    }
  }
  const unsubscribe = sessions.subscribe((event) => {
    if (event.type === 'reset') void onStoreEvent(null);
    else if (event.type === 'changed') for (const id of event.ids) void onStoreEvent(id);
  });

  const editor = {
    getState: () => state,
    subscribe(listener: (s: EditorState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * Applies a change typed by the person; it is written as soon as the write before it commits. Text
     * over a limit is cut, and what was cut is kept in `cuts` for the person to copy.
     */
    update(change: (draft: Session) => Session) {
      edits++;
      const { session: draft, cuts } = clampSession(change(state.draft));
      set({
        draft,
        status: state.status === 'error' ? 'error' : 'pending',
        notice: null,
        ...(cuts.length ? { cuts: [...state.cuts, ...cuts] } : {}),
      });
      schedule();
    },
    /** The person has copied, or does not want, the text that did not fit. */
    dismissCuts() {
      set({ cuts: [] });
    },
    /** After the note was deleted elsewhere: stores what is on screen again as the same note. */
    keepDeleted(): Promise<void> {
      return enqueue(async () => {
        if (!state.deleted) return;
        base = null;
        set({ deleted: false, notice: 'Your copy of this note is kept.' });
        await write();
      });
    },
    /**
     * As the page goes away: puts unsaved changes aside in one synchronous write, which completes even as
     * the page unloads (the normal write may not), to be put back when notes are next opened.
     */
    rescue(): void {
      // A note deleted elsewhere is put aside only if it was changed here since (nothing typed is lost).
      if (state.deleted && edits === savedEdits) return;
      if (isDirty() || writing) sessions.rescue(state.draft, state.deleted ? null : base, inFlight);
    },
    /** Writes any pending change now (on leaving the page, before an update, or when asked to try again). */
    flush(): Promise<void> {
      return enqueue(write);
    },
    /** Keep both versions: the other tab's under its id, this tab's as the copy already made. */
    keepBoth() {
      set({ conflict: null });
    },
    /** Puts this tab's version back in place of the other one, and removes the copy. */
    keepMine: () => resolveWith(putMineInPlace),
    /** Shows the other tab's version and removes this tab's copy. */
    useTheirs: () => resolveWith(showTheirs),
    /** Stops listening; writes anything pending first. */
    dispose(): Promise<void> {
      unsubscribe();
      return editor.flush();
    },
  };

  /** Runs tasks one after another, so writes and conflict choices never interleave. */
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = chain.then(task);
    chain = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  function resolveWith(choice: (conflict: Conflict) => Promise<void>): Promise<void> {
    return enqueue(async () => {
      await write();
      const conflict = state.conflict;
      if (!conflict) return;
      resolving = true;
      try {
        await choice(conflict);
      } finally {
        resolving = false;
      }
    });
  }

  async function putMineInPlace(conflict: Conflict) {
    const copyId = state.draft.id;
    const other = await sessions.get(conflict.otherId);
    const title =
      state.draft.title === copyTitle(conflict.title) ? conflict.title : state.draft.title;
    const mine = {
      ...state.draft,
      id: conflict.otherId,
      title,
      createdAt: other?.createdAt ?? state.draft.createdAt,
    };
    const result = await sessions.save(mine, other?.revision ?? 0);
    if (!result.ok) throw new Error('The other version changed again. Try again.');
    await sessions.remove(copyId);
    base = result.session;
    set({ draft: result.session, conflict: null, status: 'saved' });
    onIdChange?.(result.session.id);
  }

  async function showTheirs(conflict: Conflict) {
    const other = await sessions.get(conflict.otherId);
    if (!other) throw new Error('The other version is no longer on this device.');
    await sessions.remove(state.draft.id);
    base = other;
    savedEdits = edits;
    set({ draft: other, conflict: null, status: 'saved' });
    onIdChange?.(other.id);
  }
  return editor;
}
