import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startServer, waitForServiceWorker, type Server } from './harness';

const NEXT = 'dist-next';

describe('updating to a new version', () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let firstBuild: string;

  beforeAll(async () => {
    // A changed build of the same app, as a new release would be.
    execFileSync(
      'npx',
      ['vite', 'build', '--outDir', NEXT, '--emptyOutDir', '--logLevel', 'error'],
      {
        // A production build, as a real release is (vitest itself runs with NODE_ENV=test).
        env: { ...process.env, NODE_ENV: 'production', MOBILISE_BUILD_ID: 'next-release' },
        stdio: 'inherit',
      },
    );
    server = await startServer('dist');
    context = await launchBrowser();
    page = await context.newPage();
    await page.goto(`${server.url}/techniques/after-action-review`);
    await waitForServiceWorker(page);
    firstBuild = (await page.getByTestId('build-id').textContent()) ?? '';
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    rmSync(NEXT, { recursive: true, force: true });
  });

  it('offers the new version and reloads only when the user accepts', async () => {
    expect(firstBuild).not.toBe('next-release');
    // A marker that a reload would wipe out.
    await page.evaluate(() => Object.assign(window, { stillHere: true }));
    server.setRoot(NEXT);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const toast = page.getByRole('region', { name: 'Update' });
    await toast.getByText('Update available.').waitFor({ timeout: 30_000 });
    // Not a wait for something to happen: a window in which a self-reload would have happened.
    await page.waitForTimeout(2_000);
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBe(true);
    expect(await page.getByTestId('build-id').textContent()).toBe(firstBuild);

    await Promise.all([
      page.waitForEvent('load'),
      toast.getByRole('button', { name: 'Reload' }).click(),
    ]);
    await page.getByTestId('build-id').getByText('next-release').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
    ).toBeUndefined();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('After Action Review');
  });
});
