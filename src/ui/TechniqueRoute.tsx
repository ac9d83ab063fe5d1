import type { FunctionComponent } from 'preact';
import { lazy } from 'preact-iso';
import { loadTechnique, techniques } from '../content/catalog';
import { NotFoundPage } from './NotFoundPage';
import { TechniquePage } from './TechniquePage';

/** One lazy page per technique, so a page loads only its own text (prerendered HTML shows meanwhile). */
const pages = new Map(
  techniques.map((card) => [
    card.id,
    lazy<FunctionComponent>(() =>
      loadTechnique(card.id).then(
        (t) => () => (t ? <TechniquePage technique={t} /> : <NotFoundPage />),
      ),
    ),
  ]),
);

/**
 * Loads a technique page's code before hydrating it, so hydration adopts the prerendered DOM as it is
 * (a page that suspended mid-hydration would be re-rendered, and repainted).
 */
export function preloadTechniquePage(path: string): Promise<unknown> {
  const id = /^\/techniques\/([^/]+)\/?$/.exec(path)?.[1];
  const page = id ? pages.get(id) : undefined;
  return page ? page.preload() : Promise.resolve();
}

export function TechniqueRoute({ id }: { id?: string }) {
  const Page = id ? pages.get(id) : undefined;
  return Page ? <Page /> : <NotFoundPage />;
}
