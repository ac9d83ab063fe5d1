import { fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_WORK_ID } from '../../../src/demo/samples';
import type { Notes } from '../../../src/storage/notes';
import { createWork } from '../../../src/storage/work';
import { TrainerDemo } from '../../../src/ui/notes/TrainerDemo';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';

let notes: Notes;
beforeEach(() => {
  notes = testNotes();
});

describe('TrainerDemo', () => {
  it('loads the sample piece of work with its sessions, and removes both without touching real data', async () => {
    const real = await notes.sessions.saveWork(
      createWork('Real work', '', new Date(), 'real-work'),
    );
    await notes.sessions.save(sessionFixture({ id: 'real-note', workId: real.id }), 0);
    render(<TrainerDemo notes={notes} />);

    fireEvent.click(screen.getByRole('button', { name: 'Load sample sessions' }));
    await screen.findByText(/6 sample sessions and a sample piece of work loaded/);
    expect((await notes.sessions.getWork(DEMO_WORK_ID))?.name).toMatch(/^Sample: /);
    expect((await notes.sessions.inWork(DEMO_WORK_ID)).map((s) => s.techniqueId)).toEqual([
      'before-action-review',
      'after-action-review',
      'after-action-review',
      'retrospect',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove sample sessions' }));
    await screen.findByText(/6 sample sessions and the sample piece of work removed/);
    expect(await notes.sessions.getWork(DEMO_WORK_ID)).toBeUndefined();
    expect((await notes.sessions.listWorks()).map((w) => w.id)).toEqual(['real-work']);
    expect((await notes.sessions.allSessions()).map((s) => [s.id, s.workId])).toEqual([
      ['real-note', 'real-work'],
    ]);
  });
});
