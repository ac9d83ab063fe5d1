import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getCard, techniques } from '../../content/catalog';
import { suggestNext, type DoneSession } from '../../loop/next-technique';
import { newNoteUrl } from '../../routes/urls';

/** The suggested next technique for a piece of work, and a way to start any other one in it. */
export function NextTechnique({ workId, done }: { workId: string; done: DoneSession[] }) {
  const { route } = useLocation();
  const [other, setOther] = useState('');
  const suggestions = suggestNext(techniques, done).slice(0, 4);
  const [first, ...more] = suggestions;
  const title = (id: string) => getCard(id)?.title ?? id;
  // "an After Action Review", "a Retrospect"
  const start = (id: string) =>
    `Start ${/^[aeiou]/i.test(title(id)) ? 'an' : 'a'} ${title(id)} note`;
  return (
    <section aria-labelledby="next-heading" class="box">
      <h2 id="next-heading">What next?</h2>
      {first ? (
        <>
          <p>
            <strong>{title(first.techniqueId)}</strong>: {first.reason}
          </p>
          <p>
            <a class="button" href={newNoteUrl(first.techniqueId, workId)}>
              {start(first.techniqueId)}
            </a>
          </p>
          {more.length > 0 && (
            <p>
              Or:{' '}
              {more.map((s, i) => (
                <span key={s.techniqueId}>
                  {i > 0 && ' · '}
                  <a href={newNoteUrl(s.techniqueId, workId)}>{start(s.techniqueId)}</a>
                </span>
              ))}
            </p>
          )}
        </>
      ) : (
        <p>No technique usually follows the latest one. Choose any technique below.</p>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (other) route(newNoteUrl(other, workId));
        }}
      >
        <label for="other-technique">Start a note of another technique in this work</label>
        <select
          id="other-technique"
          value={other}
          onChange={(e) => setOther(e.currentTarget.value)}
        >
          <option value="">Choose a technique</option>
          {techniques.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>{' '}
        <button type="submit" class="secondary" disabled={!other}>
          Start the note
        </button>
      </form>
    </section>
  );
}
