// Lint: typescript-eslint's recommended rules plus the house boundaries (ARCHITECTURE.md, "Who may import whom").
// Prettier owns style, so nothing stylistic is here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BUILD_ONLY = ['zod', 'yaml', 'marked'].map((name) => ({
  name,
  message: `Build-only library: ${name} runs at build time in src/content/schema.ts, never in the browser.`,
}));
const IDB = { name: 'idb', message: 'Only src/storage/db.ts imports idb: go through the storage module.' };
const WORKBOX = {
  name: 'workbox-window',
  message: 'Only src/sw/register.ts imports workbox-window: go through registerServiceWorker().',
};
const UI_PATTERNS = [
  { group: ['**/ui/*', '**/ui/**'], message: 'Pure folders never import the UI.' },
  { group: ['preact', 'preact/*', 'preact-iso'], message: 'Pure folders never import Preact.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'bench/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Browser code: no build-only library, and one owner each for idb and workbox-window.
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [...BUILD_ONLY, IDB, WORKBOX] }] },
  },
  // Pure folders: no UI, no Preact, and the same owners.
  {
    files: ['src/{chooser,content,live,loop,storage,demo,routes,impact,privacy}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [...BUILD_ONLY, IDB, WORKBOX], patterns: UI_PATTERNS }],
    },
  },
  // The owners themselves.
  { files: ['src/storage/db.ts'], rules: { 'no-restricted-imports': ['error', { paths: [...BUILD_ONLY, WORKBOX] }] } },
  { files: ['src/sw/register.ts'], rules: { 'no-restricted-imports': ['error', { paths: [...BUILD_ONLY, IDB] }] } },
  { files: ['src/content/schema.ts'], rules: { 'no-restricted-imports': ['error', { paths: [IDB, WORKBOX] }] } },
);
