import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  closeAppAndBrowser,
  startAppAndBrowser,
  techniqueIds,
  type Server,
} from './harness';

/** Pages in a PDF: each page is one `/Type /Page` object (the page tree is `/Type /Pages`). */
const countPages = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

describe('printable cards', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  async function openCards(query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}/cards${query}`);
    await page.getByRole('button', { name: /^Print (this card|all cards)$/ }).waitFor();
    return page;
  }

  it('counts pages in a PDF correctly (the check below can fail)', async () => {
    const page = await context.newPage();
    await page.setContent(
      '<p>one</p><p style="break-before: page">two</p><p style="break-before: page">three</p>',
    );
    expect(countPages(await page.pdf({ format: 'A5' }))).toBe(3);
    await page.close();
  });

  it.each(techniqueIds)(
    'prints the %s card on exactly one page, at its own A5 size and on A4',
    async (id) => {
      const page = await openCards(`?technique=${id}`);
      expect(await page.getByRole('article').count()).toBe(1);
      const a5 = await page.pdf({ preferCSSPageSize: true });
      expect(countPages(a5)).toBe(1);
      expect(a5.toString('latin1')).toMatch(/MediaBox \[0 0 42\d(\.\d+)? 59\d(\.\d+)?\]/); // A5: 148 × 210 mm
      expect(countPages(await page.pdf({ format: 'A4' }))).toBe(1);
      await page.close();
    },
  );

  it('prints all the cards, one to a page, in the order of the app', async () => {
    const page = await openCards();
    const titles = await page
      .getByRole('article')
      .getByRole('heading', { level: 2 })
      .allTextContents();
    expect(titles).toHaveLength(techniqueIds.length);
    expect(countPages(await page.pdf({ preferCSSPageSize: true }))).toBe(techniqueIds.length);
    await page.close();
  });

  it('shows what a card needs: phase, purpose, people and time, timed steps and key questions', async () => {
    const page = await openCards('?technique=after-action-review');
    const card = page.getByRole('article', { name: 'After Action Review' });
    for (const text of [
      'Learning during',
      'blame-free',
      '2 to 20 people',
      'Welcome and ground rules',
      '5 min',
      'Why was there a difference?',
    ])
      expect(await card.getByText(text).count(), text).toBeGreaterThan(0);
    expect(
      await card
        .getByRole('img', {
          name: `QR code that opens ${server.url}/techniques/after-action-review`,
        })
        .count(),
    ).toBe(1);
    await page.close();
  });

  it('prints only the card: no buttons, header or footer on paper', async () => {
    const page = await openCards('?technique=peer-assist');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print this card' }).isVisible()).toBe(false);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
    expect(await page.getByRole('article').isVisible()).toBe(true);
    await page.close();
  });

  it('is reached from the technique page', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/techniques/fishbowl`);
    await page.getByRole('link', { name: 'Printable card' }).click();
    await page.getByRole('article', { name: 'Fishbowl' }).waitFor();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'all cards have no axe violations in the %s colour scheme',
    async (colorScheme) => {
      const page = await openCards();
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
