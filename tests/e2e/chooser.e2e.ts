import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, launchOfflineApp, startServer } from './harness';

/** Checks the result screen: the suggestion, its reasons, two alternatives and a line on every other technique. */
async function expectFullResult(page: Page, title: string) {
  await page.getByRole('heading', { level: 2, name: `Our suggestion: ${title}` }).waitFor();
  expect(
    await page
      .getByRole('list', { name: `Why ${title} fits` })
      .getByRole('listitem')
      .count(),
  ).toBeGreaterThan(1);
  const alternatives = page.getByRole('region', { name: 'Also worth a look' });
  expect(await alternatives.getByRole('list', { name: /^Why .+ fits$/ }).count()).toBe(2);
  const others = page.getByRole('list', { name: 'Why not the others' }).getByRole('listitem');
  expect(await others.count()).toBe(10);
  for (const line of await others.allTextContents()) expect(line).toMatch(/^[^:]+: [A-Z].{8,}\.$/);
  expect(await page.getByRole('link', { name: `Open ${title}` }).count()).toBe(1);
  expect(
    await page.getByRole('link', { name: 'Start a session note' }).getAttribute('href'),
  ).toMatch(/^\/notes\/new\?technique=[a-z-]+$/);
}

/** Presses Tab until the focused element's text starts with `text` (a keyboard user looking for it). */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused.startsWith(text)) return;
  }
  throw new Error(`could not reach "${text}" with the Tab key`);
}

describe('the chooser, offline with the server stopped', () => {
  let context: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    ({ context, origin } = await launchOfflineApp({ hasTouch: true }));
  });

  afterAll(async () => {
    await context?.close();
  });

  it('reaches a recommendation by tapping, from the home page', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Choose a technique' }).tap();
    await page.getByRole('heading', { level: 2, name: 'What do you most want to do?' }).waitFor();
    await page.getByText(/^Question 1 of about \d$/).waitFor();
    await page.getByRole('link', { name: 'Connect people who would not otherwise meet' }).tap();
    await page.getByText(/^Question 2 of about \d$/).waitFor();
    await page.getByRole('link', { name: 'Under 30 minutes' }).tap();
    await expectFullResult(page, 'Randomised Coffee Trials');
    expect(new URL(page.url()).search).toBe('?want=connect-people&time=under-30');
    await page.close();
  });

  it('reaches a recommendation and opens it by keyboard alone, with focus on each new question', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/choose`);
    await page.getByText(/^Question 1 of/).waitFor();
    await page.waitForFunction(() => document.readyState === 'complete');
    await tabTo(page, 'Explore a topic or question together');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === 'H2' &&
        /where is the work/i.test(document.activeElement.textContent ?? ''),
    );
    await tabTo(page, 'Under way');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.activeElement?.tagName === 'H2' &&
        /how much time/i.test(document.activeElement.textContent ?? ''),
    );
    await tabTo(page, 'One to two hours');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.activeElement?.textContent === 'Our suggestion: Knowledge Café',
    );
    await expectFullResult(page, 'Knowledge Café');
    await tabTo(page, 'Open Knowledge Café');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Knowledge Café' }).waitFor();
    await page.close();
  });

  it('opens a shared result link in a fresh tab', async () => {
    const page = await context.newPage();
    const response = await page.goto(
      `${origin}/choose?want=explore-a-topic&stage=under-way&time=hour&people=31-plus`,
    );
    expect(response?.status()).toBe(200);
    await expectFullResult(page, 'Fishbowl');
    expect(await page.getByRole('list', { name: 'Why Fishbowl fits' }).textContent()).toMatch(
      /Fits 8 to 100 people in about an hour/,
    );
    expect(await page.title()).toBe('Choose a technique · Mobilise');
    // Hydration adopted the prerendered page rather than adding a second copy of it.
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(1);
    await page.close();
  });

  it("steps back through the questions with the browser's Back button, and the chooser's own", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/choose`);
    await page.getByRole('link', { name: 'Not sure' }).click();
    await page.getByRole('heading', { level: 2, name: 'Whose knowledge do you need?' }).waitFor();
    await page.getByRole('link', { name: 'Our own team' }).click();
    await page.getByText(/^Question 3 of/).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Whose knowledge do you need?' }).waitFor();
    expect(new URL(page.url()).search).toBe('?want=not-sure');
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'What do you most want to do?' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: 'Whose knowledge do you need?' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 2, name: 'What do you most want to do?' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations on a question or the result (%s)',
    async (colorScheme) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${origin}/choose?want=connect-people`);
      await page.getByText(/^Question 2 of/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'About an hour' }).click();
      await page.getByRole('heading', { level: 2, name: /^Our suggestion: / }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('the chooser before the app has loaded', () => {
  it('keeps an answer tapped on the prerendered page and shows the result once the app loads', async () => {
    const server = await startServer();
    const context = await launchBrowser();
    try {
      const page = await context.newPage();
      let release = () => {};
      const tapped = new Promise<void>((resolve) => (release = resolve));
      // Hold back the app's script until the person has answered, as on a slow network.
      await page.route('**/assets/index-*.js', async (route) => {
        await tapped;
        await route.fallback();
      });
      await page.goto(`${server.url}/choose`);
      // The answer is a plain link, so without the app it loads the next address in full.
      const fullLoad = page.waitForRequest(
        (r) => r.resourceType() === 'document' && r.url().endsWith('/choose?want=review-a-project'),
      );
      await page.getByRole('link', { name: 'Review a whole project or phase at its end' }).click();
      await fullLoad;
      release();
      await expectFullResult(page, 'Retrospect');
    } finally {
      await context.close();
      await server.close();
    }
  });
});
