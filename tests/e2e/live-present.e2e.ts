import { readFileSync } from 'node:fs';
import { renderSVG } from 'uqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { parseTechnique } from '../../src/content/schema';
import { axeViolations, closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';

const aar = parseTechnique(
  readFileSync('techniques/after-action-review.md', 'utf8'),
  'after-action-review.md',
);

describe('presenter view', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  async function openPresenter(): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.clock.install({ time: new Date('2026-03-03T09:00:00Z') });
    await page.goto(`${server.url}/present?technique=after-action-review`);
    await page.getByRole('heading', { level: 1, name: 'After Action Review' }).waitFor();
    return page;
  }

  const slideTitle = (page: Page, name: string) =>
    page.getByRole('heading', { level: 2, name, exact: true });

  it('steps through the whole technique with the keys a clicker sends, and back', async () => {
    const page = await openPresenter();
    await page.keyboard.press('PageDown');
    await slideTitle(page, aar.steps[0].title).waitFor();
    await page
      .getByRole('timer')
      .filter({ hasText: `${aar.steps[0].minutes}:00` })
      .waitFor();
    await page.keyboard.press('ArrowRight');
    await slideTitle(page, aar.steps[1].title).waitFor();
    await page.keyboard.press('Space');
    await slideTitle(page, aar.steps[2].title).waitFor();
    await page.keyboard.press('ArrowDown');
    await slideTitle(page, aar.steps[3].title).waitFor();
    await page.keyboard.press('ArrowLeft');
    await slideTitle(page, aar.steps[2].title).waitFor();
    await page.keyboard.press('PageUp');
    await slideTitle(page, aar.steps[1].title).waitFor();
    await page.keyboard.press('Shift+Space');
    await slideTitle(page, aar.steps[0].title).waitFor();
    for (let i = 0; i < aar.steps.length; i++) await page.keyboard.press('PageDown');
    await slideTitle(page, 'Key questions').waitFor();
    for (const q of aar.questions)
      await page.getByRole('listitem').filter({ hasText: q }).waitFor();
    await page.keyboard.press('PageUp');
    await slideTitle(page, aar.steps.at(-1)!.title).waitFor();
    await page.close();
  });

  it("shows the current step's timer, paused and resumed with P", async () => {
    const page = await openPresenter();
    await page.keyboard.press('PageDown');
    await page
      .getByRole('group', { name: 'Countdown' })
      .getByText('Running', { exact: true })
      .waitFor();
    await page.keyboard.press('p');
    await page
      .getByRole('group', { name: 'Countdown' })
      .getByText('Paused', { exact: true })
      .waitFor();
    const paused = await page.getByRole('timer').textContent();
    await page.clock.fastForward('10:00');
    expect(await page.getByRole('timer').textContent()).toBe(paused);
    await page.keyboard.press('p');
    await page.clock.fastForward('10:00');
    await page
      .getByRole('group', { name: 'Countdown' })
      .getByText(/^Time is up/)
      .waitFor();
    await page.close();
  });

  it('a focused button keeps Space for itself: it presses the button rather than stepping', async () => {
    const page = await openPresenter();
    await page.keyboard.press('PageDown');
    await slideTitle(page, aar.steps[0].title).waitFor();
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'Add a minute'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('Add a minute');
    await page.keyboard.press('Space');
    await page
      .getByRole('timer')
      .filter({ hasText: /6:00|5:5\d/ })
      .waitFor();
    await slideTitle(page, aar.steps[0].title).waitFor();
    await page.close();
  });

  it('gives a QR code made on the device that opens this technique on a phone', async () => {
    const page = await openPresenter();
    const url = `${server.url}/techniques/after-action-review`;
    const qr = page.getByRole('img', { name: `QR code that opens ${url}` });
    const src = (await qr.getAttribute('src'))!;
    expect(src.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(src.slice(src.indexOf(',') + 1))).toBe(
      renderSVG(url, { ecc: 'M', border: 4 }),
    );
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
    await page.close();
  });

  it('gives the screen to the slides: no site header or footer', async () => {
    const page = await openPresenter();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Leave presenter view' }).click();
    await page.waitForURL(`${server.url}/techniques/after-action-review`);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations on any slide in the %s colour scheme',
    async (colorScheme) => {
      const page = await openPresenter();
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('PageDown');
      await slideTitle(page, aar.steps[0].title).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      for (let i = 0; i < aar.steps.length; i++) await page.keyboard.press('PageDown');
      await slideTitle(page, 'Key questions').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
