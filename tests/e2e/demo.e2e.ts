import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';
import { field, saved, startAarNote, typeInto } from './notes-helpers';

describe('trainer demo data', () => {
  let server: Server;
  let context: BrowserContext;

  beforeAll(async () => ({ server, context } = await startAppAndBrowser()));
  afterAll(() => closeAppAndBrowser({ server, context }));

  it('loads labelled sample sessions and removes them without touching real notes', async () => {
    const page = await context.newPage();
    const noteUrl = await startAarNote(page, server.url);
    await page.getByLabel('Title').fill('Real: Tuesday night shift');
    await typeInto(page, 'What actually happened?', 'Two admissions arrived at once.');
    await saved(page);

    await page.goto(`${server.url}/settings`);
    const demo = page.getByRole('region', { name: 'Trainer demo' });
    await demo.getByRole('button', { name: 'Load sample sessions' }).click();
    await demo
      .getByRole('status')
      .getByText('6 sample sessions and a sample piece of work loaded')
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/notes`);
    await page.getByRole('link', { name: 'Sample: Week 2 of the discharge trial' }).waitFor();
    expect(await page.getByRole('link', { name: /^Sample: / }).count()).toBe(6);
    await page.getByRole('link', { name: 'Real: Tuesday night shift' }).waitFor();

    await page.goto(`${server.url}/work`);
    await page
      .getByRole('link', { name: 'Sample: Next-day prescriptions trial on Ward 7' })
      .click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline
      .getByRole('link', { name: 'Sample: Next-day prescriptions trial: kick-off' })
      .waitFor();
    expect(await timeline.getByRole('link').allTextContents()).toEqual([
      'Sample: Next-day prescriptions trial: kick-off',
      'Sample: Week 2 of the discharge trial',
      'Sample: Week 4 of the discharge trial',
      'Sample: Discharge trial: end of project',
    ]);

    await page.goto(`${server.url}/settings`);
    await demo.getByRole('button', { name: 'Remove sample sessions' }).click();
    await demo
      .getByRole('status')
      .getByText(
        '6 sample sessions and the sample piece of work removed. Your own notes are untouched.',
      )
      .waitFor();

    await page.goto(`${server.url}/notes`);
    await page.getByRole('link', { name: 'Real: Tuesday night shift' }).waitFor();
    expect(await page.getByRole('link', { name: /^Sample: / }).count()).toBe(0);
    await page.goto(`${server.url}/work`);
    await page.getByRole('heading', { name: 'No pieces of work yet' }).waitFor();
    await page.goto(noteUrl);
    await field(page, 'What actually happened?').waitFor();
    expect(await field(page, 'What actually happened?').inputValue()).toBe(
      'Two admissions arrived at once.',
    );
    await page.close();
  });
});
