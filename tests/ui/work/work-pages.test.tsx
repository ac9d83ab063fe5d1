import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import type { ComponentChildren } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { createWork } from '../../../src/storage/work';
import { NotesContext } from '../../../src/ui/shared/NotesContext';
import { WorkListPage } from '../../../src/ui/work/WorkListPage';
import { WorkPage } from '../../../src/ui/work/WorkPage';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';
import { choose, retype } from '../user';

let notes: Notes;
beforeEach(() => {
  notes = testNotes();
});

function renderAt(url: string, page: ComponentChildren) {
  history.replaceState(null, '', url);
  render(
    <LocationProvider>
      <NotesContext.Provider value={{ load: async () => notes, flushAll: async () => undefined }}>
        {page}
      </NotesContext.Provider>
    </LocationProvider>,
  );
}

async function trialWork() {
  const work = await notes.sessions.saveWork(
    createWork('Discharge trial', 'Faster discharge from bay B', new Date(), 'w1'),
  );
  await notes.sessions.save(
    sessionFixture({ id: 'aar', workId: 'w1', title: 'Week 2 review', date: '2026-02-01' }),
    0,
  );
  await notes.sessions.save(
    sessionFixture({
      id: 'bar',
      workId: 'w1',
      techniqueId: 'before-action-review',
      title: 'Kick-off',
      date: '2026-01-01',
      actions: [],
      lessons: [],
    }),
    0,
  );
  return work;
}

describe('WorkListPage', () => {
  it('explains what a piece of work is for when there are none', async () => {
    renderAt('/work', <WorkListPage />);
    expect(await screen.findByRole('heading', { name: 'No pieces of work yet' })).toBeTruthy();
    expect(screen.getByText(/so what you learn carries forward/)).toBeTruthy();
  });

  it('asks for a name by the box, and stores nothing without one', async () => {
    renderAt('/work', <WorkListPage />);
    await screen.findByRole('heading', { name: 'No pieces of work yet' });
    await retype(
      screen.getByRole('textbox', { name: /Description/ }),
      'Kept while the name is missing',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start the piece of work' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe('new-work-name-error');
    expect(document.getElementById('new-work-name-error')?.textContent).toMatch(
      /Give the piece of work a name/,
    );
    expect(
      (screen.getByRole('textbox', { name: /Description/ }) as HTMLTextAreaElement).value,
    ).toBe('Kept while the name is missing');
    expect(await notes.sessions.listWorks()).toEqual([]);
  });

  it('starts a piece of work and opens its page', async () => {
    renderAt('/work', <WorkListPage />);
    await screen.findByRole('heading', { name: 'No pieces of work yet' });
    await retype(screen.getByRole('textbox', { name: 'Name' }), '  Ward 7 handover  ');
    fireEvent.click(screen.getByRole('button', { name: 'Start the piece of work' }));
    await waitFor(() => expect(location.pathname).toBe('/work/view'));
    const [work] = await notes.sessions.listWorks();
    expect(work.name).toBe('Ward 7 handover');
    expect(location.search).toBe(`?id=${work.id}`);
  });

  it('lists each piece of work with its number of notes and the next technique', async () => {
    await trialWork();
    renderAt('/work', <WorkListPage />);
    const list = await screen.findByRole('list', { name: 'Pieces of work' });
    expect(within(list).getByRole('link', { name: 'Discharge trial' }).getAttribute('href')).toBe(
      '/work/view?id=w1',
    );
    expect(list.textContent).toMatch(/2 notes · last activity .* · next: Retrospect/);
    expect(list.textContent).toMatch(/Faster discharge from bay B/);
  });
});

describe('WorkPage', () => {
  it('says so for an address with no piece of work', async () => {
    renderAt('/work/view?id=nope', <WorkPage />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Piece of work not found' }),
    ).toBeTruthy();
  });

  it('shows the notes as a timeline by phase, in date order, with open actions and lessons counted', async () => {
    await trialWork();
    renderAt('/work/view?id=w1', <WorkPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Discharge trial' })).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Learning before', 'Learning during']);
    expect(
      within(timeline)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Kick-off', 'Week 2 review']);
    expect(timeline.textContent).toMatch(/After Action Review · .* · 1 open action · 1 lesson/);
  });

  it('suggests the next technique with a link that starts it in this work', async () => {
    await trialWork();
    renderAt('/work/view?id=w1', <WorkPage />);
    const link = await screen.findByRole('link', { name: 'Start a Retrospect note' });
    expect(link.getAttribute('href')).toBe('/notes/new?technique=retrospect&work=w1');
    expect(screen.getByText(/Often follows After Action Review/)).toBeTruthy();
    await choose(screen.getByRole('combobox', { name: /another technique/ }), 'peer-assist');
    fireEvent.click(screen.getByRole('button', { name: 'Start the note' }));
    await waitFor(() =>
      expect(`${location.pathname}${location.search}`).toBe(
        '/notes/new?technique=peer-assist&work=w1',
      ),
    );
  });

  it('ticks an open action done in place, saved to its note', async () => {
    await trialWork();
    renderAt('/work/view?id=w1', <WorkPage />);
    const box = await screen.findByRole('checkbox', {
      name: 'Try a sickest-first order for two weeks',
    });
    fireEvent.click(box);
    await waitFor(async () =>
      expect((await notes.sessions.get('aar'))?.actions[0].done).toBe(true),
    );
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Try a sickest-first order for two weeks',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);
    expect(
      screen
        .getByRole('link', { name: /Make a knowledge asset from this work/ })
        .getAttribute('href'),
    ).toBe('/lessons/asset?work=w1');
  });

  it('renames the piece of work', async () => {
    await trialWork();
    renderAt('/work/view?id=w1', <WorkPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename or describe' }));
    await retype(screen.getByRole('textbox', { name: 'Name' }), 'Discharge trial, phase 2');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Discharge trial, phase 2' }),
    ).toBeTruthy();
    expect((await notes.sessions.getWork('w1'))?.name).toBe('Discharge trial, phase 2');
  });

  it('deletes the piece of work, keeping its notes, and puts it back on Undo', async () => {
    await trialWork();
    renderAt('/work/view?id=w1', <WorkPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the piece of work' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Piece of work deleted' }),
    ).toBeTruthy();
    expect(await notes.sessions.getWork('w1')).toBeUndefined();
    expect(await notes.sessions.get('aar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Discharge trial' })).toBeTruthy();
    expect((await notes.sessions.getWork('w1'))?.name).toBe('Discharge trial');
  });
});

describe('WorkListPage with works to list', () => {
  it('lists the works before the form, and keeps what was typed while the list loaded', async () => {
    await trialWork();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const listWorks = notes.sessions.listWorks;
    notes.sessions.listWorks = async () => (await gate, listWorks());
    renderAt('/work', <WorkListPage />);
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await retype(name, 'Typed early');
    release();
    await screen.findByRole('list', { name: 'Pieces of work' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Your pieces of work',
      'Start a piece of work',
    ]);
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      'Typed early',
    );
  });
});

describe('WorkPage when a tick cannot be saved', () => {
  it('says why and puts the box back', async () => {
    await trialWork();
    notes.sessions.setActionDone = async () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    renderAt('/work/view?id=w1', <WorkPage />);
    const box = (await screen.findByRole('checkbox', {
      name: 'Try a sickest-first order for two weeks',
    })) as HTMLInputElement;
    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage is full/);
    expect(
      (
        screen.getByRole('checkbox', {
          name: 'Try a sickest-first order for two weeks',
        }) as HTMLInputElement
      ).checked,
    ).toBe(false);
  });
});
