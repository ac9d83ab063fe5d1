/** A technique card with sensible defaults, for tests that need made-up techniques. */
import type { TechniqueCard } from '../../src/content/types';

export function card(overrides: Partial<TechniqueCard> & { id: string }): TechniqueCard {
  return {
    title: overrides.id,
    phase: 'during',
    summary: `The ${overrides.id} technique.`,
    purposes: ['explore-a-topic'],
    workStages: ['under-way'],
    knowledgeFrom: ['our-team'],
    groupSize: { min: 4, max: 12 },
    duration: { min: 45, max: 90 },
    leadTimeDays: { min: 7, max: 14 },
    difficulty: 'moderate',
    settings: { inPerson: 'good', online: 'good', hybrid: 'good' },
    related: { before: [], after: [] },
    ...overrides,
  };
}
