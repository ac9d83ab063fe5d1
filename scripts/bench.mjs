#!/usr/bin/env node
/**
 * `npm run bench`: builds, serves the production build, and runs Lighthouse (mobile, simulated throttling,
 * median of 5) on the home page, a technique page, the chooser and a bare floor page served the same way.
 * Writes bench/results.json and prints a table. Measures; does not pass or fail (budgets are shown beside).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';

const RUNS = 5; // Lantern now and then reports a late LCP even for the bare floor page; 5 runs keep one such run from moving the median
const BUDGET = { lcpRatio: 1.15, firstViewKB: 40, score: 1 };

execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

const floorRoot = mkdtempSync(join(tmpdir(), 'mobilise-floor-'));
writeFileSync(
  join(floorRoot, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head><body><h1>Floor</h1><p>One heading and one paragraph, served the same way as the app.</p></body></html>',
);

const app = await startServer({ root: 'dist', port: 0 });
const floor = await startServer({ root: floorRoot, port: 0 });
const pages = {
  floor: `${floor.url}/`,
  home: `${app.url}/`,
  technique: `${app.url}/techniques/after-action-review`,
  chooser: `${app.url}/choose`,
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    const requests = lhr.audits['network-requests'].details.items;
    // The first view: what the page itself loads (document, scripts, styles), not the service worker's precache.
    const firstView = requests
      .filter(
        (r) =>
          r.sessionTargetType === 'page' &&
          ['Document', 'Script', 'Stylesheet'].includes(r.resourceType) &&
          !r.url.endsWith('/sw.js'),
      )
      .reduce((sum, r) => sum + r.transferSize, 0);
    const js = requests
      .filter(
        (r) =>
          r.sessionTargetType === 'page' &&
          r.resourceType === 'Script' &&
          !r.url.endsWith('/sw.js'),
      )
      .reduce((sum, r) => sum + r.transferSize, 0);
    return {
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      totalBytes: lhr.audits['total-byte-weight'].numericValue,
      jsBytes: js,
      firstViewBytes: firstView,
      performance: lhr.categories.performance.score,
      accessibility: lhr.categories.accessibility.score,
    };
  } finally {
    await chrome.kill();
  }
}

const results = {};
for (const [name, url] of Object.entries(pages)) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(url));
  results[name] = Object.fromEntries(
    Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]),
  );
  results[name].runs = runs.length;
}
await app.close();
await floor.close();

for (const name of ['home', 'technique', 'chooser']) {
  results[name].lcpRatioToFloor = results[name].lcp / results.floor.lcp;
  results[name].fcpRatioToFloor = results[name].fcp / results.floor.fcp;
  results[name].bytesRatioToFloor = results[name].totalBytes / results.floor.totalBytes;
}

const report = {
  date: new Date().toISOString(),
  lighthouse: `mobile, simulated throttling, median of ${RUNS} runs per page`,
  budgets: {
    lcpRatioToFloor: `≤ ${BUDGET.lcpRatio}`,
    firstViewBytes: `≤ ${BUDGET.firstViewKB} KB (HTML + JS + CSS, gzip)`,
    performance: 1,
    accessibility: 1,
  },
  pages: results,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const rows = Object.entries(results).map(([name, r]) => ({
  page: name,
  LCP: `${Math.round(r.lcp)} ms`,
  'LCP/floor': r.lcpRatioToFloor ? r.lcpRatioToFloor.toFixed(3) : '1',
  FCP: `${Math.round(r.fcp)} ms`,
  TBT: `${Math.round(r.tbt)} ms`,
  CLS: r.cls.toFixed(3),
  total: kb(r.totalBytes),
  JS: kb(r.jsBytes),
  'first view': kb(r.firstViewBytes),
  perf: r.performance,
  a11y: r.accessibility,
}));
console.table(rows);
for (const name of ['home', 'technique', 'chooser']) {
  const r = results[name];
  const ok =
    r.lcpRatioToFloor <= BUDGET.lcpRatio &&
    r.firstViewBytes <= BUDGET.firstViewKB * 1024 &&
    r.performance >= 1 &&
    r.accessibility >= 1;
  console.log(`${name}: ${ok ? 'within budget' : 'OVER BUDGET'}`);
}
console.log('Written to bench/results.json');
