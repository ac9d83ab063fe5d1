import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { registerServiceWorker } from './sw/register';
import { ChooserRoute } from './ui/chooser/ChooserRoute';
import { HomePage } from './ui/HomePage';
import { Layout } from './ui/Layout';
import { ActionsRoute, AssetRoute, LessonsRoute } from './ui/loop/routes';
import { CardsRoute, PairingRoute, PresentRoute, RunRoute } from './ui/live/routes';
import { NotFoundPage } from './ui/NotFoundPage';
import { RoundsContext } from './ui/live/rounds-context';
import { createLazyRoundsStore, createNotesLoader, NotesContext } from './ui/notes/NotesContext';
import { EditNoteRoute, NewNoteRoute, NotesListRoute, SettingsRoute } from './ui/notes/routes';
import { TechniqueRoute } from './ui/TechniqueRoute';
import { titleFor } from './ui/titles';
import { UpdateToast } from './ui/UpdateToast';
import { WorkListRoute, WorkViewRoute } from './ui/work/routes';

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
        <Route path="/" component={HomePage} />
        <Route path="/techniques/:id" component={TechniqueRoute} />
        <Route path="/choose" component={ChooserRoute} />
        <Route path="/run" component={RunRoute} />
        <Route path="/present" component={PresentRoute} />
        <Route path="/pairing" component={PairingRoute} />
        <Route path="/cards" component={CardsRoute} />
        <Route path="/notes" component={NotesListRoute} />
        <Route path="/notes/edit" component={EditNoteRoute} />
        <Route path="/notes/new" component={NewNoteRoute} />
        <Route path="/settings" component={SettingsRoute} />
        <Route path="/actions" component={ActionsRoute} />
        <Route path="/lessons" component={LessonsRoute} />
        <Route path="/lessons/asset" component={AssetRoute} />
        <Route path="/work" component={WorkListRoute} />
        <Route path="/work/view" component={WorkViewRoute} />
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
