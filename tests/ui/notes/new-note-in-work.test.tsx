import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import type { Session } from '../../../src/storage/session-record';
import { createWork } from '../../../src/storage/work';
import { NewNotePage } from '../../../src/ui/notes/NewNotePage';
import { NotesContext } from '../../../src/ui/shared/NotesContext';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';

let notes: Notes;
beforeEach(async () => {
  notes = testNotes();
  await notes.sessions.saveWork(createWork('Discharge trial', '', new Date(), 'w1'));
  await notes.sessions.save(
    sessionFixture({
      id: 'bar',
      workId: 'w1',
      techniqueId: 'before-action-review',
      date: '2026-01-01',
      fields: {
        intent: 'Medicines ready by 11am',
        'results-and-measures': 'Discharge under 4 hours',
      },
      actions: [],
      lessons: [],
    }),
    0,
  );
});

function renderAt(url: string) {
  history.replaceState(null, '', url);
  render(
    <LocationProvider>
      <NotesContext.Provider value={{ load: async () => notes, flushAll: async () => undefined }}>
        <NewNotePage />
      </NotesContext.Provider>
    </LocationProvider>,
  );
}

/** The note the page created, once it has moved to the note's own address. */
async function createdNote(): Promise<Session> {
  await waitFor(() => expect(location.pathname).toBe('/notes/edit'), { timeout: 3000 });
  return (await notes.sessions.get(new URLSearchParams(location.search).get('id')!))!;
}

describe('NewNotePage in a piece of work', () => {
  it('starts at once, in the work, with the fields filled from the work’s latest earlier note', async () => {
    renderAt('/notes/new?technique=after-action-review&work=w1');
    const note = await createdNote();
    expect(note.workId).toBe('w1');
    expect(note.fields.expected).toBe('Medicines ready by 11am\n\nDischarge under 4 hours');
    expect(note.fields.actual ?? '').toBe('');
  });

  it('first shows the work’s open actions to tick off, then starts the note on request', async () => {
    await notes.sessions.save(sessionFixture({ id: 'aar', workId: 'w1', date: '2026-02-01' }), 0);
    renderAt('/notes/new?technique=retrospect&work=w1');
    expect(
      await screen.findByRole('heading', {
        name: 'Before you start: open actions from Discharge trial',
      }),
    ).toBeTruthy();
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Try a sickest-first order for two weeks' }),
    );
    await waitFor(async () =>
      expect((await notes.sessions.get('aar'))?.actions[0].done).toBe(true),
    );
    expect(location.pathname).toBe('/notes/new');
    fireEvent.click(screen.getByRole('button', { name: 'Start the note' }));
    const note = await createdNote();
    expect([note.techniqueId, note.workId]).toEqual(['retrospect', 'w1']);
  });

  it('starts an ungrouped note, as before, without a work', async () => {
    renderAt('/notes/new?technique=after-action-review');
    const note = await createdNote();
    expect(note.workId).toBe('');
    expect(note.fields).toEqual({});
  });

  it('opens the note unsaved, still in the work and prefilled, when storage refuses it', async () => {
    vi.spyOn(notes.sessions, 'create').mockRejectedValue(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );
    vi.spyOn(notes.sessions, 'save').mockRejectedValue(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );
    renderAt('/notes/new?technique=after-action-review&work=w1');
    const expected = await screen.findByRole('textbox', { name: 'What was expected to happen?' });
    expect((expected as HTMLTextAreaElement).value).toBe(
      'Medicines ready by 11am\n\nDischarge under 4 hours',
    );
    await waitFor(() =>
      expect(
        (screen.getByRole('combobox', { name: 'Piece of work' }) as HTMLSelectElement).value,
      ).toBe('w1'),
    );
  });
});
