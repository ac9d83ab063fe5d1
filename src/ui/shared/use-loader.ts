import type { FunctionComponent } from 'preact';
import { useContext } from 'preact/hooks';
import { NotesContext } from './NotesContext';

/** Loads a page's code, and meanwhile the notes services and the database, so neither waits for the other. */
export function useLoader(
  load: () => Promise<FunctionComponent>,
): () => Promise<FunctionComponent> {
  const notes = useContext(NotesContext);
  return () => {
    notes
      ?.load()
      .then((n) => n.sessions.open())
      .catch(() => undefined); // the page itself reports storage problems
    return load();
  };
}
