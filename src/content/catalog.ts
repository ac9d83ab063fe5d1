/**
 * The runtime catalogue. Cards (the structured facts) are bundled with the app; each technique's
 * full text is its own chunk, loaded when its page or a search needs it. Both are precached.
 */
import type { Phase, Technique, TechniqueCard } from './types';

// README.md in that folder is the authoring guide, not a technique.
const cards = import.meta.glob<TechniqueCard>(['/techniques/*.md', '!/techniques/README.md'], {
  eager: true,
  import: 'default',
  query: '?card',
});
const loaders = import.meta.glob<Technique>(['/techniques/*.md', '!/techniques/README.md'], {
  import: 'default',
});

export const PHASE_ORDER: readonly Phase[] = ['before', 'during', 'after'];

/** Every technique's card, in phase order, then as the framework lists them (alphabetical within a phase). */
export const techniques: readonly TechniqueCard[] = Object.values(cards).sort(
  (a, b) =>
    PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase) || a.title.localeCompare(b.title),
);

export function getCard(id: string): TechniqueCard | undefined {
  return techniques.find((t) => t.id === id);
}

/** Loads one technique's full content; undefined when there is no such technique. */
export function loadTechnique(id: string): Promise<Technique | undefined> {
  const load = loaders[`/techniques/${id}.md`];
  return load ? load() : Promise.resolve(undefined);
}

/** Loads every technique's full content (for full-text search). */
export function loadAllTechniques(): Promise<Technique[]> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
