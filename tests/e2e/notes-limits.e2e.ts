// Nothing typed or pasted is dropped unseen, and one over-long part never stops the rest of a note saving:
// an over-long tag, an over-long owner and a 200,000-character paste, then more typing that survives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator } from 'playwright-core';
import { closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';
import { field, saved, startAarNote, typeInto } from './notes-helpers';

const EXPECTED = 'What was expected to happen?';
const ACTUAL = 'What actually happened?';

/** A paste as the browser delivers it (a clipboard event with the text), into a focused box. */
async function paste(box: Locator, text: string): Promise<void> {
  await box.focus();
  await box.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

describe('limits: over-long input never stops a note saving', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  it('an over-long tag, owner and a 200,000-character paste: the person sees the limit and what was not kept, and typing afterwards survives a reload', async () => {
    const page = await context.newPage();
    await startAarNote(page, server.url);

    // A tag of 250 characters (typed or pasted into the tags box, which has no length of its own).
    await page.getByRole('button', { name: 'Add a lesson' }).click();
    await page
      .getByRole('textbox', { name: 'Lesson 1', exact: true })
      .fill('Check the bleep first');
    const tag = 't'.repeat(250);
    await page.getByRole('textbox', { name: 'Tags for lesson 1' }).fill(`handover, ${tag}`);
    await page.getByText('Some of a tag of lesson 1 was too long to keep.').waitFor();
    await page.getByText('Longest tag: Limit reached: 200 characters.', { exact: false }).waitFor();

    // An owner of 1,100 characters, pasted.
    await page.getByRole('button', { name: 'Add an action' }).click();
    const owner = page.getByRole('textbox', { name: 'Owner' });
    await paste(owner, 'o'.repeat(1_100));
    await page.getByText('this box holds up to 1,000 characters.', { exact: false }).waitFor();
    expect(await owner.inputValue()).toHaveLength(1_000);

    // 200,000 characters pasted into a field.
    const minutes = 'Minutes of the meeting. '.repeat(8_334).slice(0, 200_000);
    await paste(field(page, EXPECTED), minutes);
    await page
      .getByText(
        'this box holds up to 100,000 characters. The last 100,000 characters are not in the note.',
        {
          exact: false,
        },
      )
      .waitFor();
    await page.getByText('Limit reached: 100,000 characters.', { exact: false }).first().waitFor();
    const notKept = await page
      .getByRole('textbox', { name: 'Text that did not fit' })
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
    expect(notKept).toContain(minutes.slice(100_000));
    expect(notKept).toContain('t'.repeat(50));
    expect(notKept).toContain('o'.repeat(100));
    await expect(
      page.getByRole('button', { name: 'Copy the rest' }).count(),
    ).resolves.toBeGreaterThanOrEqual(3);
    expect(await page.getByText('Refusing to store').count()).toBe(0);

    // Typing afterwards, in another field, is saved and survives a reload.
    await typeInto(page, ACTUAL, 'Typed after all that.', 10);
    await saved(page);
    await page.reload();
    await expect(field(page, ACTUAL).inputValue()).resolves.toBe('Typed after all that.');
    await expect(field(page, EXPECTED).inputValue()).resolves.toBe(minutes.slice(0, 100_000));
    await expect(page.getByRole('textbox', { name: 'Owner' }).inputValue()).resolves.toBe(
      'o'.repeat(1_000),
    );
    await expect(
      page.getByRole('textbox', { name: 'Tags for lesson 1' }).inputValue(),
    ).resolves.toBe(`handover, ${'t'.repeat(200)}`);
    await page.close();
  }, 60_000);
});
