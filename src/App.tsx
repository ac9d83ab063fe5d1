import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import type { AnyComponent } from 'preact';
import { ROUTES, type RoutePath } from './routes/table';
import { registerServiceWorker } from './sw/register';
import { ChooserRoute } from './ui/chooser/ChooserRoute';
import { HomePage } from './ui/HomePage';
import { Layout } from './ui/Layout';
import { ActionsRoute, AssetRoute, LessonsRoute } from './ui/loop/routes';
import { CardsRoute, PairingRoute, PresentRoute, RunRoute } from './ui/live/routes';
import { NotFoundPage } from './ui/NotFoundPage';
import { RoundsContext, type Rounds } from './ui/live/rounds-context';
import { createLazyRoundsStore, createNotesLoader, NotesContext } from './ui/shared/NotesContext';
import { EditNoteRoute, NewNoteRoute, NotesListRoute, SettingsRoute } from './ui/notes/routes';
import { TechniqueRoute } from './ui/TechniqueRoute';
import { titleFor } from './ui/titles';
import { UpdateToast } from './ui/UpdateToast';
import { WorkListRoute, WorkViewRoute } from './ui/work/routes';

/** The component for every path in the route table (a path missing here is a type error). */
const PAGES: Record<RoutePath, AnyComponent<{ id?: string; rounds?: Rounds }>> = {
  '/': HomePage,
  '/techniques/:id': TechniqueRoute,
  '/choose': ChooserRoute,
  '/run': RunRoute,
  '/present': PresentRoute,
  '/pairing': PairingRoute,
  '/cards': CardsRoute,
  '/notes': NotesListRoute,
  '/notes/edit': EditNoteRoute,
  '/notes/new': NewNoteRoute,
  '/settings': SettingsRoute,
  '/actions': ActionsRoute,
  '/lessons': LessonsRoute,
  '/lessons/asset': AssetRoute,
  '/work': WorkListRoute,
  '/work/view': WorkViewRoute,
};

function Pages() {
  const { path } = useLocation();
  // A layout effect, so it runs before the pages' own effects: a page that names its subject once loaded
  // (a run, a note) sets the final title, and this general one never overwrites it.
  useLayoutEffect(() => {
    document.title = titleFor(path);
  }, [path]);
  return (
    <ErrorBoundary>
      <Router
        onRouteChange={() => {
          // Move focus to the new page's content, as a full page load would, for keyboard and screen reader users.
          document.getElementById('main')?.focus();
        }}
      >
        {ROUTES.map(({ path }) => (
          <Route key={path} path={path} component={PAGES[path]} />
        ))}
        <Route default component={NotFoundPage} />
      </Router>
    </ErrorBoundary>
  );
}

/** Composition only: routing, the page frame, the notes services and the update prompt. */
export function App() {
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  const notes = useMemo(createNotesLoader, []);
  const rounds = useMemo(() => ({ store: createLazyRoundsStore(notes), durable: true }), [notes]);
  useEffect(
    () =>
      registerServiceWorker({
        // An update reloads the page: write any note being typed first.
        onUpdateReady: (apply) => setApplyUpdate(() => () => void notes.flushAll().finally(apply)),
        onOfflineReady: () => setOfflineReady(true),
      }),
    [],
  );
  return (
    <LocationProvider>
      <NotesContext.Provider value={notes}>
        <RoundsContext.Provider value={rounds}>
          <Layout offlineReady={offlineReady}>
            <Pages />
          </Layout>
        </RoundsContext.Provider>
      </NotesContext.Provider>
      {applyUpdate && <UpdateToast apply={applyUpdate} />}
    </LocationProvider>
  );
}
