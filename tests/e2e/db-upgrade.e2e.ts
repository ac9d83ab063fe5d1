/**
 * A device that used the app before pieces of work existed: its version-2 database (made here with raw
 * IndexedDB, as that version left it) is opened by today's app in real Chromium. Every note stays, and
 * can join a piece of work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchOfflineApp } from './harness';

describe('upgrading a version-2 database in the browser', () => {
  let context: BrowserContext;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    ({ context, origin } = await launchOfflineApp());
    page = await context.newPage();
    await page.goto(`${origin}/404`);
    // Written as version 2 stored notes: no workId, and the v2 stores and indexes.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('mobilise', 2);
          open.onupgradeneeded = () => {
            const sessions = open.result.createObjectStore('sessions', { keyPath: 'id' });
            sessions.createIndex('by-updated', ['updatedAt', 'id']);
            sessions.createIndex('by-technique', ['techniqueId', 'updatedAt', 'id']);
            open.result.createObjectStore('meta');
            open.result
              .createObjectStore('pairingRounds', { keyPath: 'id' })
              .createIndex('by-created', 'createdAt');
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('sessions', 'readwrite');
            tx.objectStore('sessions').put({
              id: 'old-note',
              techniqueId: 'after-action-review',
              title: 'Written before pieces of work',
              date: '2026-10-01',
              facilitator: 'Sam',
              participants: '',
              headcount: null,
              fields: { expected: 'A calm handover' },
              actions: [
                {
                  id: 'a1',
                  what: 'Trial a quiet zone',
                  owner: 'Jo',
                  due: '2099-11-01',
                  done: false,
                },
              ],
              lessons: [{ id: 'l1', text: 'Hand over away from the desk', tags: ['handover'] }],
              createdAt: '2026-10-01T09:00:00.000Z',
              updatedAt: '2026-10-01T10:00:00.000Z',
              revision: 3,
            });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  });

  afterAll(async () => {
    await context?.close();
  });

  it('keeps the old note, its action and its lesson, and shows them in the new lists', async () => {
    await page.goto(`${origin}/notes`);
    await page.getByRole('link', { name: /Written before pieces of work/ }).waitFor();
    expect(
      await page.evaluate(
        () =>
          new Promise(
            (resolve) =>
              (indexedDB.open('mobilise').onsuccess = (e) =>
                resolve((e.target as IDBOpenDBRequest).result.version)),
          ),
      ),
    ).toBe(3);
    await page.goto(`${origin}/actions`);
    await page.getByRole('checkbox', { name: 'Done: Trial a quiet zone' }).waitFor();
    await page.goto(`${origin}/lessons`);
    await page.getByText('Hand over away from the desk').waitFor();
  });

  it('lets the old note join a new piece of work, and shows it on that work’s timeline', async () => {
    await page.goto(`${origin}/work`);
    await page.getByRole('textbox', { name: 'Name' }).fill('Handover project');
    await page.getByRole('button', { name: 'Start the piece of work' }).click();
    await page.waitForURL(/\/work\/view\?id=/);
    const workUrl = page.url();
    await page.goto(`${origin}/notes/edit?id=old-note`);
    await page
      .getByRole('combobox', { name: 'Piece of work' })
      .selectOption({ label: 'Handover project' });
    await page.getByText('Saved on this device', { exact: true }).waitFor();
    await page.goto(workUrl);
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('link', { name: 'Written before pieces of work' })
      .waitFor();
  });
});
