import { getCard } from '../content/catalog';

/** Titles of pages whose subject is in the query string; each page names its subject once loaded. */
const PAGE_TITLES: Record<string, string> = {
  '/choose': 'Choose a technique',
  '/run': 'Run a technique',
  '/present': 'Presenter view',
  '/pairing': 'Coffee trial pairs',
  '/cards': 'Printable cards',
  '/notes': 'Session notes',
  '/notes/edit': 'Session note',
  '/notes/new': 'New session note',
  '/settings': 'Settings and data',
  '/actions': 'Actions to follow up',
  '/lessons': 'Lessons library',
  '/lessons/asset': 'Knowledge asset',
  '/work': 'Pieces of work',
  '/work/view': 'Piece of work',
};

/** The document title for a path; used when prerendering and on client-side navigation. */
export function titleFor(path: string): string {
  if (path === '/' || path === '') return 'Mobilise: learn before, during and after';
  const page = PAGE_TITLES[path.replace(/\/$/, '')];
  if (page) return `${page} · Mobilise`;
  const technique = /^\/techniques\/([^/]+)\/?$/.exec(path);
  const card = technique && getCard(technique[1]);
  if (card) return `${card.title} · Mobilise`;
  return 'Page not found · Mobilise';
}
