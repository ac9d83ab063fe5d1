import type { TechniqueCard } from '../../content/types';
import { cardsUrl, presentUrl, runUrl } from '../../routes/urls';

/** From a technique page to running it live: run mode, presenter view, its printable card (and pairing). */
export function LiveLinks({ technique }: { technique: Pick<TechniqueCard, 'id' | 'title'> }) {
  return (
    <nav class="live-links" aria-label={`Use ${technique.title} live`}>
      <a class="button" href={runUrl(technique.id)}>
        Run this technique
      </a>
      {technique.id === 'randomised-coffee-trials' && (
        <a href="/pairing">Make coffee trial pairs</a>
      )}
      <a href={presentUrl(technique.id)}>Presenter view</a>
      <a href={cardsUrl(technique.id)}>Printable card</a>
    </nav>
  );
}
