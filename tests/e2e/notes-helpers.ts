/** Shared steps for the session-notes browser tests. */
import { readFileSync } from 'node:fs';
import type { Download, Locator, Page } from 'playwright-core';

/** A generous floor for the renderer-crash test; write-through keeps far more (tests/e2e/notes-kill.e2e.ts measures it). */
export const AUTOSAVE_MS = 500;

/** Opens a new After Action Review note and waits until it is stored; returns its address. */
export async function startAarNote(page: Page, origin: string): Promise<string> {
  await page.goto(`${origin}/notes/new?technique=after-action-review`);
  await page.waitForURL(/\/notes\/edit\?id=/);
  await field(page, 'What actually happened?').waitFor();
  await saved(page);
  return page.url();
}

export const field = (page: Page, name: string): Locator =>
  page.getByRole('textbox', { name, exact: true });

/** Waits for the visible "Saved" state. */
export const saved = (page: Page) =>
  page.getByText('Saved on this device', { exact: true }).waitFor();

/** Waits until what was just typed is stored: the page has drawn the change, then says it is saved. */
export async function savedAfterTyping(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await saved(page);
}

/** Types like a person: one key at a time. */
export async function typeInto(page: Page, name: string, text: string, delay = 0): Promise<void> {
  await field(page, name).click();
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay });
}

export async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

/** Any sign that typed markup ran or became elements: a flag a payload would set, or injected elements. */
export async function injected(page: Page): Promise<{ flag: unknown; elements: number }> {
  return page.evaluate(() => ({
    flag: (window as unknown as { pwned?: unknown }).pwned,
    elements: document.querySelectorAll(
      'main img, main script, main svg, main iframe, main [onerror], main [onload], main [onclick], main b, main i',
    ).length,
  }));
}

/** Markup that would run, or show as an element, if any text were rendered as HTML. */
export const PAYLOAD =
  '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script><svg onload="window.pwned=1"></svg><b>bold</b>';
