/**
 * A piece of work: a project or change that sessions before, during and after it belong to (a session's
 * `workId`). Plain data, no storage and no DOM.
 */
import { newId } from './session-record';

export interface Work {
  id: string;
  name: string;
  /** What the work is for, in a few lines: the context a later team needs. May be empty. */
  description: string;
  /** ISO 8601 times in UTC. */
  createdAt: string;
  updatedAt: string;
}

export function createWork(name: string, description = '', now = new Date(), id = newId()): Work {
  const time = now.toISOString();
  return { id, name: name.trim(), description, createdAt: time, updatedAt: time };
}

/** Works by name, for menus (case and accents ignored, as a person would sort them). */
export function sortWorks(works: readonly Work[]): Work[] {
  return [...works].sort(
    (a, b) =>
      a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
  );
}
