// Getting notes out and back in: backup round trip, refusing bad files with data untouched, hostile text
// rendered inert, merge by id, and the CSV, Markdown and print outputs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Backup } from '../../src/storage/backup';
import type { Session } from '../../src/storage/session-record';
import { closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';
import {
  downloadedText,
  field,
  injected,
  PAYLOAD,
  savedAfterTyping,
  startAarNote,
} from './notes-helpers';

const note = (id: string, overrides: Partial<Session> = {}): Session => ({
  id,
  techniqueId: 'retrospect',
  workId: '',
  title: `Discharge project retrospect ${id}`,
  date: '2026-10-30',
  facilitator: 'Amira Khan',
  participants: 'Ward manager\nPharmacist\nDischarge coordinator',
  headcount: null,
  fields: { objectives: 'Cut delayed discharges by a third.', 'went-well': 'Daily board rounds.' },
  actions: [
    {
      id: `${id}-a`,
      what: '=SUM(A1:A9) looked like a formula',
      owner: 'Amira',
      due: '2026-12-01',
      done: false,
    },
  ],
  lessons: [
    {
      id: `${id}-l`,
      text: 'Start the pharmacy check the day before.',
      tags: ['discharge', 'pharmacy'],
    },
  ],
  createdAt: '2026-10-30T10:00:00.000Z',
  updatedAt: '2026-10-30T12:00:00.000Z',
  revision: 3,
  ...overrides,
});
const backupOf = (sessions: unknown[]) =>
  JSON.stringify({
    format: 'mobilise-backup',
    version: 1,
    exportedAt: '2026-11-01T09:00:00.000Z',
    sessions,
  });

describe('backups and exports', () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, context } = await startAppAndBrowser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    page = await context.newPage();
  });
  afterAll(() => closeAppAndBrowser({ server, context }));

  async function exportBackup(): Promise<Backup> {
    await page.goto(`${server.url}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download a backup (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mobilise-backup-\d{4}-\d{2}-\d{2}\.json$/);
    return JSON.parse(await downloadedText(download));
  }
  /** Imports a file through the settings page; returns what the page says. */
  async function importFile(content: string, name = 'backup.json'): Promise<string> {
    await page.goto(`${server.url}/settings`);
    await page
      .getByLabel('Choose a backup file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    const outcome = page.getByText(/^(Imported|Nothing was imported)/);
    await outcome.waitFor();
    return (await outcome.locator('..').textContent()) ?? '';
  }

  it('export → erase → import gives identical data', async () => {
    await startAarNote(page, server.url);
    await page.getByLabel('Title').fill('Ward 7 night shift handover');
    await page.getByLabel('Facilitator').fill('Priya Shah');
    await field(page, 'What actually happened?').fill(
      'Handover overran by 20 minutes.\nTwo patients were discussed twice.',
    );
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1: what needs doing').fill('Try a sickest-first order');
    await page.getByLabel('Owner').fill('Priya');
    await page.getByLabel('Due date').fill('2026-12-04');
    await page.getByRole('button', { name: 'Add a lesson' }).click();
    await page.getByLabel('Lesson 1', { exact: true }).fill('A fixed order stops repeats');
    await page.getByLabel('Tags for lesson 1').fill('handover, safety');
    await savedAfterTyping(page);
    expect(await importFile(backupOf([note('r1'), note('r2')]))).toContain(
      '2 notes added, 0 updated.',
    );

    const before = await exportBackup();
    expect(before.sessions).toHaveLength(3);
    expect(before.sessions.find((s) => s.techniqueId === 'after-action-review')).toMatchObject({
      title: 'Ward 7 night shift handover',
      actions: [
        { what: 'Try a sickest-first order', owner: 'Priya', due: '2026-12-04', done: false },
      ],
      lessons: [{ text: 'A fixed order stops repeats', tags: ['handover', 'safety'] }],
    });

    await page.getByRole('button', { name: 'Erase all data…' }).click();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await page.getByText('All notes and data have been erased from this device.').waitFor();
    await page.goto(`${server.url}/notes`);
    await page.getByRole('heading', { name: 'No notes yet' }).waitFor();

    expect(await importFile(JSON.stringify(before))).toContain('3 notes added, 0 updated.');
    const after = await exportBackup();
    expect(after.sessions).toEqual(before.sessions);
  });

  it.each([
    ['a truncated file', () => backupOf([note('r3')]).slice(0, 200), /cut short/],
    [
      'a file with wrong types',
      () => backupOf([note('r3', { title: 42 as never, actions: 'none' as never })]),
      /Note 1, title: must be text.*Note 1, action: must be a list/s,
    ],
    ['a file of another kind', () => '{"name":"Not a backup"}', /not a Mobilise backup/],
    [
      'a file from a newer version',
      () => backupOf([]).replace('"version":1', '"version":9'),
      /newer version of Mobilise/,
    ],
    [
      'a file with markup in every field, ids and dates included',
      () => backupOf([Object.fromEntries(Object.keys(note('x')).map((k) => [k, PAYLOAD]))]),
      /Note 1, id: not a valid id/,
    ],
  ])('refuses %s with a clear message, and changes nothing', async (_name, file, message) => {
    const before = await exportBackup();
    const said = await importFile(file());
    expect(said).toMatch(/^Nothing was imported, and your notes are unchanged\./);
    expect(said).toMatch(message);
    expect(await injected(page)).toEqual({ flag: undefined, elements: 0 });
    expect((await exportBackup()).sessions).toEqual(before.sessions);
  });

  it('shows markup in every text field as text: nothing runs and no element is injected', async () => {
    const hostile = note('hostile', {
      title: PAYLOAD,
      facilitator: PAYLOAD,
      participants: PAYLOAD,
      fields: { objectives: PAYLOAD, 'went-well': PAYLOAD },
      actions: [{ id: 'ha', what: PAYLOAD, owner: PAYLOAD, due: '', done: true }],
      lessons: [{ id: 'hl', text: PAYLOAD, tags: [PAYLOAD] }],
      updatedAt: '2026-11-20T12:00:00.000Z',
    });
    expect(await importFile(backupOf([hostile]))).toContain('1 note added');
    await page.goto(`${server.url}/notes`);
    await page.getByRole('link', { name: PAYLOAD }).waitFor();
    expect(await injected(page)).toEqual({ flag: undefined, elements: 0 });
    await page.getByRole('searchbox', { name: 'Search notes' }).fill('onerror');
    await page.getByText('1 of 4 notes match.').waitFor();
    expect(await injected(page)).toEqual({ flag: undefined, elements: 0 });
    await page.getByRole('link', { name: PAYLOAD }).click();
    await page.getByRole('heading', { level: 1, name: PAYLOAD }).waitFor();
    expect(await page.getByLabel('Facilitator').inputValue()).toBe(PAYLOAD);
    expect(await injected(page)).toEqual({ flag: undefined, elements: 0 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.note-print').innerText()).toContain(PAYLOAD);
    expect(await injected(page)).toEqual({ flag: undefined, elements: 0 });
    await page.emulateMedia({ media: 'screen' });
  });

  it('merges by id: the newer copy wins, and the summary says what happened', async () => {
    const newer = note('r1', {
      title: 'Renamed on another device',
      updatedAt: '2026-12-01T09:00:00.000Z',
    });
    const older = note('r2', { title: 'An older copy', updatedAt: '2026-01-01T09:00:00.000Z' });
    expect(await importFile(backupOf([newer, older, note('r9')]))).toContain(
      '1 note added, 1 updated, 1 unchanged (yours were newer).',
    );
    const sessions = (await exportBackup()).sessions;
    expect(sessions.find((s) => s.id === 'r1')?.title).toBe('Renamed on another device');
    expect(sessions.find((s) => s.id === 'r2')?.title).toBe('Discharge project retrospect r2');
  });

  it('exports actions and lessons as a CSV that opens in a spreadsheet, with formulas made harmless', async () => {
    await page.goto(`${server.url}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download actions and lessons (.csv)' }).click(),
    ]);
    const csv = await downloadedText(download);
    expect(
      csv.startsWith(
        '\uFEFF"Type","Text","Owner","Due","Done","Tags","Session","Technique","Session date"\r\n',
      ),
    ).toBe(true);
    expect(csv).toContain(
      '"Action","\'=SUM(A1:A9) looked like a formula","Amira","2026-12-01","No","","Renamed on another device","Retrospect","2026-10-30"\r\n',
    );
    expect(csv).toContain(
      '"Lesson","A fixed order stops repeats","","","","handover; safety","Ward 7 night shift handover","After Action Review"',
    );
  });

  it('gives one note as Markdown (copy, share and download) and as a print view', async () => {
    // Headless Chromium has no share sheet: stand in for the device's (the Web Share API).
    await page.addInitScript(() => {
      Object.assign(navigator, {
        share: async (data: ShareData) => Object.assign(window, { shared: data }),
      });
    });
    await page.goto(`${server.url}/notes`);
    await page.getByRole('link', { name: 'Ward 7 night shift handover' }).click();
    await field(page, 'What actually happened?').waitFor();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied as Markdown.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# Ward 7 night shift handover\n\nAfter Action Review, /);
    expect(copied).toContain(
      '## What actually happened?\n\nHandover overran by 20 minutes.\\\nTwo patients were discussed twice.',
    );
    expect(copied).toContain('- [ ] Try a sickest-first order (Priya, due 4 December 2026)');
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.getByText('Shared.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared)).toEqual({
      title: 'Ward 7 night shift handover',
      text: copied,
    });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download (.md)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^ward-7-night-shift-handover-\d{4}-\d{2}-\d{2}\.md$/,
    );
    expect(await downloadedText(download)).toBe(copied);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Copy as Markdown' }).isVisible()).toBe(false);
    expect(await page.locator('.note-print').innerText()).toContain(
      'A fixed order stops repeats (tags: handover, safety)',
    );
    await page.emulateMedia({ media: 'screen' });
  });
});
