import { useEffect, useState } from 'preact/hooks';
import type { Notes } from '../../storage/notes';

/** The name of a note's piece of work ('' for none, or while it loads, or if the work was deleted); follows renames. */
export function useWorkName(notes: Notes, workId: string): string {
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    const load = () => {
      if (!workId) return setName('');
      notes.sessions.getWork(workId).then(
        (work) => live && setName(work?.name ?? ''),
        () => undefined, // the name is a courtesy on exports; the note itself is unaffected
      );
    };
    load();
    const stop = notes.sessions.subscribe((event) => event.type !== 'changed' && load());
    return () => {
      live = false;
      stop();
    };
  }, [notes, workId]);
  return name;
}
