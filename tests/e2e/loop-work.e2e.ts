import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchOfflineApp } from './harness';
import { field, saved, typeInto } from './notes-helpers';

describe('a piece of work, offline with the server stopped', () => {
  let context: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    ({ context, origin } = await launchOfflineApp());
  });

  afterAll(async () => {
    await context?.close();
  });

  it('carries a Before Action Review’s intent into an After Action Review in the same work, shown in order on its timeline', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/work`);
    await page.getByRole('heading', { name: 'No pieces of work yet' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Weekend discharge trial');
    await page.getByRole('button', { name: 'Start the piece of work' }).click();
    await page.waitForURL(/\/work\/view\?id=/);
    const workUrl = page.url();
    await page.getByRole('heading', { level: 1, name: 'Weekend discharge trial' }).waitFor();

    await page.getByRole('link', { name: 'Start a Before Action Review note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    await page.getByLabel('Title').fill('Kick-off');
    await typeInto(page, 'Our intent', 'Medicines ready by 11am at weekends');
    await saved(page);
    await page.getByRole('link', { name: 'Timeline of Weekend discharge trial' }).click();
    await page.waitForURL(workUrl);

    await page.getByRole('link', { name: 'Start an After Action Review note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    await field(page, 'What was expected to happen?').waitFor();
    expect(await field(page, 'What was expected to happen?').inputValue()).toBe(
      'Medicines ready by 11am at weekends',
    );
    await page.getByLabel('Title').fill('Week 1 review');
    await saved(page);

    await page.goto(workUrl);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('link', { name: 'Week 1 review' }).waitFor();
    expect(await timeline.getByRole('link').allTextContents()).toEqual([
      'Kick-off',
      'Week 1 review',
    ]);
    await page.close();
  });

  it.each([
    ['/work', 'Pieces of work'],
    ['/work/view?id=no-such-work', 'Piece of work not found'],
  ])('opens %s by deep link in a fresh tab', async (path, heading) => {
    const page = await context.newPage();
    expect((await page.goto(`${origin}${path}`))?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.close();
  });
});
