#!/usr/bin/env node
/**
 * `node scripts/bench-chooser.mjs`: measures the chooser on the real technique data.
 * - Time to rescore all techniques after one answer (rankTechniques and adviceFor: scores, reasons,
 *   why-nots and the variant advice),
 *   and to pick the next question, as median and 95th percentile over many runs.
 * - Questions asked over every path through the chooser as the app runs it: before the first
 *   suggestion, and in all if every refining question is answered (median, 95th percentile, maximum).
 * The modules are TypeScript and the technique data comes through the Vite plugin, so they are loaded
 * with Vite's own SSR loader and the project's config (no build, nothing written but bench/chooser.json).
 * Measures; does not pass or fail (targets are shown beside).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const RUNS = 5000;
const TARGET = { rescoreMs: 1, medianQuestionsBeforeSuggestion: 1 };

const vite = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const load = (path) => vite.ssrLoadModule(path);
const { techniques } = await load('/src/content/catalog.ts');
const { adviceFor, rankTechniques } = await load('/src/chooser/rank.ts');
const { askNext, refineQuestions } = await load('/src/chooser/next-question.ts');
const { withAnswer } = await load('/src/chooser/answers.ts');
const { QUESTIONS } = await load('/src/chooser/questions.ts');
await vite.close();

// Every path through the chooser as the app runs it: question steps until an answer says something,
// then the result with each refining question it offers, each answered with every option or Skip.
// For each path: questions before the first suggestion, and in all if every refining question is answered.
// At each point we also check the progress line's "up to N more" against the questions that followed.
const paths = [];
const states = [];
let progressOverruns = 0;
(function walk(answers, asked, beforeSuggestion) {
  states.push(answers);
  const next = askNext(techniques, answers);
  // The bound the result's progress line shows: every question not yet answered.
  const upTo = next?.refines ? QUESTIONS.length - Object.keys(answers).length : Infinity;
  if (!next) {
    paths.push({ asked, beforeSuggestion: beforeSuggestion ?? asked });
    return 0;
  }
  const suggestedAt = beforeSuggestion ?? (next.refines ? asked : undefined);
  let most = 0;
  for (const option of next.question.options)
    most = Math.max(
      most,
      1 + walk(withAnswer(answers, next.question.id, option.id), asked + 1, suggestedAt),
    );
  if (most > upTo) progressOverruns += 1;
  return most;
})({}, 0, undefined);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const round = (n, digits = 4) => Number(n.toFixed(digits));

function time(fn) {
  // Warm up, so the figures are for the code as it runs in a page that has used it once.
  for (let i = 0; i < 200; i++) fn(states[i % states.length]);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const answers = states[(i * 7919) % states.length];
    const start = performance.now();
    fn(answers);
    samples.push(performance.now() - start);
  }
  return {
    medianMs: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
    runs: RUNS,
  };
}

const rescore = time((answers) => adviceFor(rankTechniques(techniques, answers), answers));
const next = time((answers) => askNext(techniques, answers));
const progress = time((answers) => refineQuestions(techniques, answers).length);

function stats(values) {
  const histogram = {};
  for (const c of values) histogram[c] = (histogram[c] ?? 0) + 1;
  return {
    median: percentile(values, 50),
    p95: percentile(values, 95),
    max: Math.max(...values),
    histogram,
  };
}
const before = stats(paths.map((p) => p.beforeSuggestion));
const inAll = stats(paths.map((p) => p.asked));

const report = {
  date: new Date().toISOString(),
  node: process.version,
  techniques: techniques.length,
  targets: {
    rescoreMs: `≤ ${TARGET.rescoreMs}`,
    medianQuestionsBeforeSuggestion: `≤ ${TARGET.medianQuestionsBeforeSuggestion}`,
  },
  rescoreWithAdvice: rescore,
  pickNextQuestion: next,
  progressUpTo: progress,
  questions: {
    paths: paths.length,
    statesVisited: states.length,
    beforeFirstSuggestion: before,
    inAllIfEveryRefiningQuestionIsAnswered: inAll,
    progressLineOverruns: progressOverruns,
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/chooser.json', `${JSON.stringify(report, null, 2)}\n`);

console.table({
  'rescore all techniques with advice': {
    median: `${rescore.medianMs} ms`,
    p95: `${rescore.p95Ms} ms`,
    target: `≤ ${TARGET.rescoreMs} ms`,
  },
  'pick the next question': { median: `${next.medianMs} ms`, p95: `${next.p95Ms} ms`, target: '' },
  'progress "up to N more"': {
    median: `${progress.medianMs} ms`,
    p95: `${progress.p95Ms} ms`,
    target: '',
  },
});
console.log(
  `questions over all ${paths.length} answer paths: before the first suggestion median ${before.median}, p95 ${before.p95}, max ${before.max}; ` +
    `in all if every refining question is answered median ${inAll.median}, p95 ${inAll.p95}, max ${inAll.max}; ` +
    `progress line exceeded at ${progressOverruns} points`,
);
console.log(
  `chooser: ${rescore.p95Ms <= TARGET.rescoreMs && before.median <= TARGET.medianQuestionsBeforeSuggestion ? 'within target' : 'OVER TARGET'}`,
);
console.log('Written to bench/chooser.json');
