// Write-through saving under the worst faults: the browser process killed (SIGKILL) mid-typing loses at
// most the last few keys; a reload, online or offline, straight after typing loses nothing.
// Each test prints one line with every trial's figure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { seededRandom } from '../seeded-random';
import {
  CHROMIUM_ARGS,
  closeAppAndBrowser,
  launchOfflineApp,
  startAppAndBrowser,
  startServer,
  type Server,
} from './harness';
import { field, startAarNote } from './notes-helpers';

const ACTUAL = 'What actually happened?';
const TEXT =
  'The second pager went off during handover and nobody answered it for ten minutes, so the ward round started late and the pharmacist left. ';
const KEY_MS = 30;
const TRIALS = 8;
const random = seededRandom(11);

/**
 * Types one key every KEY_MS until `stop` says so; returns how many keys the browser had taken before
 * the stop (a key counts once its dispatch has returned).
 */
async function typeUntil(page: Page, stop: () => boolean, killing = false): Promise<number> {
  let typed = 0;
  await field(page, ACTUAL).click();
  try {
    while (!stop()) {
      await page.keyboard.type(TEXT[typed % TEXT.length]);
      if (killing && stop()) break; // the kill came while this key was sent: not counted
      typed++;
      await new Promise((r) => setTimeout(r, KEY_MS));
    }
  } catch {
    // the browser went away under the key being typed: that key is not counted
  }
  return typed;
}
const expectedText = (n: number) => TEXT.repeat(Math.ceil(n / TEXT.length) + 1).slice(0, n);

/** The process id of the browser itself (not one of its renderers or helpers) using this profile. */
function browserPid(profile: string): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  const own = rows.filter(
    (r) => r.includes(`--user-data-dir=${profile}`) && !r.includes('--type='),
  );
  const pids = own.map((r) => Number.parseInt(r.trim(), 10)).filter(Number.isInteger);
  if (pids.length !== 1) throw new Error(`expected one browser process, found ${pids.length}`);
  return pids[0];
}

describe('killing the browser mid-typing', () => {
  let server: Server;
  const profile = mkdtempSync(join(tmpdir(), 'mobilise-kill-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      viewport: { width: 390, height: 844 },
    });

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  });

  it(`SIGKILL at random points (${TRIALS} trials): at most 3 characters lost in any`, async () => {
    const lost: number[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      let context = await launch();
      const page = await context.newPage();
      const url = await startAarNote(page, server.url);
      const pid = browserPid(profile);
      // The kill comes from a timer, independent of the typing: it can land in the middle of a key or a write.
      let killed = false;
      const timer = setTimeout(
        () => {
          killed = true;
          process.kill(pid, 'SIGKILL');
        },
        800 + random() * 2200,
      );
      const typed = await typeUntil(page, () => killed, true);
      clearTimeout(timer);
      expect(killed).toBe(true);
      await context.close().catch(() => undefined);
      context = await launch();
      const reopened = await context.newPage();
      await reopened.goto(url);
      const kept = await field(reopened, ACTUAL).inputValue();
      await context.close();
      // The key under way at the kill may have landed too (its dispatch never returned, so it is not counted).
      expect(expectedText(typed + 1).startsWith(kept)).toBe(true);
      lost.push(Math.max(0, typed - kept.length));
    }
    process.stdout.write(
      `kill: characters lost per trial [${lost.join(', ')}], max ${Math.max(...lost)}\n`,
    );
    expect(Math.max(...lost)).toBeLessThanOrEqual(3);
  }, 150_000);
});

async function reloadTrials(context: BrowserContext, origin: string, label: string) {
  const lost: number[] = [];
  const page = await context.newPage();
  for (let trial = 0; trial < TRIALS; trial++) {
    await startAarNote(page, origin);
    const stopAt = Date.now() + 300 + random() * 1200;
    const typed = await typeUntil(page, () => Date.now() >= stopAt);
    await page.reload(); // at once: no pause after the last key
    const kept = await field(page, ACTUAL).inputValue();
    expect(expectedText(typed).startsWith(kept)).toBe(true);
    lost.push(typed - kept.length);
  }
  await page.close();
  process.stdout.write(`${label}: characters lost per trial [${lost.join(', ')}]\n`);
  expect(lost.every((n) => n === 0)).toBe(true);
}

describe('reloading straight after typing', () => {
  it(`online (${TRIALS} trials): nothing lost`, async () => {
    const { server, context } = await startAppAndBrowser();
    try {
      await reloadTrials(context, server.url, 'reload');
    } finally {
      await closeAppAndBrowser({ server, context });
    }
  }, 90_000);

  it(`offline, the service worker serving and the server stopped (${TRIALS} trials): nothing lost`, async () => {
    const { context, origin } = await launchOfflineApp();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      await page.close();
      await reloadTrials(context, origin, 'offline reload');
    } finally {
      await context.close();
    }
  }, 90_000);
});
