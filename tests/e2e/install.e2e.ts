import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  closeAppAndBrowser,
  startAppAndBrowser,
  waitForServiceWorker,
  type Server,
} from './harness';

describe('installability', () => {
  let server: Server;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ server, context } = await startAppAndBrowser());
    page = await context.newPage();
    await page.goto(`${server.url}/`);
    await waitForServiceWorker(page);
  });
  afterAll(() => closeAppAndBrowser({ server, context }));

  it('Chromium reports no installability errors', async () => {
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  });

  it('the manifest parses cleanly', async () => {
    const cdp = await context.newCDPSession(page);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(`${server.url}/manifest.webmanifest`);
    expect(errors).toEqual([]);
  });

  it('the manifest has a name, short name, theme colour, start URL, shortcuts and a maskable icon', async () => {
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: expect.stringMatching(/Mobilise/),
      short_name: 'Mobilise',
      start_url: '/',
      theme_color: '#005eb8',
    });
    expect(manifest.shortcuts.length).toBeGreaterThan(0);
    expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
    for (const icon of manifest.icons) {
      const response = await fetch(`${server.url}${icon.src}`);
      expect(response.headers.get('content-type')).toBe('image/png');
    }
  });
});
