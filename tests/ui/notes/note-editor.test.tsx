import { render, screen, waitFor } from '@testing-library/preact';
import { userEvent } from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { NoteEditor } from '../../../src/ui/notes/NoteEditor';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';
import { retype } from '../user';

let notes: Notes;
beforeEach(async () => {
  notes = testNotes();
  await notes.sessions.save(sessionFixture({ fields: {} }), 0);
});

async function openEditor() {
  const initial = (await notes.sessions.get('aar-1'))!;
  render(
    <LocationProvider>
      <NoteEditor notes={notes} initial={initial} stored />
    </LocationProvider>,
  );
  return screen.findByRole('textbox', { name: 'What actually happened?' });
}
const status = () => screen.getAllByRole('status')[0];

describe('NoteEditor', () => {
  it('shows the technique’s own questions as labelled boxes', async () => {
    await openEditor();
    expect(screen.getByRole('textbox', { name: 'What was expected to happen?' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /What have we learned/ })).toBeTruthy();
  });

  it('says "Saving…" while a change is pending, then "Saved" once it is stored, with no save button', async () => {
    const box = await openEditor();
    expect(status().textContent).toBe('Saved on this device');
    await retype(box, 'Two bleeps at once');
    expect(status().textContent).toBe('Saving…');
    await waitFor(() => expect(status().textContent).toBe('Saved on this device'), {
      timeout: 3000,
    });
    expect((await notes.sessions.get('aar-1'))?.fields.actual).toBe('Two bleeps at once');
    expect(screen.queryByRole('button', { name: /^save$/i })).toBeNull();
  });

  it('says "Not saved" with the reason when storage is full, and keeps the text on screen with ways to keep it', async () => {
    vi.spyOn(notes.sessions, 'save').mockRejectedValue(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );
    const box = await openEditor();
    await retype(box, 'Typed on a full phone');
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(alert.textContent).toMatch(/storage is full.*still here/);
    expect(status().textContent).toBe('Not saved');
    expect((box as HTMLTextAreaElement).value).toBe('Typed on a full phone');
    for (const name of ['Copy as text', 'Download', 'Try again'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('shows typed markup as text, never as HTML', async () => {
    await notes.sessions.save(
      { ...(await notes.sessions.get('aar-1'))!, title: '<img src=x onerror="alert(1)">' },
      1,
    );
    await openEditor();
    // The editor's heading and the print view's (hidden on screen by CSS, which happy-dom does not apply).
    for (const h1 of screen.getAllByRole('heading', { level: 1 }))
      expect(h1.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('NoteEditor when the note is deleted in another tab', () => {
  it('says so plainly, re-creates nothing, and Keep my copy saves it with what was typed', async () => {
    const box = await openEditor();
    await notes.sessions.remove('aar-1');
    await screen.findByRole('heading', { name: 'This note was deleted in another tab or window' });
    expect(status().textContent).toBe('Not saved: deleted elsewhere');
    await retype(box, 'Typed after it was deleted');
    await new Promise((r) => setTimeout(r, 50));
    expect(await notes.sessions.get('aar-1')).toBeUndefined();
    expect(screen.getByRole('link', { name: 'Leave it deleted' }).getAttribute('href')).toBe(
      '/notes',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Keep my copy' }));
    await waitFor(async () =>
      expect((await notes.sessions.get('aar-1'))?.fields.actual).toBe('Typed after it was deleted'),
    );
    await waitFor(() => expect(status().textContent).toBe('Saved on this device'));
  });
});
