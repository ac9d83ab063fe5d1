/**
 * The learning loop from end to end, offline throughout (the server is stopped once the service worker has
 * the app): one piece of work with a Before Action Review, two After Action Reviews and a Retrospect. The
 * BAR's intent reaches both AARs; open actions carry forward; promoted lessons reach the library and the
 * knowledge asset; every page on the way is axe-clean. The steps run in order and share one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchOfflineApp } from './harness';
import { downloadedText, field, saved, typeInto } from './notes-helpers';

const WORK = 'Ward 7 discharge before noon';
const INTENT = 'Patients going home leave the ward before noon, with their medicines ready.';
const RESULT = 'Eight in ten discharges before noon by the end of March';
const LEARNED = 'What have we learned, and what would we do differently?';
const EXPECTED = 'What was expected to happen?';

describe('a piece of work through the learning cycle, offline', () => {
  let context: BrowserContext;
  let origin: string;
  let page: Page;
  let workUrl: string;

  beforeAll(async () => {
    ({ context, origin } = await launchOfflineApp());
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  /** Adds an action to the open note (the n-th of the note). */
  async function addAction(n: number, what: string, owner: string, due: string) {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByLabel(`Action ${n}: what needs doing`).fill(what);
    await page
      .getByLabel('Owner')
      .nth(n - 1)
      .fill(owner);
    await page
      .getByLabel('Due date')
      .nth(n - 1)
      .fill(due);
  }

  /** From the work's page, starts a note of a technique through "another technique", and returns the review page's open actions. */
  async function startInWork(technique: string): Promise<string[]> {
    await page.goto(workUrl);
    await page
      .getByRole('combobox', { name: 'Start a note of another technique in this work' })
      .selectOption({ label: technique });
    await page.getByRole('button', { name: 'Start the note' }).click();
    const review = page.getByRole('heading', {
      name: `Before you start: open actions from ${WORK}`,
    });
    const editor = page.getByRole('textbox', { name: 'Title' });
    await review.or(editor).first().waitFor();
    if (!(await review.isVisible())) return [];
    expect(await axeViolations(page)).toEqual([]);
    const open = await page
      .getByRole('list', { name: `Open actions from ${WORK}` })
      .getByRole('listitem')
      .allTextContents();
    return open;
  }

  it('starts a piece of work, and suggests a Peer Assist or a Before Action Review first', async () => {
    await page.goto(`${origin}/work`);
    await page.getByRole('textbox', { name: 'Name' }).fill(WORK);
    await page
      .getByRole('textbox', { name: 'Description (optional)' })
      .fill('A six-month trial on one medical ward.');
    await page.getByRole('button', { name: 'Start the piece of work' }).click();
    await page.waitForURL(/\/work\/view\?id=/);
    workUrl = page.url();
    const next = page.getByRole('region', { name: 'What next?' });
    expect(await next.locator('strong').first().textContent()).toMatch(
      /^(Peer Assist|Before Action Review)$/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('records a Before Action Review with its intent, results and two actions', async () => {
    await page.getByRole('link', { name: 'Start a Before Action Review note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    await page.getByLabel('Title').fill('Kick-off');
    await page.getByLabel('Date of the session').fill('2026-09-01');
    await page.getByLabel('Facilitator').fill('Amira Khan');
    await typeInto(page, 'Our intent', INTENT);
    await typeInto(page, 'Intended results and how we will measure them', RESULT);
    await addAction(1, 'Agree a pharmacy slot for discharge medicines', 'Sam Okoye', '2026-09-15');
    await addAction(2, 'Ask transport for a morning run', 'Jo Patel', '2099-01-31');
    await saved(page);
    expect(
      await page
        .getByRole('combobox', { name: 'Piece of work' })
        .locator('option:checked')
        .textContent(),
    ).toBe(WORK);
  });

  it('shows the open actions before the first AAR, lets one be ticked, and pre-fills what was expected from the BAR', async () => {
    const open = await startInWork('After Action Review');
    expect(open).toHaveLength(2);
    // Overdue first.
    expect(open[0]).toContain('Agree a pharmacy slot');
    expect(open[0]).toMatch(/Overdue by \d+ days/);
    expect(open[1]).toContain('Ask transport for a morning run');
    await page
      .getByRole('checkbox', { name: 'Agree a pharmacy slot for discharge medicines' })
      .check();
    await page.getByRole('button', { name: 'Start the note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    const expected = await field(page, EXPECTED).inputValue();
    expect(expected).toContain(INTENT);
    expect(expected).toContain(RESULT);
    await page.getByLabel('Title').fill('Month 1 review');
    await page.getByLabel('Date of the session').fill('2026-10-01');
    await typeInto(
      page,
      LEARNED,
      'Keep the 9am board round for discharges\nChange the medicines order: pharmacy first',
    );
    await page
      .getByRole('button', { name: 'Keep as a lesson: Keep the 9am board round for discharges' })
      .click();
    await addAction(1, 'Share the board-round checklist', 'Priya Shah', '2099-02-15');
    await saved(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('carries forward what is still open to the second AAR, which gets the intent too', async () => {
    const open = await startInWork('After Action Review');
    expect(open.map((t) => t.split(/Owner|Due|Overdue|from/)[0].trim())).toEqual([
      'Ask transport for a morning run',
      'Share the board-round checklist',
    ]);
    await page.getByRole('button', { name: 'Start the note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    expect(await field(page, EXPECTED).inputValue()).toContain(INTENT);
    await page.getByLabel('Title').fill('Month 2 review');
    await page.getByLabel('Date of the session').fill('2026-11-01');
    await typeInto(page, LEARNED, 'Change the weekend rota: a pharmacist on the ward by 10am');
    await page
      .getByRole('button', {
        name: 'Keep as a lesson: Change the weekend rota: a pharmacist on the ward by 10am',
      })
      .click();
    expect(
      await page.getByRole('combobox', { name: 'What kind of lesson? (lesson 1)' }).inputValue(),
    ).toBe('avoid');
    await saved(page);
  });

  it('closes with a Retrospect, keeping one success and one thing to do differently', async () => {
    await startInWork('Retrospect');
    await page.getByRole('button', { name: 'Start the note' }).click();
    await page.waitForURL(/\/notes\/edit\?id=/);
    await page.getByLabel('Title').fill('End of trial');
    await page.getByLabel('Date of the session').fill('2026-11-20');
    await page.getByLabel('Facilitator').fill('Grace Okafor');
    await typeInto(
      page,
      'What went well, and why',
      'Ward and pharmacy met daily, so problems were solved the same day',
    );
    await typeInto(
      page,
      'What could have gone better, and why',
      'Transport was asked too late to change its rota',
    );
    await page
      .getByRole('button', {
        name: 'Keep as a lesson: Ward and pharmacy met daily, so problems were solved the same day',
      })
      .click();
    await page
      .getByRole('button', {
        name: 'Keep as a lesson: Transport was asked too late to change its rota',
      })
      .click();
    await page.getByText('In the lessons library', { exact: true }).nth(1).waitFor();
    await saved(page);
  });

  it('shows the four sessions in order on the timeline, and suggests what comes after a Retrospect', async () => {
    await page.goto(workUrl);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('link', { name: 'End of trial' }).waitFor();
    expect(await timeline.getByRole('link').allTextContents()).toEqual([
      'Kick-off',
      'Month 1 review',
      'Month 2 review',
      'End of trial',
    ]);
    expect(await page.getByRole('region', { name: 'What next?' }).textContent()).toContain(
      'Often follows Retrospect',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists every open action, overdue first, with the ticked one gone, and gives a calendar file', async () => {
    await page.goto(`${origin}/actions`);
    const list = page.getByRole('list', { name: 'Actions' });
    await list.getByRole('listitem').first().waitFor();
    const items = await list.getByRole('listitem').allTextContents();
    expect(items.map((t) => t.match(/^(Ask transport|Share the board-round)/)?.[0])).toEqual([
      'Ask transport',
      'Share the board-round',
    ]);
    expect(items.join(' ')).not.toContain('Agree a pharmacy slot');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: 'Add to calendar (.ics): Ask transport for a morning run' })
        .click(),
    ]);
    const ics = await downloadedText(download);
    expect(ics).toContain('DTSTART;VALUE=DATE:20990131');
    expect(ics).toContain('SUMMARY:Ask transport for a morning run (Jo Patel)');
    expect(await axeViolations(page)).toEqual([]);
  });

  it("finds the four promoted lessons in the library, from the work's own link", async () => {
    await page.goto(workUrl);
    await page.getByRole('link', { name: "This work's lessons in the library" }).click();
    await page.getByText('4 of 4 lessons match.').waitFor();
    expect(
      await page
        .getByRole('combobox', { name: 'Piece of work' })
        .locator('option:checked')
        .textContent(),
    ).toBe(WORK);
    const text = await page.getByRole('list', { name: 'Lessons' }).textContent();
    for (const lesson of [
      'Keep the 9am board round',
      'Change the weekend rota',
      'Ward and pharmacy met daily',
      'Transport was asked too late',
    ])
      expect(text).toContain(lesson);
    await page.getByRole('searchbox', { name: 'Search lessons' }).fill('pharmacist');
    await page.getByText('1 of 4 lessons match.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("exports the work's knowledge asset: context, what to repeat, what to avoid, who to ask (page and Markdown)", async () => {
    await page.goto(workUrl);
    await page.getByRole('link', { name: 'Make a knowledge asset from this work' }).click();
    await page.waitForURL(/\/lessons\/asset\?work=/);
    const asset = page.locator('article.asset');
    await asset.getByRole('heading', { level: 2, name: 'What to avoid' }).waitFor();
    const section = (name: string) =>
      asset
        .locator('section')
        .filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) })
        .textContent();
    expect(await section('Context')).toContain(INTENT);
    expect(await section('What to repeat')).toContain('Keep the 9am board round for discharges');
    expect(await section('What to repeat')).toContain('Ward and pharmacy met daily');
    expect(await section('What to avoid')).toContain('Change the weekend rota');
    expect(await section('What to avoid')).toContain('Transport was asked too late');
    expect(await section('What to avoid')).not.toContain('Keep the 9am board round');
    // Roles by default (the facilitator of each note, as a role), names only once asked for.
    expect(await section('Who to ask')).toContain(
      'Facilitator: Before Action Review, 1 September 2026',
    );
    expect(await section('Who to ask')).not.toContain('Amira Khan');
    expect(await section('Actions still open')).not.toContain('Jo Patel');
    const roles = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    expect(await downloadedText(roles[0])).not.toContain('Grace Okafor');
    await page.getByRole('checkbox', { name: "Include people's names" }).check();
    await asset.getByText('Amira Khan').waitFor();
    expect(await section('Actions still open')).toContain('Jo Patel');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Markdown' }).click(),
    ]);
    const markdown = await downloadedText(download);
    const part = (heading: string) => markdown.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
    expect(part('Context')).toContain('Patients going home leave the ward before noon');
    expect(part('What to repeat')).toContain('Keep the 9am board round for discharges');
    expect(part('What to avoid')).toContain('Transport was asked too late to change its rota');
    expect(part('Who to ask')).toContain('Grace Okafor');
  });
});
