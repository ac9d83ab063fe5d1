/** The notes pages' routes: small shells in the main bundle; each page's code loads after mount. */
import { DeferredPage } from './DeferredPage';

export function NotesListRoute() {
  return <DeferredPage name="list" heading="Session notes" waiting="Loading your notes…" load={() => import('./NotesListPage').then((m) => m.NotesListPage)} />;
}

export function EditNoteRoute() {
  return <DeferredPage name="edit" heading="Session note" waiting="Opening your note…" load={() => import('./EditNotePage').then((m) => m.EditNotePage)} />;
}

export function NewNoteRoute() {
  return <DeferredPage name="new" heading="New session note" waiting="Starting a new note…" load={() => import('./NewNotePage').then((m) => m.NewNotePage)} />;
}

export function SettingsRoute() {
  return <DeferredPage name="settings" heading="Settings and data" waiting="Loading…" load={() => import('./SettingsPage').then((m) => m.SettingsPage)} />;
}
