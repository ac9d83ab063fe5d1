import { getCard } from '../content/catalog';

/** The document title for a path; used when prerendering and on client-side navigation. */
export function titleFor(path: string): string {
  if (path === '/' || path === '') return 'Mobilise: learn before, during and after';
  if (/^\/choose\/?$/.test(path)) return 'Choose a technique · Mobilise';
  const technique = /^\/techniques\/([^/]+)\/?$/.exec(path);
  const card = technique && getCard(technique[1]);
  if (card) return `${card.title} · Mobilise`;
  return 'Page not found · Mobilise';
}
