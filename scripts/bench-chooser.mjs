#!/usr/bin/env node
/**
 * `node scripts/bench-chooser.mjs`: measures the chooser on the real technique data.
 * - Time to rescore all techniques after one answer (rankTechniques: scores, reasons and why-nots),
 *   and to pick the next question, as median and 95th percentile over many runs.
 * - Questions asked over every path through the adaptive chooser: median, maximum and spread.
 * The modules are TypeScript and the technique data comes through the Vite plugin, so they are loaded
 * with Vite's own SSR loader and the project's config (no build, nothing written but bench/chooser.json).
 * Measures; does not pass or fail (targets are shown beside).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const RUNS = 5000;
const TARGET = { rescoreMs: 1, medianQuestions: 4 };

const vite = await createServer({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const load = (path) => vite.ssrLoadModule(path);
const { techniques } = await load('/src/content/catalog.ts');
const { rankTechniques } = await load('/src/chooser/rank.ts');
const { estimateTotal, nextQuestion } = await load('/src/chooser/next-question.ts');
const { withAnswer } = await load('/src/chooser/answers.ts');
await vite.close();

// Every path through the chooser: each question it asks, with each of its options (and "Not sure").
const paths = [];
const states = [];
(function walk(answers, asked) {
  states.push(answers);
  const question = nextQuestion(techniques, answers);
  if (!question) return void paths.push({ asked, answers });
  for (const option of question.options)
    walk(withAnswer(answers, question.id, option.id), asked + 1);
})({}, 0);

// Each answer equally likely at each step: how many questions a typical person is asked.
function expected(answers) {
  const question = nextQuestion(techniques, answers);
  if (!question) return 0;
  return (
    1 +
    question.options.reduce((sum, o) => sum + expected(withAnswer(answers, question.id, o.id)), 0) /
      question.options.length
  );
}

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
    const answers = states[i % states.length];
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

const rescore = time((answers) => rankTechniques(techniques, answers));
const next = time((answers) => nextQuestion(techniques, answers));
const progress = time((answers) => estimateTotal(techniques, answers));

const counts = paths.map((p) => p.asked);
const histogram = {};
for (const c of counts) histogram[c] = (histogram[c] ?? 0) + 1;
const sorted = [...counts].sort((a, b) => a - b);
const median =
  sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;

const report = {
  date: new Date().toISOString(),
  node: process.version,
  techniques: techniques.length,
  targets: { rescoreMs: `≤ ${TARGET.rescoreMs}`, medianQuestions: `≤ ${TARGET.medianQuestions}` },
  rescoreAllTechniques: rescore,
  pickNextQuestion: next,
  progressEstimate: progress,
  questions: {
    paths: paths.length,
    median,
    max: Math.max(...counts),
    histogram,
    expectedWithEachAnswerEquallyLikely: round(expected({}), 2),
  },
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/chooser.json', `${JSON.stringify(report, null, 2)}\n`);

console.table({
  'rescore all techniques (rankTechniques)': {
    median: `${rescore.medianMs} ms`,
    p95: `${rescore.p95Ms} ms`,
    target: `≤ ${TARGET.rescoreMs} ms`,
  },
  'pick the next question': { median: `${next.medianMs} ms`, p95: `${next.p95Ms} ms`, target: '' },
  'progress estimate': {
    median: `${progress.medianMs} ms`,
    p95: `${progress.p95Ms} ms`,
    target: '',
  },
});
console.log(
  `questions over all ${paths.length} answer paths: median ${median}, max ${report.questions.max} (target median ≤ ${TARGET.medianQuestions}); ` +
    `${report.questions.expectedWithEachAnswerEquallyLikely} on average with each answer equally likely`,
);
console.log(
  `chooser: ${rescore.p95Ms <= TARGET.rescoreMs && median <= TARGET.medianQuestions ? 'within target' : 'OVER TARGET'}`,
);
console.log('Written to bench/chooser.json');
