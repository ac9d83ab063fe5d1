import { lazy } from 'preact-iso';

/** The chooser's code loads only on its own page, so other pages' first view stays small. */
const ChooserPage = lazy(() => import('./ChooserPage').then((m) => m.ChooserPage));

/** Loads the chooser's code before hydrating /choose, so hydration adopts the prerendered page as it is. */
export function preloadChooserPage(path: string): Promise<unknown> {
  return /^\/choose\/?$/.test(path) ? ChooserPage.preload() : Promise.resolve();
}

export function ChooserRoute() {
  return <ChooserPage />;
}
