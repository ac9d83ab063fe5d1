import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parseTechnique } from '../../src/content/schema';
import { axeViolations, closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';

const aar = parseTechnique(
  readFileSync('techniques/after-action-review.md', 'utf8'),
  'after-action-review.md',
);
const MIN = 60_000;

/**
 * Records what the page asks of the device: sounds started, buzzes and screen wake locks (with a way to
 * drop the lock, as the browser does when the page is hidden). Nothing in the app is changed.
 */
function recordDevice() {
  const w = window as unknown as {
    tones: number;
    buzzes: number[][];
    locks: { released: boolean }[];
  };
  w.tones = 0;
  w.buzzes = [];
  w.locks = [];
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args: [number?]) {
    w.tones++;
    return start.apply(this, args);
  };
  Object.defineProperty(Navigator.prototype, 'vibrate', {
    configurable: true,
    value: (pattern: number[]) => (w.buzzes.push(pattern), true),
  });
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get: () => ({
      request: async () => {
        const lock = {
          released: false,
          release: async () => void (lock.released = true),
          addEventListener() {},
        };
        w.locks.push(lock);
        return lock;
      },
    }),
  });
}

const device = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as {
      tones: number;
      buzzes: number[][];
      locks: { released: boolean }[];
    };
    return {
      tones: w.tones,
      buzzes: w.buzzes.length,
      locks: w.locks.length,
      held: w.locks.filter((l) => !l.released).length,
    };
  });

const status = (page: Page) => page.getByRole('status');
const timer = (page: Page) => page.getByRole('timer');

describe('run mode', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  async function openRun(): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(recordDevice);
    await page.clock.install({ time: new Date('2026-03-03T09:00:00Z') });
    await page.goto(`${server.url}/run?technique=after-action-review`);
    await page.getByRole('heading', { level: 1, name: 'After Action Review' }).waitFor();
    return page;
  }

  it('runs a whole After Action Review with the clock moved on: every step reaches time up, then the end', async () => {
    const page = await openRun();
    const total = aar.steps.reduce((sum, s) => sum + s.minutes, 0);
    await page
      .getByRole('heading', { level: 2, name: `${aar.steps.length} steps, about ${total} minutes` })
      .waitFor();
    await page.getByRole('button', { name: 'Start' }).click();
    for (const [i, step] of aar.steps.entries()) {
      await page.getByRole('heading', { level: 2, name: step.title, exact: true }).waitFor();
      await page.getByText(`Step ${i + 1} of ${aar.steps.length}`, { exact: true }).waitFor();
      await status(page)
        .filter({ hasText: `Step ${i + 1} of ${aar.steps.length}: ${step.title}.` })
        .waitFor();
      // The countdown starts with the step, at the step's full length.
      const [minutes] = (await timer(page).textContent())!
        .replace('Time left: ', '')
        .split(':')
        .map(Number);
      expect(minutes).toBeGreaterThanOrEqual(step.minutes - 1);
      expect(minutes).toBeLessThanOrEqual(step.minutes);
      for (const prompt of step.prompts ?? [])
        expect(
          await page.getByRole('listitem').filter({ hasText: prompt }).count(),
        ).toBeGreaterThan(0);
      if (step.minutes > 1) {
        await page.clock.fastForward((step.minutes - 1) * MIN + 500);
        await status(page).filter({ hasText: 'One minute left.' }).waitFor();
      }
      const before = await device(page);
      await page.clock.fastForward(MIN);
      await timer(page).filter({ hasText: '0:00' }).waitFor();
      await page
        .getByRole('group', { name: 'Countdown' })
        .getByText(/^Time is up/)
        .waitFor();
      await status(page)
        .filter({ hasText: `Time is up for ${step.title}.` })
        .waitFor();
      const after = await device(page);
      expect(after.tones).toBe(before.tones + 2);
      expect(after.buzzes).toBe(before.buzzes + 1);
      await page
        .getByRole('button', { name: i === aar.steps.length - 1 ? 'Finish' : 'Next step' })
        .click();
    }
    await page.getByRole('heading', { name: 'Run complete' }).waitFor();
    const taken = await page.getByRole('row').allTextContents();
    expect(taken.filter((row) => row.includes('Not reached'))).toEqual([]);
    expect(taken).toHaveLength(aar.steps.length + 1);
    await page.close();
  });

  it('shows the key questions and a link to the session note at every step', async () => {
    const page = await openRun();
    await page.getByRole('button', { name: 'Start' }).click();
    for (const question of aar.questions)
      await page.getByRole('listitem').filter({ hasText: question }).first().waitFor();
    const note = page.getByRole('link', { name: 'Write the session note' });
    expect(await note.getAttribute('href')).toBe('/notes/new?technique=after-action-review');
    await page.close();
  });

  it('pauses, adds a minute and keeps true time through an hour asleep', async () => {
    const page = await openRun();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await status(page).filter({ hasText: 'Timer paused.' }).waitFor();
    const paused = await timer(page).textContent();
    await page.clock.fastForward(60 * MIN);
    expect(await timer(page).textContent()).toBe(paused);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Add a minute' }).click();
    await timer(page)
      .filter({ hasText: /Time left: 5:5\d|Time left: 6:00/ })
      .waitFor();
    // Asleep while running: no ticks for an hour, yet the step is over when the page wakes.
    await page.clock.fastForward(60 * MIN);
    await timer(page).filter({ hasText: '0:00' }).waitFor();
    await page
      .getByRole('group', { name: 'Countdown' })
      .getByText(/^Time is up: 54:\d\d over$/)
      .waitFor();
    await page.close();
  });

  it('keeps the screen awake while running, asks again when the lock is lost, and lets go at the end', async () => {
    const page = await openRun();
    expect((await device(page)).locks).toBe(0);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.waitForFunction(
      () => (window as unknown as { locks: unknown[] }).locks.length === 1,
    );
    // The browser drops the lock when the page is hidden; coming back must ask for it again.
    await page.evaluate(() => {
      (window as unknown as { locks: { released: boolean }[] }).locks[0].released = true;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.waitForFunction(
      () => (window as unknown as { locks: unknown[] }).locks.length === 2,
    );
    for (let i = 0; i < aar.steps.length; i++)
      await page.getByRole('button', { name: /^(Next step|Finish)$/ }).click();
    await page.getByRole('heading', { name: 'Run complete' }).waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { locks: { released: boolean }[] }).locks.every((l) => l.released),
    );
    await page.close();
  });

  it('carries on where it was after a reload, but not the next day', async () => {
    const page = await openRun();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.clock.fastForward(MIN);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: aar.steps[1].title }).waitFor();
    await page.getByText(`Step 2 of ${aar.steps.length}`).waitFor();
    await timer(page)
      .filter({ hasText: /Time left: 1:5\d|Time left: 2:00/ })
      .waitFor();
    // A run left for more than a working day starts afresh.
    await page.clock.fastForward('13:00:00');
    await page.reload();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    await page.close();
  });

  it('offers a list of techniques when the address names none, or an unknown one', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/run?technique=no-such-thing`);
    await page.getByText('There is no technique called “no-such-thing”.').waitFor();
    await page.getByRole('link', { name: /Peer Assist/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Peer Assist' }).waitFor();
    expect(page.url()).toBe(`${server.url}/run?technique=peer-assist`);
    await page.close();
  });

  it('the home and technique pages do not download the live pages’ code', async () => {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on(
      'request',
      (request) => request.resourceType() === 'script' && scripts.push(request.url()),
    );
    await page.goto(`${server.url}/`);
    await page.getByRole('searchbox', { name: 'Search techniques' }).waitFor();
    await page.goto(`${server.url}/techniques/after-action-review`);
    await page.getByRole('link', { name: 'Run this technique' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(
      scripts.filter((url) => /\/(RunPage|PresentPage|PairingPage|CardsPage|QrCode)-/.test(url)),
    ).toEqual([]);
    await page.close();
  });

  it('is reached from the technique page in one tap', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/techniques/after-action-review`);
    await page.getByRole('link', { name: 'Run this technique' }).click();
    await page.getByRole('button', { name: 'Start' }).waitFor();
    // The title names the technique once its page has loaded (an effect), and stays that way.
    await page.waitForFunction(
      (title) => document.title === title,
      'Run After Action Review · Mobilise',
    );
    // Once every pending effect has run (two frames and an idle callback), nothing has changed it back.
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done))),
        ),
    );
    expect(await page.title()).toBe('Run After Action Review · Mobilise');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'a running step has no axe violations in the %s colour scheme',
    async (colorScheme) => {
      const page = await openRun();
      await page.emulateMedia({ colorScheme });
      await page.getByRole('button', { name: 'Start' }).click();
      await timer(page).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.clock.fastForward(10 * MIN);
      await page
        .getByRole('group', { name: 'Countdown' })
        .getByText(/^Time is up/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      for (let i = 0; i < aar.steps.length; i++)
        await page.getByRole('button', { name: /^(Next step|Finish)$/ }).click();
      await page.getByRole('heading', { name: 'Run complete' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
