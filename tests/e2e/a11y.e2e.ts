import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import {
  axeViolations,
  closeAppAndBrowser,
  startAppAndBrowser,
  techniqueIds,
  type Server,
} from './harness';
import { startAarNote } from './notes-helpers';

const paths = ['/', '/choose', ...techniqueIds.map((id) => `/techniques/${id}`), '/404'];
/** Live pages fill in after load (their technique is in the query string): wait for this heading. */
const livePages: [string, string][] = [
  ['/run?technique=after-action-review', 'After Action Review'],
  ['/run', 'Run a technique'],
  ['/present?technique=after-action-review', 'After Action Review'],
  ['/pairing', 'Earlier rounds'],
  ['/cards?technique=after-action-review', 'After Action Review'],
  ['/cards', 'Retrospect'],
];

describe.each(['light', 'dark'] as const)(
  'accessibility in the %s colour scheme',
  (colorScheme) => {
    let server: Server;
    let context: BrowserContext;

    beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
    afterAll(() => closeAppAndBrowser({ server, context }));

    it.each(paths)('axe finds no violations on %s', async (path) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('axe finds no violations on a chooser result', async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/choose?want=explore-a-topic&stage=under-way&time=two-hours`);
      await page.getByRole('heading', { level: 2, name: /^Our suggestion: / }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it.each(livePages)('axe finds no violations on %s', async (path, heading) => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('axe finds no violations on the notes pages, with notes in them', async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/notes`);
      await page.getByRole('heading', { name: 'No notes yet' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await startAarNote(page, server.url);
      await page.getByLabel('Title').fill('Ward round review');
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByRole('button', { name: 'Add a lesson' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}/notes`);
      await page.getByRole('searchbox', { name: 'Search notes' }).fill('ward');
      await page.getByRole('link', { name: 'Ward round review' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}/settings`);
      await page.getByRole('heading', { name: 'Storage on this device' }).waitFor();
      await page.getByRole('button', { name: 'Erase all data…' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}/notes/new`);
      await page.getByRole('button', { name: 'Start a note' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('axe finds no violations on the actions, lessons and knowledge asset pages, empty and in use', async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      for (const [path, heading] of [
        ['/actions', 'No actions yet'],
        ['/lessons', 'No lessons yet'],
      ]) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { name: heading }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
      }
      await startAarNote(page, server.url);
      await page
        .getByRole('textbox', {
          name: 'What have we learned, and what would we do differently?',
          exact: true,
        })
        .fill('Keep the list\nChange the order');
      await page.getByRole('button', { name: 'Keep as a lesson: Keep the list' }).click();
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByLabel('Action 1: what needs doing').fill('Ring pharmacy');
      await page.getByLabel('Due date').fill('2020-01-15');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByText('Saved on this device', { exact: true }).waitFor();
      await page.goto(`${server.url}/actions`);
      await page.getByRole('checkbox', { name: 'Done: Ring pharmacy' }).check();
      await page.getByRole('button', { name: /^Undo: Ring pharmacy/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`${server.url}/lessons`);
      await page.getByRole('checkbox', { name: /Choose the lesson: Keep the list/ }).check();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: /Make a knowledge asset/ }).click();
      await page.getByRole('heading', { level: 2, name: 'What to repeat' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('axe finds no violations on the piece-of-work pages and a note started in one', async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/work`);
      await page
        .getByRole('heading', { name: /pieces of work/ })
        .first()
        .waitFor();
      await page.getByRole('button', { name: 'Start the piece of work' }).click(); // shows the empty-name error
      await page.getByText('Give the piece of work a name').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('textbox', { name: 'Name' }).fill(`Accessible work ${colorScheme}`);
      await page.getByRole('button', { name: 'Start the piece of work' }).click();
      await page.waitForURL(/\/work\/view\?id=/);
      const workUrl = page.url();
      await page.getByRole('heading', { level: 2, name: 'What next?' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: 'Start a Before Action Review note' }).click();
      await page.waitForURL(/\/notes\/edit\?id=/);
      await page.getByRole('combobox', { name: 'Piece of work' }).waitFor();
      await page.getByRole('button', { name: 'Add an action' }).click();
      await page.getByRole('textbox', { name: 'Action 1: what needs doing' }).fill('Book the room');
      await page.getByRole('button', { name: 'Add a lesson' }).click();
      await page
        .getByRole('textbox', { name: 'Lesson 1', exact: true })
        .fill('Accessible rooms need booking a month ahead');
      await page.getByText('Saved on this device', { exact: true }).waitFor();
      await page.goto(workUrl);
      await page.getByRole('checkbox', { name: 'Book the room' }).waitFor();
      await page.getByRole('button', { name: 'Delete the piece of work' }).click();
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Undo' }).click();
      await page
        .getByRole('heading', { level: 1, name: `Accessible work ${colorScheme}` })
        .waitFor();
      await page.goto(
        workUrl
          .replace('/work/view', '/notes/new')
          .replace('?id=', '?technique=before-action-review&work='),
      );
      await page.getByRole('heading', { name: /^Before you start: open actions/ }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Start the note' }).click();
      await page
        .getByRole('region', { name: 'Lessons from earlier work that may help' })
        .getByRole('listitem')
        .first()
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('axe finds no violations with search results showing', async () => {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`${server.url}/`);
      await page.getByRole('searchbox', { name: 'Search techniques' }).fill('review');
      await page.getByRole('list', { name: 'Search results' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  },
);
