/** Runtime types of technique content. Type-only imports, so no schema code reaches the browser. */
import type { Technique, TechniqueData } from './schema';

export type { SectionId, Technique } from './schema';
export type Phase = TechniqueData['phase'];
/** The structured facts that lists, search and the chooser need; the full text loads separately. */
export type TechniqueCard = Pick<
  Technique,
  | 'id'
  | 'title'
  | 'phase'
  | 'summary'
  | 'purposes'
  | 'workStages'
  | 'knowledgeFrom'
  | 'groupSize'
  | 'peopleInAll'
  | 'duration'
  | 'leadTimeDays'
  | 'difficulty'
  | 'settings'
  | 'related'
  | 'variants'
>;
export type Variant = NonNullable<TechniqueData['variants']>[number];
