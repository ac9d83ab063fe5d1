#!/usr/bin/env node
/**
 * Benchmark for the live pages (run mode, presenter view, pairing, cards). Builds, serves the production
 * build and drives Debian's Chromium. Measures:
 * - the JavaScript each page downloads (gzip), and that the home and technique pages download none of
 *   the live pages' code;
 * - how long each live page takes from navigation to ready (its content on screen, not just painted);
 * - coffee-trial pairing in the browser: 500 and 2,000 names, six kept rounds each, time from
 *   "Make pairs" to the answer on screen, and any pair repeated from an earlier round;
 * - the printed cards: pages per card (one each) and pages for "print all".
 * Writes bench/live.json and prints a summary. Measures; does not pass or fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const LIVE_CHUNKS =
  /\/assets\/(RunPage|PresentPage|PairingPage|CardsPage|QrCode|use-technique-query)-/;
const RUNS = 5;

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const server = await startServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Loads a page in a fresh context (no service worker, empty cache) and reports its scripts and readiness. */
async function loadPage(path, ready) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({
      url: response.url(),
      bytes: Number((await response.allHeaders())['content-length'] ?? 0),
    });
  });
  const started = Date.now();
  await page.goto(`${server.url}${path}`);
  await ready(page);
  const readyMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await context.close();
  return {
    readyMs,
    jsBytesGzip: scripts.reduce((sum, s) => sum + s.bytes, 0),
    scripts: scripts.length,
    liveCodeLoaded: scripts.some((s) => LIVE_CHUNKS.test(s.url)),
  };
}

const heading = (name) => (page) =>
  page.getByRole('heading', { name, exact: true }).first().waitFor();
const pages = {
  home: ['/', heading('Learn before, during and after')],
  technique: ['/techniques/after-action-review', heading('Step by step')],
  run: [
    '/run?technique=after-action-review',
    (page) => page.getByRole('button', { name: 'Start' }).waitFor(),
  ],
  present: [
    '/present?technique=after-action-review',
    (page) => page.getByRole('img', { name: /^QR code/ }).waitFor(),
  ],
  pairing: ['/pairing', (page) => page.getByText('None kept yet.').waitFor()],
  cardsOne: [
    '/cards?technique=after-action-review',
    (page) => page.getByRole('article').first().waitFor(),
  ],
  cardsAll: ['/cards', (page) => page.getByRole('article', { name: 'Retrospect' }).waitFor()],
};
const loads = {};
for (const [name, [path, ready]] of Object.entries(pages)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await loadPage(path, ready));
  loads[name] = {
    path,
    readyMs: median(runs.map((r) => r.readyMs)),
    jsBytesGzip: runs[0].jsBytesGzip,
    scripts: runs[0].scripts,
    liveCodeLoaded: runs[0].liveCodeLoaded,
  };
}

/** Pairs `count` names (in 8 groups, mixing groups) for six rounds, keeping each, in one page. */
async function pairing(count) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}/pairing`);
  await page.getByText('None kept yet.').waitFor();
  await page
    .getByLabel('Names')
    .fill(Array.from({ length: count }, (_, i) => `Person ${i + 1}, Site ${i % 8}`).join('\n'));
  await page.getByLabel(/Mix groups/).check();
  const times = [];
  let repeats = 0;
  for (let round = 1; round <= 6; round++) {
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Make pairs' }).click();
    await page.getByRole('button', { name: 'Keep this round' }).waitFor();
    times.push((await page.evaluate(() => performance.now())) - started);
    repeats += await page.getByText(/^Met in an earlier round/).count();
    await page.getByRole('button', { name: 'Keep this round' }).click();
    await page.getByText(`Round ${round}:`).waitFor();
  }
  await context.close();
  return {
    names: count,
    rounds: times.length,
    medianMs: Math.round(median(times)),
    maxMs: Math.round(Math.max(...times)),
    roundsWithRepeats: repeats,
  };
}
const pairs = [await pairing(500), await pairing(2000)];

/** Pages in a PDF of the cards page, at the cards' own (A5) size. */
async function cardPages(query) {
  const page = await browser.newPage();
  await page.goto(`${server.url}/cards${query}`);
  await page.getByRole('article').first().waitFor();
  await page.getByRole('button', { name: /^Print/ }).waitFor();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.close();
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
const ids = [
  'after-action-review',
  'retrospect',
  'peer-assist',
  'self-assessment',
  'action-learning-sets',
];
const cards = {
  pagesPerCard: Object.fromEntries(
    await Promise.all(ids.map(async (id) => [id, await cardPages(`?technique=${id}`)])),
  ),
  pagesForAll: await cardPages(''),
};

await browser.close();
await server.close();

const report = {
  date: new Date().toISOString(),
  note: 'Chromium headless, local server, no throttling; page figures are medians of 5 cold loads',
  loads,
  pairing: pairs,
  cards,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/live.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
console.table(
  Object.fromEntries(
    Object.entries(loads).map(([name, r]) => [
      name,
      {
        ready: `${r.readyMs} ms`,
        'JS (gzip)': kb(r.jsBytesGzip),
        scripts: r.scripts,
        'live code': r.liveCodeLoaded ? 'loaded' : 'none',
      },
    ]),
  ),
);
console.table(pairs);
console.log(
  `Cards: ${JSON.stringify(cards.pagesPerCard)} page(s) each; print all: ${cards.pagesForAll} pages`,
);
console.log('Written to bench/live.json');
