// Two tabs on one note: an edit in one appears in the other, and conflicting edits never silently overwrite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';
import { field, saved, startAarNote } from './notes-helpers';

const ACTUAL = 'What actually happened?';
const CONFLICT = 'This note was also changed in another tab';

describe('two tabs on one note', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  async function twoTabs(): Promise<[Page, Page, string]> {
    const a = await context.newPage();
    const url = await startAarNote(a, server.url);
    const b = await context.newPage();
    await b.goto(url);
    await field(b, ACTUAL).waitFor();
    return [a, b, url];
  }
  const value = (page: Page, name: string) => field(page, name).inputValue();
  const hasConflict = async (page: Page) =>
    (await page.getByRole('heading', { name: CONFLICT }).count()) > 0;

  it('an edit in one tab appears in the other', async () => {
    const [a, b] = await twoTabs();
    await field(a, ACTUAL).fill('Typed in tab A');
    await b.getByText('Updated with changes made in another tab.').waitFor();
    expect(await value(b, ACTUAL)).toBe('Typed in tab A');
    await field(b, 'Why was there a difference?').fill('Typed in tab B');
    await expect.poll(() => value(a, 'Why was there a difference?')).toBe('Typed in tab B');
    await Promise.all([a.close(), b.close()]);
  });

  it('edits to different parts made at the same time are both kept', async () => {
    const [a, b, url] = await twoTabs();
    await Promise.all([
      field(a, ACTUAL).fill('A wrote this'),
      field(b, 'What was expected to happen?').fill('B wrote this'),
    ]);
    await expect
      .poll(() => value(a, 'What was expected to happen?'), { timeout: 10_000 })
      .toBe('B wrote this');
    await expect.poll(() => value(b, ACTUAL), { timeout: 10_000 }).toBe('A wrote this');
    expect((await hasConflict(a)) || (await hasConflict(b))).toBe(false);
    const fresh = await context.newPage();
    await fresh.goto(url);
    expect([
      await value(fresh, ACTUAL),
      await value(fresh, 'What was expected to happen?'),
    ]).toEqual(['A wrote this', 'B wrote this']);
    await Promise.all([a.close(), b.close(), fresh.close()]);
  });

  it('conflicting edits to the same field never overwrite each other; the person chooses', async () => {
    const [a, b, url] = await twoTabs();
    const originalId = new URL(url).searchParams.get('id');
    await Promise.all([
      field(a, ACTUAL).fill('Version from tab A'),
      field(b, ACTUAL).fill('Version from tab B'),
    ]);
    await expect
      .poll(async () => (await hasConflict(a)) || (await hasConflict(b)), { timeout: 10_000 })
      .toBe(true);
    const [loser, winner] = (await hasConflict(a)) ? [a, b] : [b, a];
    const [mine, theirs] =
      loser === a
        ? ['Version from tab A', 'Version from tab B']
        : ['Version from tab B', 'Version from tab A'];
    expect(await hasConflict(winner)).toBe(false);
    expect(await loser.getByRole('alert').filter({ hasText: CONFLICT }).textContent()).toMatch(
      /same part \(“What actually happened\?”\).*Nothing has been overwritten/,
    );
    expect(await axeViolations(loser)).toEqual([]);

    // Both versions are stored: the other tab's under the note's address, this tab's as a copy it now shows.
    await saved(loser);
    expect(await value(loser, ACTUAL)).toBe(mine);
    expect(await value(winner, ACTUAL)).toBe(theirs);
    expect(new URL(loser.url()).searchParams.get('id')).not.toBe(originalId);
    const list = await context.newPage();
    await list.goto(`${server.url}/notes`);
    await list.getByRole('searchbox', { name: 'Search notes' }).fill('version from tab');
    await list.getByText('2 of').waitFor();

    // "Keep mine": this tab's text goes in place of the other, the copy goes, and the other tab follows.
    await loser.getByRole('button', { name: 'Keep mine' }).click();
    await loser.getByRole('heading', { name: CONFLICT }).waitFor({ state: 'detached' });
    expect(new URL(loser.url()).searchParams.get('id')).toBe(originalId);
    await expect.poll(() => value(winner, ACTUAL), { timeout: 10_000 }).toBe(mine);
    await list.reload();
    await list.getByRole('searchbox', { name: 'Search notes' }).fill('version from tab');
    await list.getByText('1 of').waitFor();
    await Promise.all([a.close(), b.close(), list.close()]);
  });
});
