// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The messages ESLint gives for `code` as if it were the file at `path` (the real config applies). */
async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the import boundaries in eslint.config.js', () => {
  it('refuses idb in a UI file, naming the rule and the owner', async () => {
    const messages = await lint(
      'src/ui/notes/Bad.tsx',
      "import { openDB } from 'idb';\nexport const x = openDB;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only src\/storage\/db\.ts imports idb/),
    ]);
  });

  it('allows idb in the storage module that owns it', async () => {
    expect(
      await lint('src/storage/db.ts', "import { openDB } from 'idb';\nexport const x = openDB;\n"),
    ).toEqual([]);
  });

  it('refuses workbox-window outside the service worker bridge', async () => {
    const messages = await lint(
      'src/ui/Bad.tsx',
      "import { Workbox } from 'workbox-window';\nexport const x = Workbox;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only src\/sw\/register\.ts/),
    ]);
  });

  it.each(['zod', 'yaml', 'marked'])(
    'refuses the build-only library %s in browser code',
    async (name) => {
      const messages = await lint(
        'src/ui/Bad.tsx',
        `import * as lib from '${name}';\nexport const x = lib;\n`,
      );
      expect(messages).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*Build-only library/),
      ]);
    },
  );

  it('refuses the UI and Preact in a pure folder', async () => {
    const code =
      "import { h } from 'preact';\nimport { App } from '../ui/App';\nexport const x = [h, App];\n";
    const messages = await lint('src/loop/bad.ts', code);
    expect(messages).toHaveLength(2);
    expect(messages.join('\n')).toMatch(/Pure folders never import Preact/);
    expect(messages.join('\n')).toMatch(/Pure folders never import the UI/);
  });
});
