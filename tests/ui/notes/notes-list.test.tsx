import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { NotesContext } from '../../../src/ui/shared/NotesContext';
import { NotesListPage } from '../../../src/ui/notes/NotesListPage';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';
import { retype } from '../user';

let notes: Notes;
beforeEach(() => {
  notes = testNotes();
});

function renderList() {
  render(
    <LocationProvider>
      <NotesContext.Provider value={{ load: async () => notes, flushAll: async () => undefined }}>
        <NotesListPage />
      </NotesContext.Provider>
    </LocationProvider>,
  );
}
const titles = async () =>
  within(await screen.findByRole('list', { name: 'Notes' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('NotesListPage', () => {
  it('explains the empty state and offers to start a note', async () => {
    renderList();
    expect(await screen.findByRole('heading', { name: 'No notes yet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a note' })).toBeTruthy();
  });

  it('lists notes newest first and searches as you type', async () => {
    await notes.sessions.save(
      sessionFixture({ id: 'a', title: 'Older', updatedAt: '2026-11-01T00:00:00.000Z' }),
      0,
    );
    await notes.sessions.save(
      sessionFixture({ id: 'b', title: 'Newer', fields: { actual: 'Pharmacy ran late' } }),
      0,
    );
    renderList();
    expect(await titles()).toEqual(['Newer', 'Older']);
    await retype(screen.getByRole('searchbox', { name: 'Search notes' }), 'pharmacy');
    await waitFor(async () => expect(await titles()).toEqual(['Newer']));
    expect(screen.getByText('1 of 2 notes match.')).toBeTruthy();
  });

  it('deletes a note and puts it back on Undo', async () => {
    await notes.sessions.save(sessionFixture({ title: 'Ward round' }), 0);
    renderList();
    await titles();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Ward round' }));
    const undo = await screen.findByRole('region', { name: 'Undo' });
    expect(undo.textContent).toMatch(/Deleted “Ward round”/);
    await waitFor(async () => expect(await notes.sessions.count()).toBe(0));
    fireEvent.click(within(undo).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await titles()).toEqual(['Ward round']));
  });
});
