/// <reference types="vitest/config" />
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { checkCatalogue, parseTechnique, type Technique } from './src/content/schema.ts';
import { manifest } from './src/sw/manifest.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Turns techniques/*.md into typed data: `?card` gives the fields lists and the chooser need; plain gives all. */
function techniques(): Plugin {
  let building = false;
  return {
    name: 'mobilise-techniques',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return; // under vitest, tests/techniques.test.ts reports these problems instead
      const files = readdirSync(`${root}techniques`).filter(
        (f) => f.endsWith('.md') && f !== 'README.md',
      );
      const all = files.map((f) =>
        parseTechnique(readFileSync(`${root}techniques/${f}`, 'utf8'), f),
      );
      const problems = checkCatalogue(all);
      if (problems.length) this.error(problems.join('\n'));
    },
    transform(code, id) {
      const [path, query] = id.split('?');
      if (!/[\\/]techniques[\\/][^\\/]+\.md$/.test(path)) return;
      const technique: Technique = parseTechnique(code, path);
      return {
        code: `export default ${JSON.stringify(query === 'card' ? toCard(technique) : technique)}`,
        map: null,
      };
    },
  };
}

function toCard({
  id,
  title,
  phase,
  summary,
  purposes,
  workStages,
  knowledgeFrom,
  groupSize,
  peopleInAll,
  duration,
  leadTimeDays,
  difficulty,
  settings,
  related,
  variants,
}: Technique) {
  return {
    id,
    title,
    phase,
    summary,
    purposes,
    workStages,
    knowledgeFrom,
    groupSize,
    peopleInAll,
    duration,
    leadTimeDays,
    difficulty,
    settings,
    related,
    variants,
  };
}

/**
 * Loads the app's script only after the prerendered page has painted, so no request competes with the
 * first paint on a slow network. The page reads in full meanwhile; hydration follows a frame later.
 */
function scriptAfterFirstPaint(): Plugin {
  return {
    name: 'mobilise-script-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          // A hidden tab never paints (and pauses requestAnimationFrame), so there it loads at once.
          (_, src) =>
            `<script type="module">const l=()=>import(${JSON.stringify(src)});document.hidden?l():requestAnimationFrame(()=>setTimeout(l))</script>`,
        ),
    },
  };
}

export default defineConfig({
  define: {
    __BUILD_ID__: JSON.stringify(
      process.env.MOBILISE_BUILD_ID ?? new Date().toISOString().slice(0, 16),
    ),
  },
  plugins: [
    techniques(),
    scriptAfterFirstPaint(),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        prerenderScript: `${root}src/prerender.tsx`,
        additionalPrerenderRoutes: [
          '/404',
          '/notes',
          '/notes/edit',
          '/notes/new',
          '/settings',
          '/actions',
          '/lessons',
          '/lessons/asset',
          '/work',
          '/work/view',
        ],
      },
    }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      manifest,
      injectManifest: {
        // The manifest and its icons are added by the plugin itself; listing them here would precache them twice.
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['**/prerender*.js'],
      },
    }),
  ],
  // No modulepreload links: they load at high priority and would delay the first paint of prerendered pages.
  build: { target: 'es2020', modulePreload: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
        },
      },
      {
        // Browser tests against the production build in dist/ (build first: `npm test` does).
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
