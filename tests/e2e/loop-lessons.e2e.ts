/** The learning-loop pages in a real browser, offline throughout: keep a line as a lesson, find it, export it; tick an action off. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchOfflineApp } from './harness';
import { downloadedText, field, saved, startAarNote } from './notes-helpers';

const LEARNED = 'What have we learned, and what would we do differently?';

describe('actions and lessons, offline', () => {
  let context: BrowserContext;
  let origin: string;
  let page: Page;
  let noteUrl: string;

  beforeAll(async () => {
    ({ context, origin } = await launchOfflineApp());
    page = await context.newPage();
    noteUrl = await startAarNote(page, origin);
    await page.getByLabel('Title').fill('Ward 5 night handover');
    await field(page, LEARNED).fill(
      'Keep the printed list\nChange the order: sickest patients first',
    );
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel('Action 1: what needs doing').fill('Ring pharmacy about the rota');
    await page.getByLabel('Owner').fill('Sam Okoye');
    await page.getByLabel('Due date').fill('2020-01-15');
    await saved(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('keeps a line of the note as a lesson in one tap', async () => {
    await page
      .getByRole('button', { name: 'Keep as a lesson: Change the order: sickest patients first' })
      .click();
    await page.getByText('In the lessons library', { exact: true }).waitFor();
    expect(
      await page.getByRole('combobox', { name: 'What kind of lesson? (lesson 1)' }).inputValue(),
    ).toBe('avoid');
    await saved(page);
  });

  it('finds the lesson in the library and makes a knowledge asset of it (page and Markdown)', async () => {
    await page.goto(`${origin}/lessons`);
    await page.getByRole('searchbox', { name: 'Search lessons' }).fill('sickest');
    await page.getByText('1 of 1 lessons match.').waitFor();
    const lessons = page.getByRole('list', { name: 'Lessons' });
    expect(await lessons.textContent()).toContain('To avoid');
    await page.getByRole('checkbox', { name: /Choose the lesson: Change the order/ }).check();
    await page.getByRole('link', { name: 'Make a knowledge asset from 1 chosen lesson' }).click();
    await page.waitForURL(/\/lessons\/asset\?lessons=/);
    await page.getByRole('heading', { level: 2, name: 'What to avoid' }).waitFor();
    const text = await page.locator('article.asset').textContent();
    expect(text).toContain('Change the order: sickest patients first');
    expect(text).toContain('Ring pharmacy about the rota');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('1-chosen-lesson.md');
    const markdown = await downloadedText(download);
    expect(markdown).toContain(
      '## What to avoid\n\n- Change the order: sickest patients first *(from After Action Review,',
    );
    // Roles by default: the owner's name goes in only once "Include people's names" is ticked.
    expect(markdown).not.toContain('Sam Okoye');
    await page.getByRole('checkbox', { name: "Include people's names" }).check();
    const [named] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    expect(await downloadedText(named)).toContain('- Sam Okoye');
  });

  it('ticks an action done on /actions, and the note shows it done', async () => {
    await page.goto(`${origin}/actions`);
    const item = page.getByRole('listitem').filter({ hasText: 'Ring pharmacy about the rota' });
    await item.getByText(/^Overdue by \d+ days$/).waitFor();
    await page.getByRole('checkbox', { name: 'Done: Ring pharmacy about the rota' }).check();
    await item
      .getByRole('button', { name: 'Undo: Ring pharmacy about the rota is not done' })
      .waitFor();
    await page.getByRole('status').getByText('Saved on this device.').waitFor();
    await page.goto(noteUrl);
    await field(page, 'What actually happened?').waitFor();
    expect(await page.getByRole('checkbox', { name: 'Done' }).isChecked()).toBe(true);
  });
});
