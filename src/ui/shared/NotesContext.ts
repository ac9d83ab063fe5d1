import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { RoundsStore } from '../../live/rounds';
import type { Notes } from '../../storage/notes';

/** How components reach the notes services: loaded on first use, so the first view stays small. */
export interface NotesLoader {
  load(): Promise<Notes>;
  /** The services, if already loaded (so a page can use them in its first render). */
  current?(): Notes | undefined;
  /** Writes every open note's pending changes (before an app update reloads the page). */
  flushAll(): Promise<void>;
}

/** The app's loader (App creates one). Tests pass a loader over a fresh database instead. */
export function createNotesLoader(): NotesLoader {
  let notes: Promise<Notes> | undefined;
  let loaded: Notes | undefined;
  return {
    load: () =>
      (notes ??= import('../../storage/notes').then((m) => {
        loaded = m.createNotes();
        return loaded;
      })),
    current: () => loaded,
    flushAll: () => (notes ? notes.then((n) => n.flushAll()) : Promise.resolve()),
  };
}

export const NotesContext = createContext<NotesLoader | null>(null);

/** Coffee-trial rounds kept in the notes database, opened only when the pairing page first asks. */
export function createLazyRoundsStore(loader: NotesLoader): RoundsStore {
  return {
    list: () => loader.load().then((n) => n.rounds.list()),
    add: (round) => loader.load().then((n) => n.rounds.add(round)),
    clear: () => loader.load().then((n) => n.rounds.clear()),
  };
}

/** The notes services, once loaded (null until then). */
export function useNotes(): Notes | null {
  const loader = useContext(NotesContext);
  const [notes, setNotes] = useState<Notes | null>(() => loader?.current?.() ?? null);
  useEffect(() => {
    if (!loader) throw new Error('NotesContext is missing');
    if (notes) return;
    let live = true;
    void loader.load().then((n) => live && setNotes(n));
    return () => {
      live = false;
    };
  }, [loader]);
  return notes;
}
