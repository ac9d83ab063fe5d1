import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { NoteEditor } from '../../../src/ui/notes/NoteEditor';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';
import { choose } from '../user';

let notes: Notes;
beforeEach(async () => {
  notes = testNotes();
  // The fixture's AAR "learned" field has two lines; its one lesson is not among them.
  await notes.sessions.save(sessionFixture(), 0);
});

async function openEditor() {
  const initial = (await notes.sessions.get('aar-1'))!;
  render(
    <LocationProvider>
      <NoteEditor notes={notes} initial={initial} stored />
    </LocationProvider>,
  );
  await screen.findByRole('textbox', { name: 'What actually happened?' });
}

describe('keeping note lines as lessons', () => {
  it('offers each line of a promote field, and keeps one in a tap with the kind read from its first word', async () => {
    await openEditor();
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Keep as a lesson: Change the order: sickest patients first',
      }),
    );
    await screen.findByText('In the lessons library');
    expect(
      screen.queryByRole('button', {
        name: 'Keep as a lesson: Change the order: sickest patients first',
      }),
    ).toBeNull();
    await waitFor(
      async () => {
        const stored = await notes.sessions.get('aar-1');
        expect(stored?.lessons.map((l) => [l.text, l.kind, l.tags])).toEqual([
          ['A fixed order stops repeats', undefined, ['handover', 'safety']],
          ['Change the order: sickest patients first', 'avoid', []],
        ]);
      },
      { timeout: 3000 },
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Keep as a lesson: Keep the printed list' }),
    );
    await waitFor(
      async () =>
        expect((await notes.sessions.get('aar-1'))?.lessons[2]).toMatchObject({
          text: 'Keep the printed list',
          kind: 'repeat',
        }),
      { timeout: 3000 },
    );
    expect(screen.getAllByText('In the lessons library')).toHaveLength(2);
  });

  it('counts a line already among the lessons as kept, and offers nothing on fields without promote', async () => {
    await notes.sessions.save(
      {
        ...(await notes.sessions.get('aar-1'))!,
        lessons: [{ id: 'x', text: 'keep the printed list', tags: [] }],
      },
      1,
    );
    await openEditor();
    expect(await screen.findByText('In the lessons library')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /^Keep as a lesson/ })).toHaveLength(1);
  });

  it('lets a lesson say what kind it is', async () => {
    await openEditor();
    const kind = screen.getByRole('combobox', {
      name: 'What kind of lesson? (lesson 1)',
    }) as HTMLSelectElement;
    expect(kind.value).toBe('');
    await choose(kind, 'avoid');
    await waitFor(
      async () => expect((await notes.sessions.get('aar-1'))?.lessons[0].kind).toBe('avoid'),
      { timeout: 3000 },
    );
    await choose(kind, '');
    await waitFor(
      async () => expect((await notes.sessions.get('aar-1'))?.lessons[0].kind).toBeUndefined(),
      { timeout: 3000 },
    );
  });

  it('offers a calendar file for a dated action', async () => {
    await openEditor();
    expect(
      screen.getByRole('button', {
        name: 'Add to calendar (.ics): Try a sickest-first order for two weeks',
      }),
    ).toBeTruthy();
  });
});
