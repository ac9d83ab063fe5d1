/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { runBuildChecks } from './src/content/checks.ts';
import { parseTechnique, type Technique } from './src/content/schema.ts';
import { PRERENDER_PATHS } from './src/routes/table.ts';
import {
  contentSecurityPolicy,
  headersFile,
  inlineCode,
  inlineProblems,
  securityHeaders,
  withCspMeta,
} from './src/security/headers.ts';
import { manifest } from './src/sw/manifest.ts';
import { toCard } from './src/content/types.ts';
import { techniqueFiles } from './scripts/technique-files.mjs';

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
      if (!building) return; // under vitest, tests/content/techniques.test.ts reports these problems instead
      const files = techniqueFiles(`${root}techniques`);
      const all = files.map((f) =>
        parseTechnique(readFileSync(`${root}techniques/${f}`, 'utf8'), f),
      );
      const problems = runBuildChecks(all);
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

/**
 * A strict Content-Security-Policy for every built page (prerendered routes and the 404 alike): the
 * inline loader above and the inlined stylesheet are allowed by their hashes, nothing else inline runs.
 * Each page gets the policy as a meta tag; dist/_headers carries it, with the other security headers,
 * for the server (scripts/serve.mjs reads it; Netlify-style hosts do too). Runs after prerendering.
 */
function securityPolicy(): Plugin {
  const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
  return {
    name: 'mobilise-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const pages = Object.values(bundle).filter(
          (file) => file.type === 'asset' && file.fileName.endsWith('.html'),
        );
        const hashes = { scripts: new Set<string>(), styles: new Set<string>() };
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const html = String(page.source);
          const problems = inlineProblems(html);
          if (problems.length)
            this.error(
              `${page.fileName} has markup the Content-Security-Policy would block:\n${problems.join('\n')}`,
            );
          const { scripts, styles } = inlineCode(html);
          for (const script of scripts) hashes.scripts.add(sha256(script));
          for (const style of styles) hashes.styles.add(sha256(style));
        }
        const inline = { scripts: [...hashes.scripts], styles: [...hashes.styles] };
        const meta = contentSecurityPolicy(inline, 'meta');
        for (const page of pages)
          if (page.type === 'asset') page.source = withCspMeta(String(page.source), meta);
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: headersFile(securityHeaders(inline)),
        });
      },
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
        additionalPrerenderRoutes: PRERENDER_PATHS,
      },
    }),
    securityPolicy(),
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
