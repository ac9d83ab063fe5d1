import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Notes } from '../../../src/storage/notes';
import { NoteEditor } from '../../../src/ui/notes/NoteEditor';
import { sessionFixture, testNotes } from '../../storage/notes-fixtures';

// 943 476 5919 passes the Modulus 11 check (check digit 9); 401 023 2137 does too (check digit 7).
const NHS = '943 476 5919';
const OTHER_NHS = '401 023 2137';
const NHS_WARNING =
  /This looks like an NHS number \(“943 476 5919”\)\. Keep patient details out of session notes\./;

let notes: Notes;
beforeEach(async () => {
  vi.restoreAllMocks();
  notes = testNotes();
  await notes.sessions.save(sessionFixture({ fields: {} }), 0);
});

async function openEditor() {
  const initial = (await notes.sessions.get('aar-1'))!;
  render(
    <LocationProvider>
      <NoteEditor notes={notes} initial={initial} stored />
    </LocationProvider>,
  );
  return screen.findByRole('textbox', { name: 'What actually happened?' });
}
const saveStatus = () => screen.getAllByRole('status')[0];
/** The warning region that belongs to a box. */
const warningFor = (box: HTMLElement) =>
  document.querySelector<HTMLElement>(`[role="status"][data-for="${box.id}"]`)!;

describe('IdentifierWarning in the note editor', () => {
  it('warns beside the box a moment after an NHS number is typed, without taking focus or holding up the save', async () => {
    const user = userEvent.setup();
    const box = await openEditor();
    await user.click(box);
    await user.type(box, `Patient ${NHS} waited`);
    expect(document.activeElement).toBe(box);
    const region = warningFor(box);
    await waitFor(() => expect(region.textContent).toMatch(NHS_WARNING), { timeout: 1000 });
    expect(region.getAttribute('role')).toBe('status');
    expect(document.activeElement).toBe(box);
    await waitFor(() => expect(saveStatus().textContent).toBe('Saved on this device'), {
      timeout: 3000,
    });
    expect((await notes.sessions.get('aar-1'))?.fields.actual).toBe(`Patient ${NHS} waited`);
  });

  it('checks again only once typing pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const box = await openEditor();
      await user.type(box, `NHS ${NHS}`);
      expect(warningFor(box).textContent).toBe('');
      await vi.advanceTimersByTimeAsync(350);
      expect(warningFor(box).textContent).toMatch(NHS_WARNING);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says nothing for ward, bed and time details, or for titles in the facilitator box', async () => {
    const user = userEvent.setup();
    const box = await openEditor();
    await user.type(box, 'Ward 10, bed 12 at 14:30 in 2024; ward 7B for 45 minutes');
    const facilitator = screen.getByRole('textbox', { name: 'Facilitator' });
    await user.clear(facilitator);
    await user.type(facilitator, 'Dr Patel');
    await new Promise((r) => setTimeout(r, 400));
    expect(screen.queryByText(/This looks like/)).toBeNull();
  });

  it('"It isn\'t" dismisses that text for good (stored with the note), and a different number warns again', async () => {
    const user = userEvent.setup();
    const box = await openEditor();
    await user.type(box, `Ref ${NHS}`);
    const dismiss = await screen.findByRole(
      'button',
      { name: `It isn't an NHS number: ${NHS}` },
      { timeout: 1000 },
    );
    await user.click(dismiss);
    expect(warningFor(box).textContent).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(box));
    await waitFor(async () =>
      expect((await notes.sessions.get('aar-1'))?.dismissedWarnings).toHaveLength(1),
    );
    const stored = (await notes.sessions.get('aar-1'))!;
    expect(JSON.stringify(stored.dismissedWarnings)).not.toContain('943');

    // Opened again (as after a reload): still dismissed.
    cleanup();
    const again = await openEditor();
    expect((again as HTMLTextAreaElement).value).toBe(`Ref ${NHS}`);
    expect(screen.queryByText(NHS_WARNING)).toBeNull();

    await user.type(again, ` and ${OTHER_NHS}`);
    expect(
      await screen.findByText(/NHS number \(“401 023 2137”\)/, {}, { timeout: 1000 }),
    ).toBeTruthy();
    expect(screen.queryByText(NHS_WARNING)).toBeNull();
  });

  it('warns in action and lesson boxes too', async () => {
    const user = userEvent.setup();
    await openEditor();
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    const what = screen.getByRole('textbox', { name: 'Action 2: what needs doing' });
    await user.type(what, 'Ring Mrs Hughes on 07700 900123');
    const region = warningFor(what);
    // Two at once: one lead line, then each with its own "It isn't".
    await waitFor(() => expect(region.textContent).toMatch(/^This looks like patient details\./), {
      timeout: 1000,
    });
    expect(
      within(region)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "A person's title and name: “Mrs Hughes” It isn't",
      "A phone number: “07700 900123” It isn't",
    ]);
    const lesson = screen.getByRole('textbox', { name: 'Lesson 1' });
    await user.type(lesson, ' (email j.smith@nhs.net)');
    await waitFor(() => expect(warningFor(lesson).textContent).toMatch(/email address/), {
      timeout: 1000,
    });
  });
});

describe('exports while flagged text remains', () => {
  it('asks once before a download, in the page, and goes ahead when told', async () => {
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await notes.sessions.save(
      { ...(await notes.sessions.get('aar-1'))!, fields: { actual: `Seen: ${NHS}` } },
      1,
    );
    const user = userEvent.setup();
    await openEditor();
    const download = screen.getByRole('button', { name: 'Download (.md)' });
    await user.click(download);
    const notice = screen.getByRole('group', { name: /Check before it leaves this device/ });
    expect(notice.textContent).toMatch(/This note still has text that looks like an NHS number\./);
    expect(document.activeElement).toBe(notice);
    expect(created).not.toHaveBeenCalled();

    await user.click(within(notice).getByRole('button', { name: 'Download anyway' }));
    expect(created).toHaveBeenCalledTimes(1);
    const text = await (created.mock.calls[0][0] as Blob).text();
    expect(text).toContain('Notes kept on this device are not the official record.');
    expect(screen.queryByRole('group', { name: /Check before/ })).toBeNull();

    // Warned once: the next export goes straight through.
    await user.click(download);
    expect(created).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('group', { name: /Check before/ })).toBeNull();
  });

  it('"Check the note" takes focus to the flagged box; nothing flagged means no question', async () => {
    const created = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await notes.sessions.save(
      { ...(await notes.sessions.get('aar-1'))!, fields: { actual: `Seen: ${NHS}` } },
      1,
    );
    const user = userEvent.setup();
    const box = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Download (.md)' }));
    await user.click(screen.getByRole('button', { name: 'Check the note' }));
    expect(document.activeElement).toBe(box);
    expect(created).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: `It isn't an NHS number: ${NHS}` }));
    await user.click(screen.getByRole('button', { name: 'Download (.md)' }));
    expect(created).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group', { name: /Check before/ })).toBeNull();
  });

  it('says in the editor and the print view that device notes are not the official record', async () => {
    await openEditor();
    expect(
      screen.getAllByText(/^Notes kept on this device are not the official record\./),
    ).toHaveLength(2);
  });
});
