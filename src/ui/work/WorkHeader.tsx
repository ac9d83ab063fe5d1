import { useState } from 'preact/hooks';
import type { Notes } from '../../storage/notes';
import type { Work } from '../../storage/work';
import { WorkForm } from './WorkForm';

/** A piece of work's name and description, with Rename to change both. */
export function WorkHeader({ notes, work }: { notes: Notes; work: Work }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  return (
    <>
      <p class="phase-label">Piece of work</p>
      <h1>{work.name}</h1>
      {editing ? (
        <section aria-labelledby="rename-heading" class="box">
          <h2 id="rename-heading">Rename or describe this piece of work</h2>
          <WorkForm
            idPrefix="edit-work"
            initialName={work.name}
            initialDescription={work.description}
            submitLabel="Save"
            onCancel={() => setEditing(false)}
            onSave={async (name, description) => {
              await notes.sessions.saveWork({ ...work, name, description });
              setEditing(false);
              setSaved('Saved on this device.');
            }}
          />
        </section>
      ) : (
        <>
          {work.description.trim() ? (
            <p class="work-description">{work.description}</p>
          ) : (
            <p class="muted">No description yet. Add what this work is for, for the next team.</p>
          )}
          <p class="button-row">
            <button
              type="button"
              class="secondary"
              onClick={() => (setSaved(''), setEditing(true))}
            >
              Rename or describe
            </button>
          </p>
        </>
      )}
      <p role="status" class="muted">
        {saved}
      </p>
    </>
  );
}
