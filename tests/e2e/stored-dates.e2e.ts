/**
 * Notes stored before imports checked dates can hold an impossible one (2026-02-31, 2026-13-01). Opening
 * such a note, its calendar button, the actions page and the exports must still work, with no uncaught error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';
import { downloadedText, saved, startAarNote } from './notes-helpers';

describe('a stored note with an impossible date', () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ server, context } = await startAppAndBrowser());
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(() => closeAppAndBrowser({ server, context }));

  it('opens, and its calendar button says plainly why it cannot make a file', async () => {
    const url = await startAarNote(page, server.url);
    await page.getByLabel('Title').fill('Ward huddle');
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1: what needs doing').fill('Book the pharmacy slot');
    await page.getByLabel('Due date').fill('2026-03-01');
    await saved(page);
    const id = new URL(url).searchParams.get('id');
    // As an older version could have stored it from a backup.
    await page.evaluate(
      (id) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('mobilise');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('sessions', 'readwrite');
            const store = tx.objectStore('sessions');
            const get = store.get(id!);
            get.onsuccess = () => {
              const note = get.result;
              note.date = '2026-13-01';
              note.actions[0].due = '2026-02-31';
              store.put(note);
            };
            tx.oncomplete = () => (open.result.close(), done());
            tx.onerror = () => fail(tx.error);
          };
        }),
      id,
    );
    await page.goto(url);
    await page.getByLabel('Action 1: what needs doing').waitFor();
    await page
      .getByText('The due date 2026-02-31 is not a real date, so it cannot go in a calendar.', {
        exact: false,
      })
      .waitFor();
    expect(await page.getByRole('button', { name: /Add to calendar/ }).count()).toBe(0);
    // The person can still work on the note: a new, real date brings the button back.
    await page.getByLabel('Due date').fill('2026-03-02');
    await page
      .getByRole('button', { name: 'Add to calendar (.ics): Book the pharmacy slot' })
      .waitFor();
    await saved(page);
    expect(errors).toEqual([]);
  });

  it('shows on the actions page and goes into the exports without an error', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('mobilise');
          open.onsuccess = () => {
            const tx = open.result.transaction('sessions', 'readwrite');
            const store = tx.objectStore('sessions');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const note of all.result) {
                note.actions[0].due = '2026-13-01';
                store.put(note);
              }
            };
            tx.oncomplete = () => (open.result.close(), done());
            tx.onerror = () => fail(tx.error);
          };
        }),
    );
    await page.goto(`${server.url}/actions`);
    await page.getByText('Due date 2026-13-01 is not a real date').first().waitFor();
    await page.goto(`${server.url}/settings`);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download actions and lessons (.csv)' }).click(),
    ]);
    expect(await downloadedText(csv)).toContain('2026-13-01');
    expect(errors).toEqual([]);
  });
});
