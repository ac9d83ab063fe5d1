import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchBrowser, launchOfflineApp, startServer } from './harness';

/**
 * Checks the result screen: the suggestion, reasons that each quote one of the person's answers
 * (`quotes`, each found in some reason), facts apart, and a line on every other technique.
 */
async function expectFullResult(page: Page, title: string, quotes: string[] = []) {
  await page.getByRole('heading', { level: 2, name: `Our suggestion: ${title}` }).waitFor();
  const reasons = await page
    .getByRole('list', { name: `Why ${title} fits` })
    .getByRole('listitem')
    .allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) expect(reason).toMatch(/^(You|Your|A few|People|Everyone) .+: it /);
  for (const quote of quotes) expect(reasons.some((r) => r.startsWith(`${quote}: `))).toBe(true);
  await page.getByText(/^About this technique: /).waitFor();
  const others = page.getByRole('list', { name: 'Why not the others' }).getByRole('listitem');
  expect(await others.count()).toBeGreaterThan(7);
  for (const line of await others.allTextContents()) expect(line).toMatch(/^[^:]+: [A-Z].{8,}\.$/);
  expect(await page.getByRole('link', { name: `Open ${title}` }).count()).toBe(1);
  expect(
    await page.getByRole('link', { name: 'Start a session note' }).getAttribute('href'),
  ).toMatch(/^\/notes\/new\?technique=[a-z-]+$/);
}

/**
 * Answers the refining questions the result offers, as a person in this situation would: the
 * answer given for each question asked (by its prompt), Skip for the rest, until all are given.
 */
async function refine(page: Page, situation: Record<string, string>) {
  const wanted = new Map(Object.entries(situation));
  for (let i = 0; i < 8 && wanted.size > 0; i++) {
    const heading = page.getByRole('heading', { level: 3, name: /^Refine: / });
    await heading.waitFor();
    const prompt = (await heading.textContent())!.replace(/^Refine: /, '');
    const region = page.getByRole('region', { name: `Refine: ${prompt}` });
    const before = page.url();
    const label = wanted.get(prompt);
    // An option's name is its label and its hint.
    await region
      .getByRole('link', { name: label ?? 'Skip' })
      .first()
      .click();
    wanted.delete(prompt);
    await page.waitForURL((url) => url.href !== before);
  }
  expect([...wanted.keys()]).toEqual([]);
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

  it('suggests after one tap from the home page, and one more tap refines it', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Choose a technique' }).tap();
    await page.getByRole('heading', { level: 2, name: 'What do you most want to do?' }).waitFor();
    await page.getByText('One answer is enough for a suggestion.').waitFor();
    await page.getByRole('link', { name: 'Connect people who would not otherwise meet' }).tap();
    await expectFullResult(page, 'Randomised Coffee Trials', [
      'You want to connect people who would not otherwise meet',
    ]);
    await page.getByText(/^1 question answered · up to \d more could refine this$/).waitFor();
    await page
      .getByRole('region', { name: 'Refine: How long can people meet each time?' })
      .getByRole('link', { name: '15 to 30 minutes' })
      .tap();
    await page.getByText(/^2 questions answered · up to \d more could refine this$/).waitFor();
    await expectFullResult(page, 'Randomised Coffee Trials', ['You have 15 to 30 minutes']);
    expect(new URL(page.url()).search).toBe('?want=connect-people&time=under-30');
    await page.close();
  });

  it('20 minutes online to learn from another team: the short online Peer Assist', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/choose`);
    await page.getByRole('link', { name: 'Learn from people who have done it before' }).click();
    await refine(page, {
      'How long can people meet each time?': '15 to 30 minutes',
      'Where will you meet?': 'Online, on a video call',
    });
    await expectFullResult(page, 'Peer Assist', [
      'You want to learn from people who have done it before',
      'You have 15 to 30 minutes',
      'You will meet online',
    ]);
    const advice = page.getByRole('region', { name: 'For your situation' });
    await advice.getByText(/^You have 15 to 30 minutes: that is outside the usual range/).waitFor();
    await advice.getByRole('heading', { name: 'Try: 20-minute online Peer Assist' }).waitFor();
    await page.close();
  });

  it('150 people exploring a topic online: large-group advice', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/choose`);
    await page.getByRole('link', { name: 'Explore a topic or question together' }).click();
    await refine(page, {
      'How many people will take part?': 'More than 80',
      'Where will you meet?': 'Online, on a video call',
    });
    await expectFullResult(page, 'Knowledge Café', [
      'You want to explore a topic or question together',
      'You expect more than 80 people',
      'You will meet online',
    ]);
    const advice = page.getByRole('region', { name: 'For your situation' });
    await advice
      .getByText(/^You expect more than 80 people: that is outside the usual range/)
      .waitFor();
    await advice
      .getByRole('heading', { name: 'Try: Large-group café with hosts per table' })
      .waitFor();
    await page.close();
  });

  it('a few speakers before a large audience who may join in: Fishbowl first', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/choose`);
    await page.getByRole('link', { name: 'Explore a topic or question together' }).click();
    await refine(page, {
      'How many people will take part?': 'More than 80',
      'How will people take part?': 'A few speak while many listen',
    });
    await expectFullResult(page, 'Fishbowl', [
      'You want to explore a topic or question together',
      'A few will speak while many listen',
    ]);
    await page
      .getByRole('region', { name: 'For your situation' })
      .getByRole('heading', { name: 'Try: Open fishbowl before a large audience' })
      .waitFor();
    await page.close();
  });

  it('reaches a suggestion and opens it by keyboard alone, with focus on the result', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/choose`);
    await page.getByText('One answer is enough for a suggestion.').waitFor();
    await page.waitForFunction(() => document.readyState === 'complete');
    await tabTo(page, 'Review a whole project or phase at its end');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.activeElement?.textContent === 'Our suggestion: Retrospect',
    );
    await expectFullResult(page, 'Retrospect', [
      'You want to review a whole project or phase at its end',
    ]);
    await tabTo(page, 'Open Retrospect');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Retrospect' }).waitFor();
    await page.close();
  });

  it('opens a shared result link in a fresh tab', async () => {
    const page = await context.newPage();
    const response = await page.goto(
      `${origin}/choose?want=explore-a-topic&stage=under-way&time=hour&people=31-80`,
    );
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 2, name: /^Our suggestion: / }).waitFor();
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
    await page.getByText(/^1 question answered/).waitFor();
    const step = await page.getByRole('heading', { level: 2 }).textContent();
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { level: 2, name: 'What do you most want to do?' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.goForward();
    await page.getByRole('heading', { level: 2, name: step! }).waitFor();
    await page.getByRole('link', { name: 'Skip', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Our suggestion: / }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: step! }).waitFor();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations on a question or the result (%s)',
    async (colorScheme) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${origin}/choose?want=not-sure`);
      await page.getByText(/^1 question answered/).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${origin}/choose?want=learn-from-others&time=under-30&setting=online`);
      await page.getByRole('heading', { name: 'Try: 20-minute online Peer Assist' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${origin}/choose?want=explore-a-topic`);
      await page.getByRole('heading', { level: 3, name: /^Refine: / }).waitFor();
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
