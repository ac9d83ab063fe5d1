import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  closeAppAndBrowser,
  launchBrowser,
  startAppAndBrowser,
  startServer,
  type Server,
} from './harness';

describe('prerendered pages', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(
    async () => ({ server, context } = await startAppAndBrowser({ javaScriptEnabled: false })),
  );
  afterAll(() => closeAppAndBrowser({ server, context }));

  it("a technique page's text is in the served HTML before any script runs", async () => {
    const html = await (await fetch(`${server.url}/techniques/after-action-review`)).text();
    expect(html).toContain('<h1>After Action Review</h1>');
    expect(html).toMatch(/Key questions/);
  });

  it('a technique page reads in full with JavaScript turned off', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/techniques/peer-assist`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Peer Assist');
    expect(await page.getByRole('heading', { name: 'Step by step' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Peer Assist · Mobilise');
  });

  it('a technique page links to what comes before and after it in the learning cycle', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/techniques/after-action-review`);
    const cycle = page.getByRole('region', { name: 'In the learning cycle' });
    expect(
      await cycle.getByRole('link', { name: /Before Action Review/ }).getAttribute('href'),
    ).toBe('/techniques/before-action-review');
    expect(await cycle.getByRole('link', { name: /Retrospect/ }).getAttribute('href')).toBe(
      '/techniques/retrospect',
    );
  });

  it('the home page lists every technique with JavaScript turned off', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    expect(await page.locator('#techniques').getByRole('link').count()).toBe(13);
  });
});

describe('before the app has loaded', () => {
  it('keeps a search typed into the prerendered page and shows its results once the app loads', async () => {
    const server = await startServer();
    const context = await launchBrowser();
    try {
      const page = await context.newPage();
      let release = () => {};
      const typed = new Promise<void>((resolve) => (release = resolve));
      // Hold back the app's script until the person has typed, as on a slow network.
      await page.route('**/assets/index-*.js', async (route) => {
        await typed;
        await route.continue();
      });
      await page.goto(`${server.url}/`);
      await page.getByRole('searchbox', { name: 'Search techniques' }).fill('harvest');
      release();
      await page
        .getByRole('list', { name: 'Search results' })
        .getByRole('link', { name: /Knowledge Harvesting/ })
        .waitFor();
    } finally {
      await context.close();
      await server.close();
    }
  });
});
