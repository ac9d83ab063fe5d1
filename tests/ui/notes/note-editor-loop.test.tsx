import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { createWork } from '../../../src/storage/work';
import { NoteEditor } from '../../../src/ui/notes/NoteEditor';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';
import { choose, retype } from '../user';

let notes: Notes;
beforeEach(async () => {
  notes = testNotes();
  await notes.sessions.saveWork(
    createWork('Weekend discharge', 'Getting patients home at weekends', new Date(), 'w1'),
  );
  await notes.sessions.saveWork(createWork('Ward 7 handover', '', new Date(), 'w2'));
  await notes.sessions.save(
    sessionFixture({
      id: 'bar',
      workId: 'w1',
      techniqueId: 'before-action-review',
      title: 'Kick-off',
      fields: { 'lessons-to-apply': 'Start small' },
      lessons: [{ id: 'own', text: 'Weekend lesson from this very note', tags: [] }],
    }),
    0,
  );
  await notes.sessions.save(
    sessionFixture({
      id: 'old',
      title: 'Last winter',
      lessons: [
        {
          id: 'l1',
          text: 'Check weekend pharmacy cover before any discharge change',
          tags: ['pharmacy'],
        },
        { id: 'l2', text: 'Book transport on the day of admission', tags: ['transport'] },
      ],
    }),
    0,
  );
});

async function openBar() {
  render(
    <LocationProvider>
      <NoteEditor notes={notes} initial={(await notes.sessions.get('bar'))!} stored />
    </LocationProvider>,
  );
  return screen.findByRole('region', { name: 'Lessons from earlier work that may help' });
}

describe('NoteEditor: earlier lessons', () => {
  it('offers lessons from other notes that share words with the work, with why and where from', async () => {
    const panel = await openBar();
    const list = await within(panel).findByRole('list', { name: 'Earlier lessons' });
    expect(list.textContent).toMatch(/Check weekend pharmacy cover before any discharge change/);
    expect(list.textContent).toMatch(/Mentions .*weekend.*From After Action Review: Last winter/);
    expect(list.textContent).not.toMatch(/this very note/);
    expect(list.textContent).not.toMatch(/Book transport/);
  });

  it('offers a lesson that shares a tag used in this piece of work, even with no words in common, first', async () => {
    const bar = (await notes.sessions.get('bar'))!;
    await notes.sessions.save(
      {
        ...bar,
        lessons: [...bar.lessons, { id: 'tagged', text: 'Ask early', tags: ['transport'] }],
      },
      bar.revision,
    );
    const panel = await openBar();
    const items = within(
      await within(panel).findByRole('list', { name: 'Earlier lessons' }),
    ).getAllByRole('listitem');
    expect(items[0].textContent).toMatch(
      /^Book transport on the day of admission.*Shares the tag transport/,
    );
  });

  it('adds a lesson as a new line of the field, and saves it', async () => {
    const panel = await openBar();
    const add = await within(panel).findByRole('button', {
      name: /^Add to Lessons we will apply.*Check weekend/,
    });
    fireEvent.click(add);
    const box = screen.getByRole('textbox', {
      name: 'Lessons we will apply',
    }) as HTMLTextAreaElement;
    expect(box.value).toBe('Start small\nCheck weekend pharmacy cover before any discharge change');
    await waitFor(
      async () =>
        expect((await notes.sessions.get('bar'))?.fields['lessons-to-apply']).toBe(box.value),
      { timeout: 3000 },
    );
    expect(within(panel).getByRole('button', { name: /^Added/ })).toHaveProperty('disabled', true);
  });

  it('finds other lessons by the words searched for', async () => {
    const panel = await openBar();
    await retype(
      within(panel).getByRole('searchbox', { name: 'Look for lessons about' }),
      'transport',
    );
    expect(
      within(await within(panel).findByRole('list', { name: 'Earlier lessons' }))
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Book transport on the day of admission']);
    await retype(within(panel).getByRole('searchbox', { name: 'Look for lessons about' }), 'zebra');
    expect(within(panel).getByText('No earlier lessons mention those words.')).toBeTruthy();
  });
});

describe('NoteEditor: piece of work', () => {
  it('groups the note in a chosen piece of work and links back to its timeline', async () => {
    await openBar();
    const select = screen.getByRole('combobox', { name: 'Piece of work' }) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('w1'));
    expect(
      screen.getByRole('link', { name: 'Timeline of Weekend discharge' }).getAttribute('href'),
    ).toBe('/work/view?id=w1');
    expect([...select.options].map((o) => o.text)).toEqual([
      'None',
      'Ward 7 handover',
      'Weekend discharge',
    ]);
    await waitFor(() =>
      expect(document.querySelector('.note-print')?.textContent).toContain(
        'Piece of work: Weekend discharge',
      ),
    );
    await choose(select, 'w2');
    await waitFor(async () => expect((await notes.sessions.get('bar'))?.workId).toBe('w2'), {
      timeout: 3000,
    });
    await waitFor(() =>
      expect(document.querySelector('.note-print')?.textContent).toContain(
        'Piece of work: Ward 7 handover',
      ),
    );
    await choose(select, '');
    await waitFor(async () => expect((await notes.sessions.get('bar'))?.workId).toBe(''), {
      timeout: 3000,
    });
    expect(screen.queryByRole('link', { name: /^Timeline of/ })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Start a new piece of work…' }).getAttribute('href'),
    ).toBe('/work');
  });
});
