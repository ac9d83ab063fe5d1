/**
 * Byte budgets (deterministic, so they are tests; timings are measured by `npm run bench`, never here).
 * The first view of a page is the HTML, scripts and styles the page itself loads until it is idle,
 * gzip as the server sends them; the precache is every file the service worker stores.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { closeAppAndBrowser, startAppAndBrowser, type Server } from './harness';

const FIRST_VIEW_BUDGET = 40 * 1024;
const PRECACHE_BUDGET = 400 * 1024;

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length;
const distFile = (pathname: string) =>
  pathname.endsWith('/')
    ? `dist${pathname}index.html`
    : pathname.includes('.')
      ? `dist${pathname}`
      : `dist${pathname}/index.html`;

/** Each file's gzip size, largest first, as lines that say what a failing budget is made of. */
const breakdown = (sizes: Map<string, number>) =>
  [...sizes]
    .sort((a, b) => b[1] - a[1])
    .map(([file, bytes]) => `${(bytes / 1024).toFixed(1)} KB  ${file}`)
    .join('\n');

let server: Server;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, context } = await startAppAndBrowser());
});
afterAll(() => closeAppAndBrowser({ server, context }));

async function firstView(path: string): Promise<Map<string, number>> {
  const page = await context.newPage();
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (['document', 'script', 'stylesheet'].includes(request.resourceType()))
      loaded.push(new URL(request.url()).pathname);
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await page.close();
  return new Map(loaded.filter((p) => p !== '/sw.js').map((p) => [p, gzipSize(distFile(p))]));
}

describe('byte budgets', () => {
  it.each(['/', '/techniques/after-action-review'])(
    'the first view of %s stays within 40 KB gzip',
    async (path) => {
      const sizes = await firstView(path);
      const total = [...sizes.values()].reduce((a, b) => a + b, 0);
      expect(sizes.size, 'the page loaded its document and its script').toBeGreaterThanOrEqual(2);
      expect(
        total,
        `first view of ${path} is ${(total / 1024).toFixed(1)} KB:\n${breakdown(sizes)}`,
      ).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
    },
  );

  it('the whole precache stays within 400 KB gzip', () => {
    const urls = [...readFileSync('dist/sw.js', 'utf8').matchAll(/"url":"([^"]+)"/g)].map(
      (m) => m[1],
    );
    const sizes = new Map(urls.map((url) => [url, gzipSize(`dist/${url}`)]));
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    expect(urls.length).toBeGreaterThan(30);
    expect(
      total,
      `precache is ${(total / 1024).toFixed(1)} KB:\n${breakdown(sizes)}`,
    ).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
