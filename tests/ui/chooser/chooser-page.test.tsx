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
    expect(screen.getByText('One answer is enough for a suggestion.')).toBeTruthy();
    const options = within(
      screen.getByRole('list', { name: 'What do you most want to do?' }),
    ).getAllByRole('link');
    expect(options).toHaveLength(13);
    expect(options.at(-1)?.textContent).toBe('Not sure');
    expect(options[0].getAttribute('href')).toBe('/choose?want=learn-from-others');
  });

  it('suggests after one answer, with a skippable question that refines it and an honest progress line', async () => {
    open('/choose');
    await screen.findByRole('heading', { level: 2, name: 'What do you most want to do?' });
    answer('Connect people who would not otherwise meet');
    const result = await screen.findByRole('heading', { level: 2, name: /^Our suggestion: / });
    expect(location.search).toBe('?want=connect-people');
    await waitFor(() => expect(document.activeElement).toBe(result));
    const refine = screen.getByRole('region', { name: /^Refine: / });
    expect(
      within(refine).getByText(/^1 question answered · up to \d more could refine this$/),
    ).toBeTruthy();
    const skip = within(refine).getByRole('link', { name: 'Skip' });
    expect(skip.getAttribute('href')).toMatch(/^\/choose\?want=connect-people&[a-z]+=not-sure$/);
    answer(within(refine).getAllByRole('link')[0].textContent!);
    await waitFor(() => expect(location.search).toMatch(/^\?want=connect-people&[a-z]+=/));
  });

  it('recommends a technique with reasons from the answers, facts apart, and a line on each of the others', async () => {
    open('/choose');
    answer('Learn from people who have done it before');
    await screen.findByRole('heading', { level: 2, name: 'Our suggestion: Peer Assist' });
    const reasons = screen.getByRole('list', { name: 'Why Peer Assist fits' });
    expect(
      within(reasons).getByText(
        'You want to learn from people who have done it before: it is made for that',
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^About this technique: 4 to 12 people/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Peer Assist' }).getAttribute('href')).toBe(
      '/techniques/peer-assist',
    );
    expect(screen.getByRole('link', { name: 'Start a session note' }).getAttribute('href')).toBe(
      '/notes/new?technique=peer-assist',
    );
    // Nothing else fits learning from others well enough to be worth reading.
    expect(screen.queryByRole('region', { name: 'Also worth a look' })).toBeNull();
    expect(
      screen.getByText('Peer Assist is a clear fit for your answers: nothing else comes close.'),
    ).toBeTruthy();
    const others = within(screen.getByRole('list', { name: 'Why not the others' })).getAllByRole(
      'listitem',
    );
    expect(others).toHaveLength(12);
    for (const li of others) expect(li.textContent).toContain('You want to ');
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
    open('/choose?want=not-sure');
    await screen.findByText(/^1 question answered/);
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'What do you most want to do?' });
    expect(location.search).toBe('');
  });

  it('with "Not sure" twice, still suggests a technique and says it is a general choice', async () => {
    open('/choose');
    answer('Not sure');
    await screen.findByText(/^1 question answered/);
    answer('Skip');
    await screen.findByRole('heading', { level: 2, name: /^Our suggestion: / });
    expect(screen.getByText(/safe general choice/)).toBeTruthy();
    expect(screen.getByText('None of your answers points to one technique yet.')).toBeTruthy();
    expect(screen.getByText(/^About this technique: /)).toBeTruthy();
  });

  it('lets you change an answer from the result', async () => {
    open('/choose?want=connect-people&time=under-30');
    await screen.findByRole('heading', { level: 2, name: /^Our suggestion: / });
    fireEvent.click(
      screen.getByRole('link', {
        name: 'Change your answer to: How long can people meet each time?',
      }),
    );
    await screen.findByRole('heading', {
      level: 3,
      name: 'Refine: How long can people meet each time?',
    });
    expect(location.search).toBe('?want=connect-people&ask=time');
  });
});
