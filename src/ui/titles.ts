import { getCard } from '../content/catalog';
import { NOT_FOUND, ROUTES } from '../routes/table';

const TITLES = new Map<string, string>(ROUTES.map((r) => [r.path, r.title]));

/** The document title for a path; used when prerendering and on client-side navigation. */
export function titleFor(path: string): string {
  const clean = path.replace(/(.)\/$/, '$1') || '/';
  if (clean === '/') return TITLES.get('/')!;
  const page = TITLES.get(clean);
  if (page) return `${page} · Mobilise`;
  const technique = /^\/techniques\/([^/]+)$/.exec(clean);
  const card = technique && getCard(technique[1]);
  if (card) return `${card.title} · Mobilise`;
  return `${NOT_FOUND.title} · Mobilise`;
}
