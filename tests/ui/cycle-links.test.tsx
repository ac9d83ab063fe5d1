import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { getCard } from '../../src/content/catalog';
import { CycleLinks } from '../../src/ui/CycleLinks';

describe('CycleLinks', () => {
  it('links the techniques on each side of the cycle', () => {
    render(
      <CycleLinks before={[getCard('before-action-review')]} after={[getCard('retrospect')]} />,
    );
    expect(screen.getByRole('link', { name: /Before Action Review/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Retrospect/ })).toBeTruthy();
  });

  it('says a technique is a good place to start when nothing comes before it', () => {
    render(<CycleLinks before={[]} after={[getCard('peer-assist')]} />);
    expect(
      screen.getByText('Nothing needs to come first: this is a good place to start.'),
    ).toBeTruthy();
    expect(screen.getAllByRole('list')).toHaveLength(1);
  });
});
