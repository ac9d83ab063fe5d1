import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';

const key = (names: string[]) => [...names].sort().join(' + ');
/** The groups on screen, each as sorted pairs of names. */
async function pairsShown(page: Page): Promise<string[]> {
  const items = await page
    .getByRole('region', { name: /groups?$/ })
    .getByRole('listitem')
    .allTextContents();
  return items.flatMap((item) => {
    const names = item.replace(' (a group of three)', '').split(/, | and /);
    return names.flatMap((a, i) => names.slice(i + 1).map((b) => key([a, b])));
  });
}

describe('coffee-trial pairing', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => {
    ({ server, context } = await startAppAndBrowser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });
  afterAll(() => closeAppAndBrowser({ server, context }));

  async function openPairing(): Promise<Page> {
    const page = await context.newPage();
    // Kept rounds live in IndexedDB: each test starts from none.
    await page.goto(`${server.url}/robots.txt`);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('mobilise');
          request.onsuccess = resolve;
          request.onerror = () => reject(request.error);
        }),
    );
    await page.goto(`${server.url}/pairing`);
    await page.getByRole('heading', { level: 2, name: 'Earlier rounds' }).waitFor();
    await page.getByText('None kept yet.').waitFor(); // the app has loaded
    return page;
  }

  it('pairs everyone once, with a trio when the count is odd', async () => {
    const page = await openPairing();
    const names = ['Ada', 'Ben', 'Cat', 'Dan', 'Eve', 'Fay', 'Gus'];
    await page
      .getByLabel('Names')
      .fill(names.map((n, i) => `${n}, Site ${i % 2 ? 'A' : 'B'}`).join('\n'));
    await page.getByLabel(/Mix groups/).check();
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('heading', { level: 2, name: '3 groups' }).waitFor();
    const items = await page
      .getByRole('region', { name: '3 groups' })
      .getByRole('listitem')
      .allTextContents();
    expect(items.filter((i) => i.includes('(a group of three)'))).toHaveLength(1);
    expect(
      items
        .join(' ')
        .split(/, | and | \(a group of three\)| /)
        .filter((n) => names.includes(n))
        .sort(),
    ).toEqual(names);
    // Focus moves to the answer, for keyboard and screen reader users.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('3 groups');
    await page.close();
  });

  it('never repeats a kept round’s pair while another pairing is possible', async () => {
    const page = await openPairing();
    await page.getByLabel('Names').fill('Ada\nBen\nCat\nDan');
    const seen = new Set<string>();
    // Four people can be paired three different ways: three kept rounds must use all three.
    for (let round = 1; round <= 3; round++) {
      await page.getByRole('button', { name: 'Make pairs' }).click();
      await page.getByRole('button', { name: 'Keep this round' }).click();
      await page.getByText(`Round ${round}:`).waitFor();
      for (const pair of await pairsShown(page)) {
        expect(seen.has(pair), `${pair} met before`).toBe(false);
        seen.add(pair);
      }
    }
    expect(seen.size).toBe(6);
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByText(/^Met in an earlier round/).waitFor();
    await page.close();
  });

  it("honours the don't-pair list", async () => {
    const page = await openPairing();
    await page.getByLabel('Names').fill('Ada\nBen\nCat\nDan');
    await page.getByLabel(/Don’t pair/).fill('Ada, Ben\nCat, Dan');
    for (let i = 0; i < 5; i++) {
      await page.getByRole('button', { name: 'Make pairs' }).click();
      await page.getByRole('heading', { level: 2, name: '2 groups' }).waitFor();
      const pairs = await pairsShown(page);
      expect(pairs).toHaveLength(2);
      expect(pairs).not.toContain(key(['Ada', 'Ben']));
      expect(pairs).not.toContain(key(['Cat', 'Dan']));
    }
    await page.close();
  });

  it('copies and shares the pairs as text', async () => {
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) =>
          void ((window as unknown as { shared: ShareData }).shared = data),
      });
    });
    await page.goto(`${server.url}/pairing`);
    await page.getByText('None kept yet.').waitFor();
    await page.getByLabel('Names').fill('Ada\nBen');
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('button', { name: 'Copy pairs' }).click();
    await page.getByText('Pairs copied.', { exact: false }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Randomised Coffee Trials: pairs made on \d{1,2} \w+ \d{4}\n\n1\. (Ada and Ben|Ben and Ada)$/,
    );
    await page.getByRole('button', { name: 'Share pairs' }).click();
    await page.getByText('Pairs shared.').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.text),
    ).toBe(copied);
    await page.close();
  });

  it('forgets earlier rounds, with undo', async () => {
    const page = await openPairing();
    await page.getByLabel('Names').fill('Ada\nBen');
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('button', { name: 'Keep this round' }).click();
    await page.getByText('Round 1:').waitFor();
    await page.getByRole('button', { name: 'Forget earlier rounds' }).click();
    await page.getByText('None kept yet.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Round 1:').waitFor();
    await page.close();
  });

  it('explains what is missing instead of making pairs', async () => {
    const page = await openPairing();
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Add the names of the people taking part' })
      .waitFor();
    await page.getByLabel('Names').fill('Ada');
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('alert').filter({ hasText: 'it takes two to make a pair' }).waitFor();
    await page.close();
  });

  it('keeps names typed before the app has loaded', async () => {
    const page = await context.newPage();
    let release = () => {};
    const typed = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await typed;
      await route.continue();
    });
    await page.goto(`${server.url}/pairing`);
    await page.getByLabel('Names').fill('Ada\nBen');
    release();
    await page.getByText('None kept yet.').waitFor();
    await page.getByText('2 names').waitFor();
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('heading', { level: 2, name: '1 group' }).waitFor();
    await page.close();
  });

  it('is linked from the Randomised Coffee Trials page', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/techniques/randomised-coffee-trials`);
    await page.getByRole('link', { name: 'Make coffee trial pairs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coffee trial pairs' }).waitFor();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with pairs showing in the %s colour scheme',
    async (colorScheme) => {
      const page = await openPairing();
      await page.emulateMedia({ colorScheme });
      await page.getByLabel('Names').fill('Ada, Ward 1\nBen, Ward 2\nCat, Ward 1');
      await page.getByLabel(/Don’t pair/).fill('Ada, Zed');
      await page.getByRole('button', { name: 'Make pairs' }).click();
      await page.getByRole('button', { name: 'Keep this round' }).click();
      await page.getByText('Round 1:').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('keeps rounds on the device, so they are still there after a reload', async () => {
    const page = await openPairing();
    await page.getByText(/Kept rounds are stored on this device/).waitFor();
    await page.getByLabel('Names').fill('Ada\nBen\nCat\nDan');
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('button', { name: 'Keep this round' }).click();
    await page.getByText('Round 1:').waitFor();
    await page.reload();
    await page.getByText('Round 1:').waitFor();
    await page.close();
  });
});
