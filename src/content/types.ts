/** Runtime types of technique content, and the card's fields. Type-only imports, so no schema code reaches the browser. */
import type { Technique, TechniqueData } from './schema';

export type { SectionId, Technique } from './schema';
export type Phase = TechniqueData['phase'];
/** The structured facts that lists, search and the chooser need; the full text loads separately. */
export const CARD_FIELDS = [
  'id',
  'title',
  'aliases',
  'phase',
  'summary',
  'purposes',
  'workStages',
  'knowledgeFrom',
  'groupSize',
  'peopleInAll',
  'duration',
  'leadTimeDays',
  'difficulty',
  'settings',
  'related',
  'variants',
] as const satisfies readonly (keyof Technique)[];
export type TechniqueCard = Pick<Technique, (typeof CARD_FIELDS)[number]>;

/** A technique's card: just the CARD_FIELDS (the build turns each technique file's `?card` import into this). */
export function toCard(technique: Technique): TechniqueCard {
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, technique[field]])) as TechniqueCard;
}
export type Variant = NonNullable<TechniqueData['variants']>[number];
