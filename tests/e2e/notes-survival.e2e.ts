// "No note is ever lost": an After Action Review note survives a reload, closing the tab, going offline,
// a renderer crash mid-typing, and a new version of the app installing during the edit.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeAppAndBrowser,
  launchBrowser,
  startAppAndBrowser,
  startServer,
  waitForServiceWorker,
  type Server,
} from './harness';
import {
  AUTOSAVE_MS,
  field,
  saved,
  savedAfterTyping,
  startAarNote,
  typeInto,
} from './notes-helpers';

const EXPECTED = 'What was expected to happen?';
const ACTUAL = 'What actually happened?';

describe('a note survives, online', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  it('a reload once the note says it is saved: everything typed is there', async () => {
    const page = await context.newPage();
    await startAarNote(page, server.url);
    await typeInto(page, EXPECTED, 'Handover done by 07:45.', 20);
    await savedAfterTyping(page);
    await page.reload();
    await expect(field(page, EXPECTED).inputValue()).resolves.toBe('Handover done by 07:45.');
    await page.close();
  });

  it('a reload straight after typing: the last keystrokes are kept too', async () => {
    const page = await context.newPage();
    await startAarNote(page, server.url);
    await typeInto(page, ACTUAL, 'Reloaded at once');
    await page.reload();
    await expect(field(page, ACTUAL).inputValue()).resolves.toBe('Reloaded at once');
    await page.close();
  });

  it('closing the tab and opening the note again', async () => {
    let page = await context.newPage();
    const url = await startAarNote(page, server.url);
    await typeInto(page, EXPECTED, 'Typed, then the tab was closed.', 20);
    await savedAfterTyping(page);
    await page.close();
    page = await context.newPage();
    await page.goto(url);
    await expect(field(page, EXPECTED).inputValue()).resolves.toBe(
      'Typed, then the tab was closed.',
    );
    await page.close();
  });

  it('closing the tab straight after typing', async () => {
    let page = await context.newPage();
    const url = await startAarNote(page, server.url);
    await typeInto(page, ACTUAL, 'Closed at once');
    await page.close({ runBeforeUnload: true });
    page = await context.newPage();
    await page.goto(url);
    await expect(field(page, ACTUAL).inputValue()).resolves.toBe('Closed at once');
    await page.close();
  });

  it('a renderer crash mid-typing loses nothing typed before the autosave interval', async () => {
    const page = await context.newPage();
    const url = await startAarNote(page, server.url);
    const text =
      'The second pager went off during handover and nobody answered it for ten minutes, so the ward round started late.';
    await field(page, ACTUAL).click();
    const typedAt: number[] = [];
    const start = Date.now();
    // Type steadily, with no pause that a debounce could use, then crash the renderer while still typing.
    for (const ch of text) {
      await page.keyboard.type(ch);
      typedAt.push(Date.now());
      if (Date.now() - start > 2500) break;
      await page.waitForTimeout(25);
    }
    const crashedAt = Date.now();
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void cdp.send('Page.crash').catch(() => undefined); // never answers: the page it would answer from is gone
    await crashed;

    const reopened = await context.newPage();
    await reopened.goto(url);
    const kept = await field(reopened, ACTUAL).inputValue();
    // Everything typed more than one interval (plus time for the write itself) before the crash is kept.
    const mustKeep = typedAt.filter((t) => t < crashedAt - AUTOSAVE_MS - 300).length;
    expect(mustKeep).toBeGreaterThan(20);
    expect(text.startsWith(kept)).toBe(true);
    expect(kept.length).toBeGreaterThanOrEqual(mustKeep);
    await reopened.close();
  });
});

describe('a note survives, offline', () => {
  let server: Server;
  let context: BrowserContext;
  let url: string;

  beforeAll(async () => {
    server = await startServer();
    context = await launchBrowser();
    const page = await context.newPage();
    url = await startAarNote(page, server.url);
    await waitForServiceWorker(page);
    await page.close();
    await context.setOffline(true);
    await server.close();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('typing offline, then reloading, then opening the list: all from this device', async () => {
    const page = await context.newPage();
    await page.goto(url);
    await typeInto(page, EXPECTED, 'Written with no signal.', 20);
    await savedAfterTyping(page);
    await page.reload();
    await expect(field(page, EXPECTED).inputValue()).resolves.toBe('Written with no signal.');
    await page.goto(url.replace(/\/notes\/edit.*/, '/notes'));
    await page.getByRole('list', { name: 'Notes' }).getByText('Written with no signal.').waitFor();
    await page.close();
  });

  it('starting a new note offline from a deep link', async () => {
    const page = await context.newPage();
    await startAarNote(page, url.replace(/\/notes\/edit.*/, ''));
    await typeInto(page, ACTUAL, 'Started offline.', 20);
    await saved(page);
    await page.reload();
    await expect(field(page, ACTUAL).inputValue()).resolves.toBe('Started offline.');
    await page.close();
  });
});

describe('a note survives a new version of the app installing during the edit', () => {
  const NEXT = 'dist-next-notes';
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => {
    // A changed build of the same app, as a new release would be. NODE_ENV: vitest sets it to "test",
    // which would make this a development build (no service worker).
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', NEXT, '--emptyOutDir', '--logLevel', 'error'],
      {
        env: { ...process.env, NODE_ENV: 'production', MOBILISE_BUILD_ID: 'notes-next' },
        stdio: 'inherit',
      },
    );
    server = await startServer('dist');
  }, 120_000);
  beforeEach(async () => {
    server.setRoot('dist');
    context = await launchBrowser();
  });
  afterEach(async () => {
    await context?.close();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(NEXT, { recursive: true, force: true });
  });

  /** Opens a new note under the installed app, then serves the new version and lets the browser find it. */
  async function noteThenNewVersion(page: Page, type: () => Promise<void>): Promise<string> {
    const url = await startAarNote(page, server.url);
    await waitForServiceWorker(page);
    await type();
    // Let the app's service worker bridge finish registering first, or it misses the update it would announce.
    await page.waitForTimeout(1000);
    server.setRoot(NEXT);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    return url;
  }

  it('typing on while it installs, then Reload: every word is there in the new version', async () => {
    const page = await context.newPage();
    await noteThenNewVersion(page, () => typeInto(page, EXPECTED, 'Before the update. ', 20));
    expect(await page.getByTestId('build-id').textContent()).not.toBe('notes-next');
    await typeInto(page, EXPECTED, 'While it installed. ', 20);
    const toast = page.getByRole('region', { name: 'Update' });
    await toast.getByText('Update available.').waitFor({ timeout: 30_000 });
    // Type, then accept the update at once: the app writes the note before it reloads.
    await typeInto(page, EXPECTED, 'Just before Reload.');
    await Promise.all([
      page.waitForEvent('load'),
      toast.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page.getByTestId('build-id').getByText('notes-next').waitFor();
    await expect(field(page, EXPECTED).inputValue()).resolves.toBe(
      'Before the update. While it installed. Just before Reload.',
    );
  });

  it('typing on while it installs, then closing the tab: the note opens in the new version with every word', async () => {
    let page = await context.newPage();
    const url = await noteThenNewVersion(page, () => typeInto(page, ACTUAL, 'Before. ', 20));
    await page
      .getByRole('region', { name: 'Update' })
      .getByText('Update available.')
      .waitFor({ timeout: 30_000 });
    await typeInto(page, ACTUAL, 'After the new version was ready.', 20);
    await page.close();
    // With no tab open, the browser lets the waiting version take over; give it a moment, as a person would.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    page = await context.newPage();
    await page.goto(url);
    await page.getByTestId('build-id').getByText('notes-next').waitFor();
    await expect(field(page, ACTUAL).inputValue()).resolves.toBe(
      'Before. After the new version was ready.',
    );
  });
});
