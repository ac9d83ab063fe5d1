/**
 * The patient-identifier guard in a real browser (the production build): a valid NHS number typed into an
 * After Action Review box is flagged within a second, without moving focus or holding up the save;
 * "It isn't" sticks for that text across a reload, while a different number warns again; the editor stays
 * axe-clean with a warning shown; and the knowledge asset lists roles unless names are asked for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';
import { field, saved, startAarNote, typeInto } from './notes-helpers';

const ACTUAL = 'What actually happened?';
// Modulus 11: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9 ✓.
const NHS = '943 476 5919';
// 4×10 + 0 + 1×8 + 0 + 2×6 + 3×5 + 2×4 + 1×3 + 3×2 = 92; 92 mod 11 = 4; 11 − 4 = 7 ✓.
const OTHER_NHS = '401 023 2137';
const warningText = (number: string) => `This looks like an NHS number (“${number}”).`;

describe('patient-identifier guard', () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  let noteUrl: string;

  beforeAll(async () => {
    ({ server, context } = await startAppAndBrowser());
    page = await context.newPage();
  });
  afterAll(async () => {
    await closeAppAndBrowser({ server, context });
  });

  const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const warning = (number: string) => page.getByText(warningText(number), { exact: false });

  it('warns within a second of typing a valid NHS number, keeps focus in the box, and saves as usual', async () => {
    noteUrl = await startAarNote(page, server.url);
    const box = field(page, ACTUAL);
    const boxId = await box.getAttribute('id');

    // A control: plain text, how long from the last key to "Saved".
    await typeInto(page, ACTUAL, 'Handover ran late. ');
    let last = Date.now();
    await saved(page);
    const plainSaveMs = Date.now() - last;

    await page.keyboard.type(`Patient ${NHS} waited on ward 10, bed 12, at 14:30.`);
    last = Date.now();
    await warning(NHS).waitFor({ timeout: 1000 });
    const warnMs = Date.now() - last;
    expect(warnMs).toBeLessThan(1000);
    expect(await activeId()).toBe(boxId);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: warningText(NHS) })
        .count(),
    ).toBe(1);

    await saved(page);
    const flaggedSaveMs = Date.now() - last;
    // The autosave writes within half a second of the first change either way: the check adds nothing to it.
    expect(flaggedSaveMs).toBeLessThan(Math.max(1500, plainSaveMs + 500));
    expect(await activeId()).toBe(boxId);
    expect(await box.inputValue()).toBe(
      `Handover ran late. Patient ${NHS} waited on ward 10, bed 12, at 14:30.`,
    );
    // Only the NHS number: the ward, bed and time are not flagged.
    expect(await page.getByText('This looks like', { exact: false }).count()).toBe(1);
  });

  it('is axe-clean with the warning shown', async () => {
    await warning(NHS).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('"It isn\'t" dismisses it for that text, also after a reload; a different number warns again', async () => {
    await page.getByRole('button', { name: `It isn't an NHS number: ${NHS}` }).click();
    await warning(NHS).waitFor({ state: 'detached' });
    await saved(page);
    expect(await activeId()).toBe(await field(page, ACTUAL).getAttribute('id'));

    await page.reload();
    const box = field(page, ACTUAL);
    await box.waitFor();
    expect(await box.inputValue()).toContain(NHS);
    // Text already in a note is checked as it opens, so a warning would be on screen with the text.
    expect(await warning(NHS).count()).toBe(0);

    await typeInto(page, ACTUAL, ` Then ${OTHER_NHS}.`);
    await warning(OTHER_NHS).waitFor({ timeout: 1000 });
    expect(await warning(NHS).count()).toBe(0);
    await saved(page);
  });

  it('asks once before the note is downloaded while flagged text remains', async () => {
    await page.getByRole('button', { name: 'Download (.md)' }).click();
    const notice = page.getByRole('group', { name: /Check before it leaves this device/ });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('text that looks like an NHS number');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download anyway' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);
    expect(await notice.count()).toBe(0);
  });

  it('the knowledge asset lists roles by default, and names only when ticked', async () => {
    await page.goto(noteUrl);
    await page.getByLabel('Facilitator').fill('Amira Khan');
    await page.getByLabel('Participants').fill('Jo Bloggs\nSam Okoye');
    await page.locator('#field-roles-present').fill('Charge nurse, discharge pharmacist');
    await page.getByRole('button', { name: 'Add a lesson' }).click();
    const lesson = page.getByRole('textbox', { name: 'Lesson 1', exact: true });
    await lesson.fill('Book transport the day before');
    const lessonId = (await lesson.getAttribute('id'))!.replace(/^lesson-|-text$/g, '');
    await saved(page);

    await page.goto(`${server.url}/lessons/asset?lessons=${lessonId}`);
    const who = page
      .locator('article.asset section')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Who to ask', exact: true }) });
    await who.waitFor();
    const roles = await who.textContent();
    expect(roles).toContain('Charge nurse');
    expect(roles).toContain('discharge pharmacist');
    expect(roles).toMatch(/Facilitator: After Action Review, \d+ \w+ \d{4}/);
    expect(await page.locator('article.asset').textContent()).not.toMatch(
      /Amira Khan|Jo Bloggs|Sam Okoye/,
    );
    expect(await page.locator('article.asset').textContent()).toContain(
      'Notes kept on this device are not the official record.',
    );

    await page.getByRole('checkbox', { name: "Include people's names" }).check();
    await who.getByText('Amira Khan').waitFor();
    expect(await who.textContent()).toContain('Jo Bloggs');
    expect(await axeViolations(page)).toEqual([]);
  });
});
