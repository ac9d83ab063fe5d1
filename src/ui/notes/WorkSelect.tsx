import { useEffect, useState } from 'preact/hooks';
import type { Notes } from '../../storage/notes';
import { sortWorks, type Work } from '../../storage/work';
import { workUrl } from '../../routes/urls';

/** Which piece of work a note belongs to (or none), with a link back to that work's timeline. */
export function WorkSelect({
  notes,
  workId,
  change,
}: {
  notes: Notes;
  workId: string;
  change: (workId: string) => void;
}) {
  const [works, setWorks] = useState<Work[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = () =>
      notes.sessions.listWorks().then(
        (w) => live && setWorks(sortWorks(w)),
        () => live && setWorks([]), // the note itself still saves; only the menu is short
      );
    void read();
    const unsubscribe = notes.sessions.subscribe((e) => e.type !== 'changed' && void read());
    return () => {
      live = false;
      unsubscribe();
    };
  }, [notes]);
  const current = works?.find((w) => w.id === workId);
  return (
    <div class="note-work">
      <label for="note-work">Piece of work</label>
      <p class="hint" id="note-work-hint">
        Group this note with the other sessions of the same project, so the next session starts from
        it. <a href="/work">Start a new piece of work…</a>
      </p>
      <select
        id="note-work"
        aria-describedby="note-work-hint"
        value={current ? workId : ''}
        disabled={!works}
        onChange={(e) => change(e.currentTarget.value)}
      >
        <option value="">None</option>
        {works?.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      {current && (
        <p>
          <a href={workUrl(current.id)}>Timeline of {current.name}</a>
        </p>
      )}
    </div>
  );
}
