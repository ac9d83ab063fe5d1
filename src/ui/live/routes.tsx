import { lazy } from 'preact-iso';

/**
 * The live pages (run, presenter, pairing, cards) load their code only when opened, so the home and
 * technique pages never download it.
 */
export const RunRoute = lazy(() => import('./RunPage').then((m) => m.RunPage));
export const PresentRoute = lazy(() => import('./PresentPage').then((m) => m.PresentPage));
export const PairingRoute = lazy(() => import('./PairingPage').then((m) => m.PairingPage));
export const CardsRoute = lazy(() => import('./CardsPage').then((m) => m.CardsPage));

const byPath: Record<string, { preload(): Promise<unknown> }> = {
  '/run': RunRoute,
  '/present': PresentRoute,
  '/pairing': PairingRoute,
  '/cards': CardsRoute,
};

/** Loads a live page's code before hydrating it, so hydration adopts the prerendered HTML as it is. */
export function preloadLivePage(path: string): Promise<unknown> {
  return byPath[path.replace(/\/$/, '')]?.preload() ?? Promise.resolve();
}
