import { useEffect, useState } from 'preact/hooks';
import { describeStorageError } from '../../storage/errors';
import type { Notes } from '../../storage/notes';
import type { Session } from '../../storage/session-record';
import type { Work } from '../../storage/work';

export interface LoopData {
  sessions: Session[];
  works: Work[];
}

/**
 * Every note and piece of work on the device, read again on any change (here or in another tab), so the
 * actions list and lessons library stay live. Null while the first read is under way.
 */
export function useLoopData(notes: Notes | null): { data: LoopData | null; problem: string } {
  const [data, setData] = useState<LoopData | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    if (!notes) return;
    let live = true;
    let reading = 0;
    const read = () => {
      const mine = ++reading;
      Promise.all([notes.sessions.allSessions(), notes.sessions.listWorks()]).then(
        ([sessions, works]) =>
          live && mine === reading && (setData({ sessions, works }), setProblem('')),
        (error) => live && setProblem(describeStorageError(error, false).message),
      );
    };
    read();
    const stop = notes.sessions.subscribe(read);
    return () => {
      live = false;
      stop();
    };
  }, [notes]);
  return { data, problem };
}
