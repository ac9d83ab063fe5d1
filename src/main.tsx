import { hydrate } from 'preact-iso';
import { App } from './App';
import { preloadChooserPage } from './ui/chooser/ChooserRoute';
import { preloadLivePage } from './ui/live/routes';
import { preloadTechniquePage } from './ui/TechniqueRoute';

// In production the stylesheet is inlined into each prerendered page (src/prerender.tsx).
if (import.meta.env.DEV) void import('./styles/global.css');

const start = () => hydrate(<App />, document.getElementById('app')!);
Promise.all([
  preloadTechniquePage(location.pathname),
  preloadChooserPage(location.pathname),
  preloadLivePage(location.pathname),
]).then(start, start);
