import { hydrate } from 'preact-iso';
import { App } from './App';
import { preloadChooserPage } from './ui/chooser/ChooserRoute';
import { preloadLivePage } from './ui/live/routes';
import { keepTyped } from './ui/keep-typed';
import { preloadTechniquePage } from './ui/TechniqueRoute';

// In production the stylesheet is inlined into each prerendered page (src/prerender.tsx).
if (import.meta.env.DEV) void import('./styles/global.css');

const start = () => {
  const restoreTyped = keepTyped();
  hydrate(<App />, document.getElementById('app')!);
  // A page whose code was still loading renders afresh a moment later: check again then.
  for (const delay of [0, 300, 1500]) setTimeout(restoreTyped, delay);
};
Promise.all([
  preloadTechniquePage(location.pathname),
  preloadChooserPage(location.pathname),
  preloadLivePage(location.pathname),
]).then(start, start);
