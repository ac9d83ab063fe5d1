/** The notes pages' routes: small shells in the main bundle; each page's code loads after mount. */
import { DeferredPage } from '../shared/DeferredPage';
import { useLoader } from '../shared/use-loader';

export function NotesListRoute() {
  const load = useLoader(() => import('./NotesListPage').then((m) => m.NotesListPage));
  return (
    <DeferredPage name="list" heading="Session notes" waiting="Loading your notes…" load={load} />
  );
}

export function EditNoteRoute() {
  const load = useLoader(() => import('./EditNotePage').then((m) => m.EditNotePage));
  return (
    <DeferredPage name="edit" heading="Session note" waiting="Opening your note…" load={load} />
  );
}

export function NewNoteRoute() {
  const load = useLoader(() => import('./NewNotePage').then((m) => m.NewNotePage));
  return (
    <DeferredPage
      name="new"
      heading="New session note"
      waiting="Starting a new note…"
      load={load}
    />
  );
}

export function SettingsRoute() {
  const load = useLoader(() => import('./SettingsPage').then((m) => m.SettingsPage));
  return (
    <DeferredPage name="settings" heading="Settings and data" waiting="Loading…" load={load} />
  );
}
