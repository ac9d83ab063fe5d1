#!/usr/bin/env node
/**
 * The learning-loop pages at scale, in Chromium's real IndexedDB, through the built app: 2,000 notes in 40
 * pieces of work (with 3,000 actions and 5,000 lessons) are imported as a backup, then the time from
 * navigation to the list on /actions and /lessons, a search keystroke in the library, and a whole piece
 * of work's knowledge asset are timed by the wall clock; the pages' code chunks are weighed (gzip).
 * Writes bench/loop.json and prints a table. Measures; does not pass or fail.
 *
 *   node scripts/bench-loop.mjs [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { makeLoopData } from './bench-data.mjs';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const SESSIONS = 2000;
const WORKS = 40;
const RUNS = 5;

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const time = new Date(Date.UTC(2024, 0, 1)).toISOString();
const { sessions, works } = makeLoopData({ sessions: SESSIONS, works: WORKS });
const counts = {
  sessions: SESSIONS,
  works: WORKS,
  actions: sessions.reduce((n, s) => n + s.actions.length, 0),
  lessons: sessions.reduce((n, s) => n + s.lessons.length, 0),
};
const scratch = mkdtempSync(join(tmpdir(), 'mobilise-bench-loop-'));
const backupPath = join(scratch, 'backup.json');
writeFileSync(
  backupPath,
  JSON.stringify({ format: 'mobilise-backup', version: 2, exportedAt: time, sessions, works }),
);

const server = await startServer({ root: 'dist', port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'mobilise-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  viewport: { width: 390, height: 844 },
});
const page = await context.newPage();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n * 10) / 10;

await page.goto(`${server.url}/settings`);
await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
await page.getByText(/^Imported /).waitFor({ timeout: 120_000 });

/** Wall clock from starting navigation to the given locator being visible, RUNS times. */
async function timeLoad(path, ready) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = Date.now();
    await page.goto(`${server.url}${path}`);
    await ready().waitFor({ timeout: 60_000 });
    times.push(Date.now() - started);
  }
  return { ms: median(times), maxMs: Math.max(...times), runs: RUNS };
}

const actions = await timeLoad('/actions', () => page.getByRole('list', { name: 'Actions' }));
const shown = await page.getByRole('list', { name: 'Actions' }).getByRole('listitem').count();
const lessons = await timeLoad('/lessons', () => page.getByRole('list', { name: 'Lessons' }));
const asset = await timeLoad(`/lessons/asset?work=${works[0].id}`, () =>
  page.getByRole('heading', { level: 2, name: 'Who to ask' }),
);

// A search keystroke: from typing to the count changing, over every lesson.
await page.goto(`${server.url}/lessons`);
const box = page.getByRole('searchbox', { name: 'Search lessons' });
await box.waitFor();
const keystrokes = [];
for (const word of ['handover', 'naive', 'zzz']) {
  await box.fill('');
  await page.waitForTimeout(100);
  const started = await page.evaluate(() => performance.now());
  await box.fill(word);
  await page.waitForFunction(() =>
    /match/.test(document.querySelector('[aria-live="polite"]')?.textContent ?? ''),
  );
  keystrokes.push((await page.evaluate(() => performance.now())) - started);
}

await context.close();
await server.close();
rmSync(scratch, { recursive: true, force: true });
rmSync(profile, { recursive: true, force: true, maxRetries: 5 });

const chunk = (prefix) => {
  const file = readdirSync('dist/assets').find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  return file ? round(gzipSync(readFileSync(join('dist/assets', file))).length / 1024) : null;
};
const report = {
  date: new Date().toISOString(),
  setting: `Chromium (headless), real IndexedDB, production build served locally, 390×844; ${SESSIONS} notes; median of ${RUNS} runs; wall clock from navigation`,
  data: counts,
  actionsPage: {
    ...actions,
    rowsShown: shown,
    note: 'from navigation to the list of open actions on screen (every note read and sorted; the first 50 rows shown)',
  },
  lessonsPage: {
    ...lessons,
    note: 'from navigation to the lessons listed (every note read; the first 50 shown)',
  },
  lessonSearch: {
    medianMs: round(median(keystrokes)),
    maxMs: round(Math.max(...keystrokes)),
    note: 'from filling the search box to the match count updating',
  },
  assetPage: {
    ...asset,
    note: `from navigation to a whole piece of work's asset (${sessions.filter((s) => s.workId === works[0].id).length} notes) on screen`,
  },
  chunksGzipKB: {
    ActionsPage: chunk('ActionsPage'),
    LessonsPage: chunk('LessonsPage'),
    AssetPage: chunk('AssetPage'),
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/loop.json', `${JSON.stringify(report, null, 2)}\n`);
console.table({
  '/actions list (ms)': actions.ms,
  '/lessons list (ms)': lessons.ms,
  'lesson search (ms)': report.lessonSearch.medianMs,
  'asset of one work (ms)': asset.ms,
  'ActionsPage chunk (KB gz)': report.chunksGzipKB.ActionsPage,
  'LessonsPage chunk (KB gz)': report.chunksGzipKB.LessonsPage,
  'AssetPage chunk (KB gz)': report.chunksGzipKB.AssetPage,
});
console.log(`Rows of open actions shown: ${shown}; data: ${JSON.stringify(counts)}`);
