#!/usr/bin/env node
/**
 * Typing cost, in Chromium's real IndexedDB, through the built app's own pages, with 5,000 notes present:
 * - key to stored write: from a key press in an After Action Review field to the commit of the IndexedDB
 *   transaction that holds that key's text (median and 95th percentile), typing at one key per 30 ms;
 * - interaction latency while typing fast (INP-style) under a 4× CPU throttle (CDP
 *   Emulation.setCPUThrottlingRate): Event Timing entries (PerformanceObserver 'event', durationThreshold
 *   16) for the key presses, and the time from each keydown to the next frame.
 * The page is not changed: commits are seen by wrapping IDBObjectStore.put in an init script.
 * Writes bench/typing.json under the label given (default "after"). Measures; does not pass or fail.
 *
 *   node scripts/bench-typing.mjs [--no-build] [--root dist] [--label after]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { makeSessions } from './bench-data.mjs';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ROOT = arg('--root', 'dist');
const LABEL = arg('--label', 'after');
const SESSIONS = 5000;
const KEYS = 150;
const KEY_MS = 30;
const FIELD = 'What actually happened?';
const TEXT =
  'The second pager went off during handover and nobody answered it, so the round began late. ';

if (!process.argv.includes('--no-build') && ROOT === 'dist') {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const work = mkdtempSync(join(tmpdir(), 'mobilise-bench-typing-'));
const backupPath = join(work, 'backup.json');
writeFileSync(
  backupPath,
  JSON.stringify({
    format: 'mobilise-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    sessions: makeSessions(SESSIONS),
  }),
);

const server = await startServer({ root: ROOT, port: 0 });
const profile = join(work, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  viewport: { width: 390, height: 844 },
});
// Records each committed write of a note (its 'actual' field's length) and each keydown and the frame after it.
await context.addInitScript(() => {
  const w = window;
  w.__commits = [];
  w.__keys = [];
  w.__frames = [];
  w.__events = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    const request = put.call(this, value, key);
    if (this.name === 'sessions' && value?.fields) {
      const length = (value.fields.actual ?? '').length;
      this.transaction.addEventListener('complete', () =>
        w.__commits.push({ t: performance.now(), length }),
      );
    }
    return request;
  };
  addEventListener(
    'keydown',
    (e) => {
      const at = e.timeStamp;
      w.__keys.push(at);
      requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - at), 0));
    },
    true,
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      w.__events.push({ name: e.name, duration: e.duration, id: e.interactionId });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
});

const page = await context.newPage();
await page.goto(`${server.url}/settings`);
await page.getByLabel('Choose a backup file').setInputFiles(backupPath);
await page.getByText(/^Imported /).waitFor({ timeout: 180_000 });

const quantile = (values, q) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const round = (n) => (n === null ? null : Math.round(n * 10) / 10);

async function newNote() {
  await page.goto(`${server.url}/notes/new?technique=after-action-review`);
  await page.waitForURL(/\/notes\/edit\?id=/);
  const box = page.getByRole('textbox', { name: FIELD, exact: true });
  await box.waitFor();
  await page.getByText('Saved on this device', { exact: true }).waitFor();
  await box.click();
  await page.evaluate(() => {
    const w = window;
    w.__commits.length = w.__keys.length = w.__frames.length = w.__events.length = 0;
  });
}

async function typeRun() {
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(TEXT[i % TEXT.length]);
    await page.waitForTimeout(KEY_MS);
  }
  await page.getByText('Saved on this device', { exact: true }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window;
    return { commits: w.__commits, keys: w.__keys, frames: w.__frames, events: w.__events };
  });
}

/** For key n (the text then n long), the first commit holding at least n characters. */
function keyToWrite({ commits, keys }) {
  return keys.flatMap((at, i) => {
    const commit = commits.find((c) => c.length >= i + 1 && c.t >= at);
    return commit ? [commit.t - at] : [];
  });
}

function summarise(run) {
  const writes = keyToWrite(run);
  const byInteraction = new Map();
  for (const e of run.events)
    if (e.id) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
  const interactions = [...byInteraction.values()];
  return {
    keys: run.keys.length,
    writes: run.commits.length,
    keyToStoredWrite: {
      medianMs: round(quantile(writes, 0.5)),
      p95Ms: round(quantile(writes, 0.95)),
      maxMs: round(quantile(writes, 1)),
      keysMeasured: writes.length,
    },
    eventTiming: {
      interactionsOver16ms: interactions.length,
      inpLikeMs: round(quantile(interactions, 0.98)),
      worstMs: round(quantile(interactions, 1)),
    },
    keydownToNextFrame: {
      medianMs: round(quantile(run.frames, 0.5)),
      p95Ms: round(quantile(run.frames, 0.95)),
    },
  };
}

await newNote();
const normal = summarise(await typeRun());
const cdp = await context.newCDPSession(page);
await newNote();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const throttled = summarise(await typeRun());
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

await context.close();
await server.close();
rmSync(work, { recursive: true, force: true, maxRetries: 5 });

const result = {
  date: new Date().toISOString(),
  root: ROOT,
  setting: `Chromium (headless), real IndexedDB, production build, ${SESSIONS} notes present, ${KEYS} keys at one per ${KEY_MS} ms into a new After Action Review note`,
  noThrottle: normal,
  cpuThrottle4x: throttled,
};
const file = 'bench/typing.json';
const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
report[LABEL] = result;
report.note =
  'keyToStoredWrite: from the keydown to the commit of the first IndexedDB transaction holding that key (what a crash at that moment would keep). eventTiming: Event Timing interactions over 16 ms (inpLike: 98th percentile). keydownToNextFrame: keydown to the task after the next frame.';
mkdirSync('bench', { recursive: true });
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(
  `${LABEL}: ${JSON.stringify({ noThrottle: normal, cpuThrottle4x: throttled })}\n`,
);
process.stdout.write(`Written to ${file}\n`);
