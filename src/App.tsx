import { useEffect, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { registerServiceWorker } from './sw/register';
import { ChooserRoute } from './ui/chooser/ChooserRoute';
import { HomePage } from './ui/HomePage';
import { Layout } from './ui/Layout';
import { CardsRoute, PairingRoute, PresentRoute, RunRoute } from './ui/live/routes';
import { NotFoundPage } from './ui/NotFoundPage';
import { TechniqueRoute } from './ui/TechniqueRoute';
import { titleFor } from './ui/titles';
import { UpdateToast } from './ui/UpdateToast';

function Pages() {
  const { path } = useLocation();
  useEffect(() => {
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
        <Route default component={NotFoundPage} />
      </Router>
    </ErrorBoundary>
  );
}

/** Composition only: routing, the page frame and the update prompt. */
export function App() {
  const [applyUpdate, setApplyUpdate] = useState<(() => void) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(
    () =>
      registerServiceWorker({
        onUpdateReady: (apply) => setApplyUpdate(() => apply),
        onOfflineReady: () => setOfflineReady(true),
      }),
    [],
  );
  return (
    <LocationProvider>
      <Layout offlineReady={offlineReady}>
        <Pages />
      </Layout>
      {applyUpdate && <UpdateToast apply={applyUpdate} />}
    </LocationProvider>
  );
}
