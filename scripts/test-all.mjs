#!/usr/bin/env node
/**
 * The whole test suite, as `npm test` runs it: format check, lint, type check, unit tests, production
 * build (with its size budgets), browser tests.
 * Ends with one line that CI reads: `tests: N passed, M failed`. Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'mobilise-test-'));
let passed = 0;
let failed = 0;
const problems = [];

function run(label, command, args) {
  console.log(`\n── ${label} ──`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0)
    problems.push(`${label} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

function vitest(project) {
  const report = join(out, `${project}.json`);
  run(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (json.numTotalTests === 0 ? 1 : 0);
    if (json.numTotalTests === 0) problems.push(`${project} tests: none ran`);
  } catch {
    failed += 1;
    problems.push(`${project} tests: no report (the runner crashed)`);
  }
}

function check(label, command, args) {
  if (run(label, command, args)) passed += 1;
  else failed += 1;
}

check('format (prettier --check)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
check('lint (eslint)', 'npx', ['eslint', '.']);
check('type check', 'npx', ['tsc', '--noEmit']);
check('type check (service worker)', 'npx', ['tsc', '--noEmit', '-p', 'src/sw']);
vitest('unit');
if (run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn'])) vitest('e2e');
else problems.push('e2e tests skipped: the build failed');

if (problems.length) console.log(`\n${problems.join('\n')}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(problems.length || failed ? 1 : 0);
