import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StorageStatus } from '../../../src/ui/notes/StorageStatus';
import { testNotes } from '../../storage/notes-fixtures';

function storage(persisted: boolean, grant: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
    estimate: vi.fn(async () => ({ usage: 3 * 1024 * 1024, quota: 2 * 1024 ** 3 })),
  };
}

describe('StorageStatus', () => {
  it('shows the storage estimate and that notes are kept safe once the browser agreed', async () => {
    render(<StorageStatus notes={{ ...testNotes(), storage: storage(true, true) }} />);
    expect(await screen.findByText(/Kept safe: the browser has agreed/)).toBeTruthy();
    expect(
      screen.getByText('Mobilise uses 3.0 MB of the 2.0 GB this browser allows it.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ask the browser to keep my notes' })).toBeNull();
  });

  it('asks the browser to keep the notes (navigator.storage.persist) and shows its answer', async () => {
    const notes = testNotes();
    const manager = storage(false, false);
    const persist = vi.fn(async () => manager.persist());
    render(<StorageStatus notes={{ ...notes, storage: manager, askToKeepData: persist }} />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Ask the browser to keep my notes' }),
    );
    expect(await screen.findByText(/The browser said no for now/)).toBeTruthy();
    expect(manager.persist).toHaveBeenCalledOnce();
  });

  it('says when the browser cannot tell', async () => {
    render(<StorageStatus notes={testNotes()} />);
    expect(await screen.findByText(/does not say whether it will keep your notes/)).toBeTruthy();
  });
});
