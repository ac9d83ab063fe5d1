import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createMemoryRoundsStore } from '../../../src/live/rounds';
import { PairingPage } from '../../../src/ui/live/PairingPage';
import { retype } from '../user';

const earlierRounds = [
  {
    id: 'r1',
    madeAt: 1,
    groups: [
      ['Ada', 'Ben'],
      ['Cat', 'Dan'],
    ],
  },
  {
    id: 'r2',
    madeAt: 2,
    groups: [
      ['Ada', 'Cat'],
      ['Ben', 'Dan'],
    ],
  },
];

async function makePairsFor(names: string) {
  await retype(screen.getByLabelText('Names'), names);
  fireEvent.click(screen.getByRole('button', { name: 'Make pairs' }));
  return screen.findByRole('region', { name: /groups?$/ });
}

describe('PairingPage', () => {
  it('avoids the pairs of the rounds in the store it is given', async () => {
    render(
      <PairingPage rounds={{ store: createMemoryRoundsStore(earlierRounds), durable: true }} />,
    );
    const result = await makePairsFor('Ada\nBen\nCat\nDan');
    const groups = within(result)
      .getAllByRole('listitem')
      .map((li) => li.textContent!.split(' and ').sort().join(' and '));
    expect(groups.sort()).toEqual(['Ada and Dan', 'Ben and Cat']);
  });

  it('keeps a round in that store when asked', async () => {
    const store = createMemoryRoundsStore();
    render(<PairingPage rounds={{ store, durable: true }} />);
    await makePairsFor('Ada\nBen');
    fireEvent.click(screen.getByRole('button', { name: 'Keep this round' }));
    await screen.findByText('Round kept. The next round will avoid these pairs.');
    const kept = await store.list();
    expect(kept).toHaveLength(1);
    expect(kept[0].groups.map((g) => g.slice().sort())).toEqual([['Ada', 'Ben']]);
  });

  it('says where kept rounds live', async () => {
    const { unmount } = render(
      <PairingPage rounds={{ store: createMemoryRoundsStore(), durable: true }} />,
    );
    expect(await screen.findByText(/Kept rounds are stored on this device\./)).toBeTruthy();
    unmount();
    render(<PairingPage rounds={{ store: createMemoryRoundsStore(), durable: false }} />);
    expect(await screen.findByText(/Kept rounds last while this page is open\./)).toBeTruthy();
  });

  it('shows a clear message and keeps the names when a round cannot be kept', async () => {
    const store = {
      ...createMemoryRoundsStore(),
      add: () => Promise.reject(new Error('QuotaExceededError')),
    };
    render(<PairingPage rounds={{ store, durable: true }} />);
    await makePairsFor('Ada\nBen');
    fireEvent.click(screen.getByRole('button', { name: 'Keep this round' }));
    await screen.findByText('This round could not be kept. Copy the pairs so you have them.');
    expect((screen.getByLabelText('Names') as HTMLTextAreaElement).value).toBe('Ada\nBen');
  });

  it('still makes pairs when earlier rounds cannot be read, and says so', async () => {
    const store = {
      ...createMemoryRoundsStore(),
      list: () => Promise.reject(new Error('blocked')),
    };
    render(<PairingPage rounds={{ store, durable: true }} />);
    await makePairsFor('Ada\nBen');
    await waitFor(() =>
      expect(
        screen.getByText('Earlier rounds could not be read, so some pairs may have met before.'),
      ).toBeTruthy(),
    );
  });
});
