/** The piece-of-work pages' routes: small shells in the main bundle; each page's code loads after mount. */
import { DeferredPage } from '../shared/DeferredPage';
import { useLoader } from '../shared/use-loader';

export function WorkListRoute() {
  const load = useLoader(() => import('./WorkListPage').then((m) => m.WorkListPage));
  return (
    <DeferredPage
      name="work-list"
      heading="Pieces of work"
      waiting="Loading your pieces of work…"
      load={load}
    />
  );
}

export function WorkViewRoute() {
  const load = useLoader(() => import('./WorkPage').then((m) => m.WorkPage));
  return (
    <DeferredPage
      name="work-view"
      heading="Piece of work"
      waiting="Opening this piece of work…"
      load={load}
    />
  );
}
