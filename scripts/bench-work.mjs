#!/usr/bin/env node
/**
 * The learning loop at scale, in Chromium's real IndexedDB, through the built app's own pages: 2,000 notes
 * in 40 pieces of work (one of them holding 120 notes, with open actions and lessons) are imported as a
 * backup; then the work list, a work's timeline, starting a note in that work (open actions, then the
 * prefilled editor) and the earlier-lessons panel are timed by the wall clock around each step. Also the
 * gzip size of the work pages' own code. Writes bench/work.json and prints a table. Measures; does not pass or fail.
 *
 *   node scripts/bench-work.mjs [--no-build]
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
const BIG_WORK_NOTES = 120;
const RUNS = 5;
const BUDGET = {
  baselineMs: 300,
  workListMs: 300,
  timelineMs: 300,
  reviewMs: 400,
  prefilledEditorMs: 500,
  lessonsPanelMs: 500,
  lessonSearchMs: 100,
};

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const { sessions, works } = makeLoopData({
  sessions: SESSIONS,
  works: WORKS,
  bigWork: BIG_WORK_NOTES,
});
const tmp = mkdtempSync(join(tmpdir(), 'mobilise-bench-loop-'));
const backupPath = join(tmp, 'backup.json');
writeFileSync(
  backupPath,
  JSON.stringify({
    format: 'mobilise-backup',
    version: 2,
    exportedAt: new Date().toISOString(),
    sessions,
    works,
  }),
);

// The work pages' own code (lazy chunks), gzip: what opening them adds to the first view's download.
const assets = readdirSync('dist/assets');
const gz = (prefix) =>
  assets
    .filter((f) => f.startsWith(prefix) && f.endsWith('.js'))
    .reduce((sum, f) => sum + gzipSync(readFileSync(join('dist/assets', f))).length, 0);
const chunksKB = Object.fromEntries(
  ['WorkListPage', 'WorkPage', 'WorkForm', 'OpenActionsReview', 'NewNotePage', 'NoteEditor'].map(
    (p) => [p, Math.round(gz(`${p}-`) / 102.4) / 10],
  ),
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
async function timed(step) {
  const started = Date.now();
  await step();
  return Date.now() - started;
}

await page.goto(`${server.url}/settings`);
await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
await page.getByText(/^Imported /).waitFor({ timeout: 120_000 });

const results = {
  baseline: [],
  workList: [],
  timeline: [],
  review: [],
  prefilledEditor: [],
  lessonsPanel: [],
  lessonSearch: [],
};
for (let i = 0; i < RUNS; i++) {
  // The same kind of page load with nothing to read, for comparison: most of each figure below is this.
  results.baseline.push(
    await timed(async () => {
      await page.goto(`${server.url}/work/view?id=none`);
      await page.getByRole('heading', { name: 'Piece of work not found' }).waitFor();
    }),
  );
  results.workList.push(
    await timed(async () => {
      await page.goto(`${server.url}/work`);
      await page.getByRole('link', { name: 'Big discharge programme' }).waitFor();
    }),
  );
  results.timeline.push(
    await timed(async () => {
      await page.goto(`${server.url}/work/view?id=work-0`);
      await page
        .getByRole('region', { name: 'Timeline' })
        .getByRole('link')
        .nth(BIG_WORK_NOTES - 1)
        .waitFor();
    }),
  );
  results.review.push(
    await timed(async () => {
      await page.goto(`${server.url}/notes/new?technique=after-action-review&work=work-0`);
      await page.getByRole('heading', { name: /^Before you start: open actions/ }).waitFor();
    }),
  );
  results.prefilledEditor.push(
    await timed(async () => {
      await page.getByRole('button', { name: 'Start the note' }).click();
      await page.waitForURL(/\/notes\/edit\?id=/);
      await page.waitForFunction(
        () => (document.querySelector('#field-expected')?.value ?? '').length > 0,
      );
    }),
  );
  results.lessonsPanel.push(
    await timed(async () => {
      await page.goto(`${server.url}/notes/edit?id=loop-00000`);
      await page.getByRole('list', { name: 'Earlier lessons' }).waitFor();
    }),
  );
  const search = page.getByRole('searchbox', { name: 'Look for lessons about' });
  results.lessonSearch.push(
    await timed(async () => {
      await search.fill(`zz${i}`);
      await page.getByText('No earlier lessons mention those words.').waitFor();
    }),
  );
}
await context.close();
await server.close();
rmSync(tmp, { recursive: true, force: true });
rmSync(profile, { recursive: true, force: true, maxRetries: 5 });

const report = {
  date: new Date().toISOString(),
  setting: `Chromium (headless), real IndexedDB, production build served locally, 390×844; ${SESSIONS} notes (${SESSIONS * 2} lessons) in ${WORKS} pieces of work, one with ${BIG_WORK_NOTES} notes; median of ${RUNS} runs, wall clock from navigation or click to the result on screen`,
  budgets: Object.fromEntries(Object.entries(BUDGET).map(([k, v]) => [k, `≤ ${v}`])),
  ms: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, round(median(v))])),
  maxMs: Object.fromEntries(Object.entries(results).map(([k, v]) => [k, Math.max(...v)])),
  chunksGzipKB: chunksKB,
  note: 'baseline: a piece-of-work page load that reads nothing (not found), the floor under every figure; review: open actions shown before a new note in the big work; prefilledEditor: from "Start the note" to the editor with "What was expected" filled; lessonsPanel: a note opened to its earlier lessons shown (every note read and scored); lessonSearch: one search typed in the panel to its result',
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/work.json', `${JSON.stringify(report, null, 2)}\n`);
const budgetKey = {
  baseline: 'baselineMs',
  workList: 'workListMs',
  timeline: 'timelineMs',
  review: 'reviewMs',
  prefilledEditor: 'prefilledEditorMs',
  lessonsPanel: 'lessonsPanelMs',
  lessonSearch: 'lessonSearchMs',
};
console.table(
  Object.entries(report.ms).map(([what, ms]) => ({
    what,
    ms,
    max: report.maxMs[what],
    budget: `≤ ${BUDGET[budgetKey[what]]}`,
    within: ms <= BUDGET[budgetKey[what]] ? 'yes' : 'NO',
  })),
);
console.log('Work pages’ own code, gzip KB:', JSON.stringify(chunksKB));
console.log('Written to bench/work.json');
