import { getCard } from '../content/catalog';

/** Titles of pages whose technique is in the query string; each page names its technique once loaded. */
const LIVE_TITLES: Record<string, string> = {
  '/run': 'Run a technique',
  '/present': 'Presenter view',
  '/pairing': 'Coffee trial pairs',
  '/cards': 'Printable cards',
};

/** The document title for a path; used when prerendering and on client-side navigation. */
export function titleFor(path: string): string {
  if (path === '/' || path === '') return 'Mobilise: learn before, during and after';
  if (/^\/choose\/?$/.test(path)) return 'Choose a technique · Mobilise';
  const live = LIVE_TITLES[path.replace(/\/$/, '')];
  if (live) return `${live} · Mobilise`;
  const technique = /^\/techniques\/([^/]+)\/?$/.exec(path);
  const card = technique && getCard(technique[1]);
  if (card) return `${card.title} · Mobilise`;
  return 'Page not found · Mobilise';
}
