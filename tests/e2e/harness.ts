/** Shared set-up for browser tests: Debian's Chromium via playwright-core, and the production build served locally. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without type declarations
import { startServer as startStaticServer } from '../../scripts/serve.mjs';
import { techniqueFiles } from '../../scripts/technique-files.mjs';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS };

export interface Server {
  url: string;
  setRoot(root: string): void;
  close(): Promise<void>;
}

/** Serves a build folder on a free port (never one that already answers, so we never test an old server). */
export function startServer(root = 'dist'): Promise<Server> {
  return startStaticServer({ root, port: 0 });
}

/**
 * A fresh browser profile. A persistent context, because Chromium reports an incognito context as not
 * installable. Closing it deletes the profile.
 */
export async function launchBrowser(
  options: { javaScriptEnabled?: boolean; hasTouch?: boolean } = {},
): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'mobilise-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    ...options,
  });
  // Chromium may still be writing to the profile as it exits: retry, and never fail a test over a temp folder.
  context.on('close', () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // left for the OS to clear from its temp folder
    }
  });
  return context;
}

/** The technique ids, read from the content folder the build was made from. */
export const techniqueIds = techniqueFiles().map((f) => f.replace(/\.md$/, ''));

/** Waits until a service worker controls the page and every file of the build is in its precache. */
export async function waitForServiceWorker(page: Page, root = 'dist'): Promise<void> {
  const precached = new Set(readFileSync(`${root}/sw.js`, 'utf8').match(/"url":"[^"]+"/g)).size;
  const deadline = Date.now() + 30_000;
  // Polled with evaluate, which awaits the promise (waitForFunction would take the promise itself as truthy).
  const isReady = () =>
    page.evaluate(async (expected) => {
      if (!navigator.serviceWorker.controller) return false;
      let count = 0;
      for (const name of await caches.keys())
        count += (await (await caches.open(name)).keys()).length;
      return count >= expected;
    }, precached);
  while (!(await isReady())) {
    if (Date.now() > deadline)
      throw new Error(`the service worker did not take control and precache ${precached} files`);
    await page.waitForTimeout(250);
  }
}

/** axe-core violations on the current page, as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** The production build served on a free port, and a fresh browser: the usual start of a browser test. */
export async function startAppAndBrowser(
  options: Parameters<typeof launchBrowser>[0] = {},
): Promise<{ server: Server; context: BrowserContext }> {
  const server = await startServer();
  return { server, context: await launchBrowser(options) };
}

/** Closes what startAppAndBrowser opened (either may be missing if the start failed). */
export async function closeAppAndBrowser({
  server,
  context,
}: {
  server?: Server;
  context?: BrowserContext;
}): Promise<void> {
  await context?.close();
  await server?.close();
}

/**
 * A fresh browser that has had one online visit (so the service worker holds the whole app), then goes
 * offline and the server is stopped: every page after this comes from the device. Close the context when done.
 */
export async function launchOfflineApp(
  options: Parameters<typeof launchBrowser>[0] = {},
): Promise<{ context: BrowserContext; origin: string }> {
  const server = await startServer();
  const context = await launchBrowser(options);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await waitForServiceWorker(page);
  await page.close();
  await context.setOffline(true);
  await server.close();
  return { context, origin: server.url };
}
