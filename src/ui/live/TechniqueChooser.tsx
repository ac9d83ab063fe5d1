import { techniques } from '../../content/catalog';
import type { TechniqueQuery } from './use-technique-query';

/**
 * What a run, presenter or card page shows until its technique is ready: a loading line (also the
 * prerendered HTML), a list to choose from when the address names none or an unknown one, or a retry.
 */
export function TechniqueChooser({
  query,
  heading,
  path,
}: {
  query: Exclude<TechniqueQuery, { status: 'ready' }>;
  heading: string;
  path: string;
}) {
  return (
    <>
      <h1>{heading}</h1>
      {query.status === 'loading' && <p role="status">Loading the technique…</p>}
      {query.status === 'failed' && (
        <div role="alert">
          <p>This technique could not be loaded. Check your connection, then try again.</p>
          <button type="button" onClick={query.retry}>
            Try again
          </button>
        </div>
      )}
      {(query.status === 'none' || query.status === 'unknown') && (
        <>
          <p>
            {query.status === 'unknown' ? `There is no technique called “${query.id}”. ` : ''}
            Choose a technique:
          </p>
          <ul class="cards">
            {techniques.map((t) => (
              <li key={t.id}>
                <a class={`card phase-${t.phase}`} href={`${path}?technique=${t.id}`}>
                  <strong>{t.title}</strong>
                  <span>{t.summary}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
