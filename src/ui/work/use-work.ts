import { useEffect, useState } from 'preact/hooks';
import { describeStorageError } from '../../storage/errors';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';
import type { Work } from '../../storage/work';

/** Re-reads whenever notes or works change (in this tab or another), so the page stays live. */
function useLive<T>(
  notes: Notes | null,
  read: (n: Notes) => Promise<T>,
  deps: unknown[],
): { data: T | undefined; problem: string } {
  const [data, setData] = useState<T | undefined>(undefined);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (!notes) return;
    let live = true;
    const reload = () =>
      read(notes).then(
        (d) => live && (setData(() => d), setProblem('')),
        (error) => live && setProblem(describeStorageError(error, false).message),
      );
    void reload();
    const unsubscribe = notes.sessions.subscribe(() => void reload());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [notes, ...deps]);
  return { data, problem };
}

/** Every piece of work and every note (to count each work's notes). */
export function useWorks(notes: Notes | null) {
  return useLive(
    notes,
    async (n) => ({
      works: await n.sessions.listWorks(),
      sessions: await n.sessions.allSessions(),
    }),
    [],
  );
}

/** One piece of work (null if there is none with that id) and its notes, oldest first. */
export function useWork(notes: Notes | null, id: string) {
  return useLive(
    notes,
    async (n): Promise<{ work: Work | null; sessions: Session[] }> => {
      const [work, sessions] = await Promise.all([n.sessions.getWork(id), n.sessions.inWork(id)]);
      return { work: work ?? null, sessions };
    },
    [id],
  );
}
