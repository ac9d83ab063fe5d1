import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import type { ComponentChildren } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { localDate } from '../../../src/storage/session-record';
import { ActionsPage } from '../../../src/ui/loop/ActionsPage';
import { AssetPage } from '../../../src/ui/loop/AssetPage';
import { LessonsPage } from '../../../src/ui/loop/LessonsPage';
import { NotesContext } from '../../../src/ui/shared/NotesContext';
import { action, lesson, session, work } from '../../loop/loop-fixtures';
import { testNotes } from '../../storage/notes-fixtures';
import { choose, retype } from '../user';

let notes: Notes;
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000));

function show(children: ComponentChildren) {
  const loader = { load: async () => notes, current: () => notes, flushAll: async () => undefined };
  render(
    <LocationProvider>
      <NotesContext.Provider value={loader}>{children}</NotesContext.Provider>
    </LocationProvider>,
  );
}

beforeEach(async () => {
  notes = testNotes();
  await notes.sessions.saveWork(work('w1', 'Ward 5 handover'));
  await notes.sessions.save(
    session('s1', day(-10), {
      workId: 'w1',
      title: 'Night shift',
      actions: [
        action('a-late', 'Print the list', day(-3), { owner: 'Sam' }),
        action('a-soon', 'Ring pharmacy', day(2), { owner: 'Ann' }),
        action('a-done', 'Old job', '', { done: true }),
      ],
      lessons: [
        lesson('l1', 'Keep the printed list', { tags: ['handover'], kind: 'repeat' }),
        lesson('l2', 'Change the order', { kind: 'avoid' }),
      ],
    }),
    0,
  );
  await notes.sessions.save(
    session('s2', day(-1), {
      techniqueId: 'retrospect',
      title: 'Wrap-up',
      actions: [action('a-none', 'Write it up')],
      lessons: [lesson('l3', 'Book rooms early', { tags: ['rooms'] })],
    }),
    0,
  );
});

describe('ActionsPage', () => {
  it('lists open actions overdue first, in words, with their note and piece of work', async () => {
    show(<ActionsPage />);
    const list = await screen.findByRole('list', { name: 'Actions' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.action-what')?.textContent)).toEqual([
      'Print the list',
      'Ring pharmacy',
      'Write it up',
    ]);
    expect(items[0].textContent).toContain('Overdue by 3 days');
    expect(items[1].textContent).toContain('Due in 2 days');
    expect(
      within(items[0])
        .getByRole('link', { name: /After Action Review: Night shift/ })
        .getAttribute('href'),
    ).toBe('/notes/edit?id=s1');
    expect(
      within(items[0]).getByRole('link', { name: 'Ward 5 handover' }).getAttribute('href'),
    ).toBe('/work/view?id=w1');
    expect(
      within(items[0]).getByRole('button', { name: 'Add to calendar (.ics): Print the list' }),
    ).toBeTruthy();
    expect(within(items[2]).queryByRole('button', { name: /Add to calendar/ })).toBeNull();
  });

  it('ticks an action done in its note, keeps the row saying Done, and Undo puts it back', async () => {
    show(<ActionsPage />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Done: Print the list' }));
    await waitFor(async () => expect((await notes.sessions.get('s1'))?.actions[0].done).toBe(true));
    await screen.findByText('Saved on this device.');
    const item = (await screen.findByText('Print the list', { selector: 's' })).closest('li')!;
    expect(within(item).getByText('Done', { selector: 'strong' })).toBeTruthy();
    expect(
      (within(item).getByRole('checkbox', { name: 'Done: Print the list' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    fireEvent.click(within(item).getByRole('button', { name: /Undo/ }));
    await waitFor(async () =>
      expect((await notes.sessions.get('s1'))?.actions[0].done).toBe(false),
    );
  });

  it('filters by piece of work and owner, and shows done actions when asked', async () => {
    show(<ActionsPage />);
    const list = await screen.findByRole('list', { name: 'Actions' });
    await choose(screen.getByRole('combobox', { name: 'Owner' }), 'Ann');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    await choose(screen.getByRole('combobox', { name: 'Owner' }), '');
    await choose(screen.getByRole('combobox', { name: 'Piece of work' }), '(none)');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.querySelector('.action-what')?.textContent),
      ).toEqual(['Write it up']),
    );
    await choose(screen.getByRole('combobox', { name: 'Piece of work' }), 'w1');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show done actions too' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
  });

  it('explains where actions come from when there are none', async () => {
    notes = testNotes();
    show(<ActionsPage />);
    expect(await screen.findByRole('heading', { name: 'No actions yet' })).toBeTruthy();
    expect(screen.getByText(/Actions come from your session notes/)).toBeTruthy();
  });
});

describe('LessonsPage', () => {
  it('opens already filtered to a piece of work from a link (/lessons?work=)', async () => {
    history.replaceState(null, '', '/lessons?work=w1');
    try {
      show(<LessonsPage />);
      await screen.findByText('2 of 3 lessons match.');
      expect(
        (screen.getByRole('combobox', { name: 'Piece of work' }) as HTMLSelectElement).value,
      ).toBe('w1');
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('searches and filters, announcing the count politely', async () => {
    show(<LessonsPage />);
    const count = await screen.findByText('3 lessons.');
    expect(count.getAttribute('aria-live')).toBe('polite');
    await retype(screen.getByRole('searchbox', { name: 'Search lessons' }), 'LIST printed');
    await screen.findByText('1 of 3 lessons match.');
    const item = within(screen.getByRole('list', { name: 'Lessons' })).getByRole('listitem');
    expect(item.textContent).toContain('To repeat');
    expect(item.textContent).toContain('Tags: handover');
    await retype(screen.getByRole('searchbox', { name: 'Search lessons' }), '');
    await choose(screen.getByRole('combobox', { name: 'Technique' }), 'retrospect');
    await screen.findByText('1 of 3 lessons match.');
    await choose(screen.getByRole('combobox', { name: 'Tag' }), 'handover');
    await screen.findByText('Nothing matches. Try fewer words, or clear a filter.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await screen.findByText('3 lessons.');
  });

  it('makes a knowledge asset from the chosen lessons', async () => {
    show(<LessonsPage />);
    fireEvent.click(
      await screen.findByRole('checkbox', { name: /Choose the lesson: Keep the printed list/ }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Choose the lesson: Book rooms early/ }));
    const link = await screen.findByRole('link', {
      name: 'Make a knowledge asset from 2 chosen lessons',
    });
    expect(link.getAttribute('href')).toBe('/lessons/asset?lessons=l1,l3');
  });

  it('shows 50 lessons at a time, with more on request', async () => {
    const many = Array.from({ length: 60 }, (_, i) => lesson(`m${i}`, `Lesson number ${i}`));
    await notes.sessions.save(session('s3', day(0), { lessons: many }), 0);
    show(<LessonsPage />);
    const list = await screen.findByRole('list', { name: 'Lessons' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show more lessons (13 more)' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(63));
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  it('says where lessons come from when there are none', async () => {
    notes = testNotes();
    show(<LessonsPage />);
    expect(await screen.findByRole('heading', { name: 'No lessons yet' })).toBeTruthy();
  });
});

describe('AssetPage', () => {
  it('shows a piece of work as a document and downloads it as Markdown', async () => {
    history.replaceState(null, '', 'http://localhost:3000/lessons/asset?work=w1');
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    show(<AssetPage />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lessons from Ward 5 handover' }),
    ).toBeTruthy();
    for (const name of [
      'Context',
      'What to repeat',
      'What to avoid',
      'Who to ask',
      'Actions still open',
    ])
      expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Other lessons' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Download as Markdown' }));
    const blob = created.mock.calls[0][0] as Blob;
    expect(await blob.text()).toContain('## What to avoid\n\n- Change the order');
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeTruthy();
  });

  it('lists roles under "Who to ask" by default, and names only when "Include people\'s names" is ticked', async () => {
    await notes.sessions.save(
      session('s3', day(-2), {
        workId: 'w1',
        facilitator: 'Priya Shah',
        fields: { 'roles-present': 'Charge nurse, pharmacist' },
      }),
      0,
    );
    history.replaceState(null, '', 'http://localhost:3000/lessons/asset?work=w1');
    show(<AssetPage />);
    const who = async () =>
      (await screen.findByRole('heading', { level: 2, name: 'Who to ask' })).parentElement!
        .textContent;
    expect(await who()).toContain('Charge nurse');
    expect(await who()).toContain('pharmacist');
    expect(await who()).toMatch(/Facilitator: After Action Review/);
    expect(document.body.textContent).not.toMatch(/Priya Shah|\(Sam,|Ann/);
    fireEvent.click(screen.getByRole('checkbox', { name: "Include people's names" }));
    await waitFor(async () => expect(await who()).toContain('Priya Shah'));
    expect(await who()).toContain('People named in these notes');
    expect(document.body.textContent).toMatch(/Print the list \(Sam,/);
  });

  it('asks before downloading an asset that holds what looks like a patient detail', async () => {
    await notes.sessions.save(
      session('s4', day(-2), {
        workId: 'w1',
        lessons: [lesson('l4', 'Check 943 476 5919 first', { kind: 'repeat' })],
      }),
      0,
    );
    history.replaceState(null, '', 'http://localhost:3000/lessons/asset?work=w1');
    const created = vi.spyOn(URL, 'createObjectURL');
    created.mockClear();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    show(<AssetPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download as Markdown' }));
    const notice = screen.getByRole('group', { name: /Check before it leaves this device/ });
    expect(notice.textContent).toMatch(/This asset still has text that looks like an NHS number/);
    expect(created).not.toHaveBeenCalled();
    fireEvent.click(within(notice).getByRole('button', { name: 'Download anyway' }));
    expect(created).toHaveBeenCalledTimes(1);
    expect(await (created.mock.calls[0][0] as Blob).text()).toMatch(
      /\*Notes kept on this device are not the official record\. .*\*\n$/,
    );
  });

  it('says clearly when the work is not found', async () => {
    history.replaceState(null, '', 'http://localhost:3000/lessons/asset?work=gone');
    show(<AssetPage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /piece of work is not on this device/,
    );
  });

  it('says clearly when none of the chosen lessons are found', async () => {
    history.replaceState(null, '', 'http://localhost:3000/lessons/asset?lessons=x,y');
    show(<AssetPage />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/None of the chosen lessons/);
  });
});
