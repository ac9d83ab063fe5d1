// When storage fails: full (QuotaExceededError) or unavailable (some private modes). The text stays on
// screen with a clear message, and can still be copied and downloaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, launchBrowser, startServer, type Server } from './harness';
import { downloadedText, field, saved, startAarNote, typeInto } from './notes-helpers';

const ACTUAL = 'What actually happened?';

describe('when storage fails', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => {
    server = await startServer();
    context = await launchBrowser();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    // A full disk, switched on per page. (Chromium's CDP quota override, Storage.overrideQuotaForOrigin, had no
    // effect on IndexedDB in this Chromium, so the write fails the way a full disk makes it fail.)
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
        if ((window as unknown as { diskFull?: boolean }).diskFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('storage full: the text stays on screen with a clear message, can be copied and downloaded, and saves once there is room', async () => {
    const page = await context.newPage();
    const url = await startAarNote(page, server.url);
    await typeInto(page, ACTUAL, 'Saved before the disk filled. ');
    await saved(page);
    await page.evaluate(() => Object.assign(window, { diskFull: true }));
    await typeInto(page, ACTUAL, 'Typed on a full disk.', 10);

    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /This device's storage is full, so your latest changes are not saved\. Your text is still here: copy it or download it now\./,
    );
    expect(await page.getByText('Not saved', { exact: true }).isVisible()).toBe(true);
    expect(await field(page, ACTUAL).inputValue()).toBe(
      'Saved before the disk filled. Typed on a full disk.',
    );
    expect(await axeViolations(page)).toEqual([]);

    await alert.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText(/^Copied\./).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'Saved before the disk filled. Typed on a full disk.',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(await downloadedText(download)).toContain(
      'Saved before the disk filled. Typed on a full disk.',
    );

    // Space is freed: trying again saves everything, and the message goes.
    await page.evaluate(() => Object.assign(window, { diskFull: false }));
    await alert.getByRole('button', { name: 'Try again' }).click();
    await saved(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    const reopened = await context.newPage();
    await reopened.goto(url);
    expect(await field(reopened, ACTUAL).inputValue()).toBe(
      'Saved before the disk filled. Typed on a full disk.',
    );
    await Promise.all([page.close(), reopened.close()]);
  });

  it('IndexedDB unavailable: a new note opens anyway, says it cannot be saved, and the text can be copied', async () => {
    const page = await context.newPage();
    // As in some private browsing modes: opening the database fails.
    await page.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      };
    });
    await page.goto(`${server.url}/notes/new?technique=after-action-review`);
    const alert = page.getByRole('alert').filter({ hasText: 'not letting Mobilise store notes' });
    await alert.waitFor();
    await typeInto(page, ACTUAL, 'Written in a private window.', 10);
    expect(await field(page, ACTUAL).inputValue()).toBe('Written in a private window.');
    expect(await page.getByText('Not saved', { exact: true }).isVisible()).toBe(true);
    await alert.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByText(/^Copied\./).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'Written in a private window.',
    );

    // Leaving would lose the text, so the browser asks first; accepting leaves.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.goto(`${server.url}/notes`);
    expect(await asked).toBe('beforeunload');
    await page.getByRole('heading', { level: 1, name: 'Session notes' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'not letting Mobilise store notes' }).waitFor();
    await page.close();
  });
});
