import { hydrate } from 'preact-iso';
import { App } from './App';

// In production the stylesheet is inlined into each prerendered page (src/prerender.tsx).
if (import.meta.env.DEV) void import('./styles/global.css');

hydrate(<App />, document.getElementById('app')!);
