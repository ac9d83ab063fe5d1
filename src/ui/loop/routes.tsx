/** The learning-loop pages' routes (actions, lessons, knowledge asset): small shells; each page's code loads after mount. */
import { DeferredPage } from '../shared/DeferredPage';
import { useLoader } from '../shared/use-loader';

export function ActionsRoute() {
  const load = useLoader(() => import('./ActionsPage').then((m) => m.ActionsPage));
  return (
    <DeferredPage
      name="actions"
      heading="Actions to follow up"
      waiting="Loading your actions…"
      load={load}
    />
  );
}

export function LessonsRoute() {
  const load = useLoader(() => import('./LessonsPage').then((m) => m.LessonsPage));
  return (
    <DeferredPage
      name="lessons"
      heading="Lessons library"
      waiting="Loading your lessons…"
      load={load}
    />
  );
}

export function AssetRoute() {
  const load = useLoader(() => import('./AssetPage').then((m) => m.AssetPage));
  return (
    <DeferredPage
      name="asset"
      heading="Knowledge asset"
      waiting="Putting the knowledge asset together…"
      load={load}
    />
  );
}
