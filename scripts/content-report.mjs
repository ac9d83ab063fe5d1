#!/usr/bin/env node
/**
 * `npm run content-report`: every technique's prose word count and Flesch reading ease, and any problem the
 * content checks find. For content editors; the same checks run in `npm test`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { techniqueFiles } from './technique-files.mjs';

const vite = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { parseTechnique } = await vite.ssrLoadModule('/src/content/schema.ts');
  const { contentReport, runContentChecks, MIN_READING_EASE } =
    await vite.ssrLoadModule('/src/content/checks.ts');
  const files = techniqueFiles();
  const all = files.map((f) => parseTechnique(readFileSync(`techniques/${f}`, 'utf8'), f));
  console.table(
    contentReport(all).map((r) => ({
      technique: r.id,
      words: r.words,
      'reading ease': Number(r.readingEase.toFixed(1)),
    })),
  );
  const problems = runContentChecks(all);
  console.log(
    problems.length
      ? problems.join('\n')
      : `No problems: every technique reads at ${MIN_READING_EASE} or above.`,
  );
  process.exitCode = problems.length ? 1 : 0;
} finally {
  await vite.close();
}
