import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchOfflineApp, techniqueIds } from './harness';

describe('offline, with the server stopped', () => {
  let context: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    ({ context, origin } = await launchOfflineApp());
  });

  afterAll(async () => {
    await context?.close();
  });

  it('the service worker took control on the first visit', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${origin}/sw.js`,
    );
    await page.close();
  });

  it('opens the home page and says it is ready to work offline', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('status').getByText('Ready to work offline').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Learn before, during and after',
    );
    expect(await page.getByRole('link', { name: /Peer Assist/ }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each(techniqueIds)('opens /techniques/%s by deep link in a fresh tab', async (id) => {
    const page = await context.newPage();
    const response = await page.goto(`${origin}/techniques/${id}`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(/· Mobilise$/);
    await page.getByRole('heading', { name: 'Step by step' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Key questions' }).count()).toBe(1);
    await page.close();
  });

  it.each([
    ['/run?technique=after-action-review', 'button', 'Start'],
    ['/present?technique=peer-assist', 'heading', 'Peer Assist'],
    ['/pairing', 'button', 'Make pairs'],
    ['/cards?technique=retrospect', 'article', 'Retrospect'],
    ['/cards', 'article', 'Fishbowl'],
    ['/actions', 'heading', 'No actions yet'],
    ['/lessons', 'heading', 'No lessons yet'],
    ['/lessons/asset?work=not-here', 'link', 'Go to the lessons library'],
    ['/work/view?id=none', 'heading', 'Piece of work not found'],
  ] as const)('opens %s by deep link in a fresh tab', async (path, role, name) => {
    const page = await context.newPage();
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status()).toBe(200);
    await page.getByRole(role, { name }).waitFor();
    await page.close();
  });

  it('searches the full text of the techniques', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('searchbox', { name: 'Search techniques' }).fill('blame');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link', { name: /After Action Review/ }).waitFor();
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(
      /\d+ techniques? match/,
    );
    await results.getByRole('link', { name: /After Action Review/ }).click();
    await page.waitForURL(`${origin}/techniques/after-action-review`);
    await page.getByRole('heading', { level: 1, name: 'After Action Review' }).waitFor();
    await page.close();
  });

  it('opens the chooser, and a chooser result, by deep link in a fresh tab', async () => {
    const page = await context.newPage();
    expect((await page.goto(`${origin}/choose`))?.status()).toBe(200);
    await page.getByRole('heading', { level: 2, name: 'What do you most want to do?' }).waitFor();
    await page.goto(`${origin}/choose?want=review-an-event`);
    await page
      .getByRole('heading', { level: 2, name: 'Our suggestion: After Action Review' })
      .waitFor();
    await page.close();
  });

  it.each(['/notes', '/settings', '/work'])(
    'opens %s by deep link in a fresh tab',
    async (path) => {
      const page = await context.newPage();
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status()).toBe(200);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.close();
    },
  );

  it('starts a session note from a technique page, offline', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/techniques/after-action-review`);
    await page.getByRole('link', { name: 'Start a session note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    await page.getByRole('textbox', { name: 'What actually happened?', exact: true }).waitFor();
    await page.close();
  });

  it('shows the not-found page for an unknown address', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.close();
  });
});
