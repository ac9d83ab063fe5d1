import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { techniques } from '../../content/catalog';
import { newNoteUrl } from '../../routes/urls';

/** Starts a note of a chosen technique (After Action Review unless another is picked). */
export function StartNoteForm({ id = 'start-technique' }: { id?: string }) {
  const { route } = useLocation();
  const [technique, setTechnique] = useState('after-action-review');
  return (
    <form class="start-note" onSubmit={(e) => (e.preventDefault(), route(newNoteUrl(technique)))}>
      <label for={id}>Technique for a new note</label>
      <div class="button-row">
        <select id={id} value={technique} onChange={(e) => setTechnique(e.currentTarget.value)}>
          {techniques.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <button type="submit">Start a note</button>
      </div>
    </form>
  );
}
