import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChooserPage } from '../../../src/ui/chooser/ChooserPage';

function open(address: string) {
  history.replaceState(null, '', address);
  return render(
    <LocationProvider>
      <ChooserPage />
    </LocationProvider>,
  );
}

const answer = (name: RegExp | string) => fireEvent.click(screen.getByRole('link', { name }));

describe('ChooserPage', () => {
  beforeEach(() => history.replaceState(null, '', '/'));

  it('asks the first question, with large links for every answer and "Not sure"', async () => {
    open('/choose');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'What do you most want to do?',
    });
    expect(heading).toBeTruthy();
    expect(screen.getByText(/^Question 1 of about \d$/)).toBeTruthy();
    const options = within(
      screen.getByRole('list', { name: 'What do you most want to do?' }),
    ).getAllByRole('link');
    expect(options).toHaveLength(13);
    expect(options.at(-1)?.textContent).toBe('Not sure');
    expect(options[0].getAttribute('href')).toBe('/choose?want=learn-from-others');
  });

  it('moves to the next question, puts the answer in the address and focus on the new question', async () => {
    open('/choose');
    await screen.findByRole('heading', { level: 2, name: 'What do you most want to do?' });
    answer('Connect people who would not otherwise meet');
    const next = await screen.findByRole('heading', { level: 2, name: /how much time/i });
    expect(location.search).toBe('?want=connect-people');
    expect(screen.getByText(/^Question 2 of about \d$/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(next));
  });

  it('recommends a technique with reasons, two alternatives and a line on each of the others', async () => {
    open('/choose');
    answer('Learn from people who have done it before');
    await screen.findByRole('heading', { level: 2, name: 'Our suggestion: Peer Assist' });
    const reasons = screen.getByRole('list', { name: 'Why Peer Assist fits' });
    expect(
      within(reasons).getByText('Made for learning from people who have done it before'),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Peer Assist' }).getAttribute('href')).toBe(
      '/techniques/peer-assist',
    );
    expect(screen.getByRole('link', { name: 'Start a session note' }).getAttribute('href')).toBe(
      '/notes/new?technique=peer-assist',
    );
    const alternatives = within(screen.getByRole('region', { name: 'Also worth a look' }))
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('card'));
    expect(alternatives).toHaveLength(2);
    const others = within(screen.getByRole('list', { name: 'Why not the others' })).getAllByRole(
      'listitem',
    );
    expect(others).toHaveLength(10);
    for (const li of others) expect(li.textContent).toMatch(/^[^:]+: [A-Z].+\.$/);
  });

  it('opens a shared result link straight at the result', async () => {
    open('/choose?want=review-an-event');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Our suggestion: After Action Review' }),
    ).toBeTruthy();
    expect(screen.getByText('Review an event, shift or task soon after it')).toBeTruthy();
  });

  it('goes back one question with Back, even after opening a shared link', async () => {
    open('/choose?want=connect-people');
    await screen.findByRole('heading', { level: 2, name: /how much time/i });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'What do you most want to do?' });
    expect(location.search).toBe('');
  });

  it('with "Not sure" twice, still suggests a technique and says it is a general choice', async () => {
    open('/choose');
    answer('Not sure');
    await screen.findByText(/^Question 2 of/);
    answer('Not sure');
    await screen.findByRole('heading', { level: 2, name: /^Our suggestion: / });
    expect(screen.getByText(/safe general choice/)).toBeTruthy();
    const [reasons] = screen.getAllByRole('list', { name: /^Why .+ fits$/ });
    expect(within(reasons).getAllByRole('listitem').length).toBeGreaterThan(0);
  });

  it('lets you change an answer from the result', async () => {
    open('/choose?want=connect-people&time=under-30');
    await screen.findByRole('heading', { level: 2, name: /^Our suggestion: / });
    fireEvent.click(
      screen.getByRole('link', {
        name: 'Change your answer to: How much time do you have for the session?',
      }),
    );
    await screen.findByRole('heading', { level: 2, name: /how much time/i });
    expect(location.search).toBe('?want=connect-people');
  });
});
