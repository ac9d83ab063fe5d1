import type { TechniqueCard } from '../../content/types';

/** From a technique page to running it live: run mode, presenter view, its printable card (and pairing). */
export function LiveLinks({ technique }: { technique: Pick<TechniqueCard, 'id' | 'title'> }) {
  const q = `?technique=${technique.id}`;
  return (
    <nav class="live-links" aria-label={`Use ${technique.title} live`}>
      <a class="button" href={`/run${q}`}>
        Run this technique
      </a>
      {technique.id === 'randomised-coffee-trials' && (
        <a href="/pairing">Make coffee trial pairs</a>
      )}
      <a href={`/present${q}`}>Presenter view</a>
      <a href={`/cards${q}`}>Printable card</a>
    </nav>
  );
}
