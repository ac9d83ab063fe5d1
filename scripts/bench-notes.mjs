#!/usr/bin/env node
/**
 * Session notes at scale, in Chromium's real IndexedDB, through the built app's own pages: 5,000 notes
 * of realistic length are imported as a backup, then the list, search and export are timed.
 * Timings come from performance.measure entries the app records (names only, no data) and from the
 * wall clock around each UI action. Writes bench/notes.json and prints a table. Measures; does not pass or fail.
 *
 *   node scripts/bench-notes.mjs [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeSessions } from './bench-data.mjs';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const SESSIONS = 5000;
const RUNS = 5;
const BUDGET = { firstPageMs: 100, searchKeystrokeMs: 50, exportMs: 2000, importMs: 3000 };

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const sessions = makeSessions(SESSIONS);
const work = mkdtempSync(join(tmpdir(), 'mobilise-bench-notes-'));
const backupPath = join(work, 'backup.json');
writeFileSync(
  backupPath,
  JSON.stringify({
    format: 'mobilise-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    sessions,
  }),
);
const backupBytes = statSync(backupPath).size;

// ── The browser, against the production build ──
const server = await startServer({ root: 'dist', port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'mobilise-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  viewport: { width: 390, height: 844 },
});
const page = await context.newPage();
const measures = (name) =>
  page.evaluate(
    (n) =>
      performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration })),
    name,
  );
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);
const round = (n) => Math.round(n * 10) / 10;

async function importBackup() {
  await page.goto(`${server.url}/settings`);
  const input = page.getByLabel('Choose a backup file');
  await input.waitFor();
  const started = Date.now();
  await input.setInputFiles(backupPath);
  await page.getByText(/^Imported /).waitFor({ timeout: 120_000 });
  const wall = Date.now() - started;
  const [app] = await measures('mobilise:notes-import');
  return { wall, app: app.duration, said: await page.getByText(/^Imported /).textContent() };
}

async function eraseAll() {
  await page.goto(`${server.url}/settings`);
  await page.getByRole('button', { name: 'Erase all data…' }).click();
  const started = Date.now();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page
    .getByText('All notes and data have been erased from this device.')
    .waitFor({ timeout: 60_000 });
  return Date.now() - started;
}

// Import into an empty store, several times (erasing in between), then once more into the full store (a merge).
const imports = [];
const erases = [];
for (let i = 0; i < 3; i++) {
  if (i > 0) erases.push(await eraseAll());
  imports.push(await importBackup());
}
const mergeImport = await importBackup();

// First page of the list, on a fresh load each time.
const firstPage = [];
for (let i = 0; i < RUNS; i++) {
  await page.goto(`${server.url}/notes`);
  await page.getByRole('list', { name: 'Notes' }).waitFor();
  await page
    .getByText(`${SESSIONS.toLocaleString('en-GB')} notes, most recently edited first.`)
    .waitFor();
  const [m] = await measures('mobilise:notes-first-page');
  firstPage.push({ duration: m.duration, sinceNavigation: m.start + m.duration });
}

// Search: type queries one key at a time, as a person would, after the index has loaded in the background.
await page.goto(`${server.url}/notes`);
const search = page.getByRole('searchbox', { name: 'Search notes' });
await search.waitFor();
await search.focus();
await page.waitForFunction(
  () => performance.getEntriesByName('mobilise:notes-search-index').length > 0,
  null,
  { timeout: 60_000 },
);
const [indexLoad] = await measures('mobilise:notes-search-index');
const keystrokes = [];
for (const query of [
  'handover pharmacy',
  'naive cafe',
  'escalation weekend night',
  'zzz no match',
]) {
  await search.fill('');
  await page.waitForTimeout(200);
  await page.evaluate(() => performance.clearMeasures('mobilise:notes-search'));
  for (const ch of query) {
    await page.keyboard.type(ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(300);
  keystrokes.push(...(await measures('mobilise:notes-search')).map((m) => m.duration));
}
const matches = await page
  .getByRole('status')
  .filter({ hasText: /notes? match/ })
  .first()
  .textContent();

// Export everything as a backup, and actions and lessons as CSV.
const exports = [];
const csv = [];
await page.goto(`${server.url}/settings`);
for (let i = 0; i < 3; i++) {
  await page.evaluate(() => performance.clearMeasures('mobilise:notes-export'));
  const started = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download a backup (.json)' }).click(),
  ]);
  const wall = Date.now() - started;
  const [app] = await measures('mobilise:notes-export');
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  if (exported.sessions.length !== SESSIONS)
    throw new Error(`export held ${exported.sessions.length} notes`);
  exports.push({ wall, app: app.duration });
  const csvStarted = Date.now();
  await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download actions and lessons (.csv)' }).click(),
  ]);
  csv.push(Date.now() - csvStarted);
}

await context.close();
await server.close();
rmSync(work, { recursive: true, force: true });
rmSync(profile, { recursive: true, force: true, maxRetries: 5 });

const report = {
  date: new Date().toISOString(),
  setting: `Chromium (headless, ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}), real IndexedDB, production build served locally, 390×844 viewport; ${SESSIONS} notes; median of runs unless stated`,
  data: {
    sessions: SESSIONS,
    backupMB: round(backupBytes / 1024 / 1024),
    averageNoteBytes: Math.round(backupBytes / SESSIONS),
  },
  budgets: {
    firstPageMs: `≤ ${BUDGET.firstPageMs}`,
    searchKeystrokeMs: `≤ ${BUDGET.searchKeystrokeMs}`,
    exportMs: `≤ ${BUDGET.exportMs}`,
    importMs: `≤ ${BUDGET.importMs}`,
  },
  firstPage: {
    ms: round(median(firstPage.map((r) => r.duration))),
    maxMs: round(max(firstPage.map((r) => r.duration))),
    sinceNavigationMs: round(median(firstPage.map((r) => r.sinceNavigation))),
    note: 'ms: from the list page starting (its code loaded) to the first 25 notes on screen (the counts follow); sinceNavigation: from the start of the page load',
    runs: firstPage.length,
  },
  search: {
    keystrokeMedianMs: round(median(keystrokes)),
    keystrokeMaxMs: round(max(keystrokes)),
    keystrokes: keystrokes.length,
    indexLoadMs: round(indexLoad.duration),
    lastStatus: matches,
    note: 'each keystroke: from the input event to the matching notes on screen (all 5,000 searched, the first 25 shown); the index loads once per page, in the background after the first page shows',
  },
  export: {
    ms: round(median(exports.map((e) => e.wall))),
    appMs: round(median(exports.map((e) => e.app))),
    csvMs: round(median(csv)),
    runs: exports.length,
    note: 'ms: from the click to the download starting (wall clock); appMs: the app’s own measure',
  },
  import: {
    ms: round(median(imports.map((r) => r.wall))),
    appMs: round(median(imports.map((r) => r.app))),
    intoFullStoreMs: round(mergeImport.wall),
    summary: imports[0].said,
    mergeSummary: mergeImport.said,
    eraseMs: round(median(erases)),
    runs: imports.length,
    note: 'ms: from choosing the file to the summary on screen (wall clock), into an empty store; intoFullStoreMs: the same file again, every note already there',
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/notes.json', `${JSON.stringify(report, null, 2)}\n`);

const row = (what, ms, budget) => ({
  what,
  ms,
  budget: `≤ ${budget}`,
  within: ms <= budget ? 'yes' : 'NO',
});
console.table([
  row('first page of the list', report.firstPage.ms, BUDGET.firstPageMs),
  row('search, per keystroke (median)', report.search.keystrokeMedianMs, BUDGET.searchKeystrokeMs),
  row('search, per keystroke (max)', report.search.keystrokeMaxMs, BUDGET.searchKeystrokeMs),
  row('export all (JSON)', report.export.ms, BUDGET.exportMs),
  row('import (into an empty store)', report.import.ms, BUDGET.importMs),
]);
console.log(
  `${SESSIONS} notes, ${report.data.backupMB} MB backup, about ${report.data.averageNoteBytes} bytes a note.`,
);
console.log(
  `Also: first page since navigation ${report.firstPage.sinceNavigationMs} ms; search index load ${report.search.indexLoadMs} ms (once, in the background); CSV ${report.export.csvMs} ms; import into the full store ${report.import.intoFullStoreMs} ms; erase all ${report.import.eraseMs} ms.`,
);
console.log('Written to bench/notes.json');
