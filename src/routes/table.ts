/**
 * Every page of the app, once: its path, its title and whether the build prerenders it. App.tsx maps
 * each path to its component, ui/titles.ts names pages from it, and vite.config.ts prerenders from it.
 * Technique pages (`/techniques/:id`) are prerendered from the catalogue as the home page links them.
 */
export const ROUTES = [
  { path: '/', title: 'Mobilise: learn before, during and after', prerender: true },
  { path: '/techniques/:id', title: '', prerender: false },
  { path: '/choose', title: 'Choose a technique', prerender: true },
  { path: '/run', title: 'Run a technique', prerender: true },
  { path: '/present', title: 'Presenter view', prerender: true },
  { path: '/pairing', title: 'Coffee trial pairs', prerender: true },
  { path: '/cards', title: 'Printable cards', prerender: true },
  { path: '/notes', title: 'Session notes', prerender: true },
  { path: '/notes/edit', title: 'Session note', prerender: true },
  { path: '/notes/new', title: 'New session note', prerender: true },
  { path: '/settings', title: 'Settings and data', prerender: true },
  { path: '/actions', title: 'Actions to follow up', prerender: true },
  { path: '/lessons', title: 'Lessons library', prerender: true },
  { path: '/lessons/asset', title: 'Knowledge asset', prerender: true },
  { path: '/work', title: 'Pieces of work', prerender: true },
  { path: '/work/view', title: 'Piece of work', prerender: true },
] as const;

export type RoutePath = (typeof ROUTES)[number]['path'];

/** The page shown for any other address; prerendered as /404 for hosts that serve it. */
export const NOT_FOUND = { path: '/404', title: 'Page not found' } as const;

/** The paths the build renders to HTML besides those the home page links to. */
export const PRERENDER_PATHS: string[] = [
  ...ROUTES.filter((r) => r.prerender && r.path !== '/').map((r) => r.path),
  NOT_FOUND.path,
];
