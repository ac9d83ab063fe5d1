import { getCard } from '../content/catalog';

const NOTES_TITLES: Record<string, string> = {
  '/notes': 'Session notes',
  '/notes/edit': 'Session note',
  '/notes/new': 'New session note',
  '/settings': 'Settings and data',
};

/** The document title for a path; used when prerendering and on client-side navigation. */
export function titleFor(path: string): string {
  if (path === '/' || path === '') return 'Mobilise: learn before, during and after';
  if (path in NOTES_TITLES) return `${NOTES_TITLES[path]} · Mobilise`;
  const technique = /^\/techniques\/([^/]+)\/?$/.exec(path);
  const card = technique && getCard(technique[1]);
  if (card) return `${card.title} · Mobilise`;
  return 'Page not found · Mobilise';
}
