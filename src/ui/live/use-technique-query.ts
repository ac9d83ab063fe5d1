import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getCard, loadTechnique } from '../../content/catalog';
import type { Technique } from '../../content/types';

export type TechniqueQuery =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'unknown'; id: string }
  | { status: 'failed'; retry: () => void }
  | { status: 'ready'; technique: Technique };

/**
 * The technique named in the address (`?technique=<id>`), loaded in full. The query string is read only
 * after mount: the page was prerendered without it, and hydration must match that HTML first.
 */
export function useTechniqueQuery(): TechniqueQuery {
  const { query } = useLocation();
  const [state, setState] = useState<TechniqueQuery>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('technique')?.trim() ?? '';
    if (!id) return setState({ status: 'none' });
    if (!getCard(id)) return setState({ status: 'unknown', id });
    let current = true;
    setState({ status: 'loading' });
    loadTechnique(id).then(
      (technique) =>
        current && setState(technique ? { status: 'ready', technique } : { status: 'unknown', id }),
      // Only when the file is neither cached nor reachable: say so and offer another try.
      () => current && setState({ status: 'failed', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
  }, [query.technique, attempt]);
  return state;
}
