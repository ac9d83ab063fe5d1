// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, parseTechnique } from '../../src/content/schema';
import { techniqueFiles } from '../../scripts/technique-files.mjs';

const files = techniqueFiles();
const parseFile = (f: string) =>
  parseTechnique(readFileSync(`techniques/${f}`, 'utf8'), `techniques/${f}`);

describe('the real techniques', () => {
  it.each(files)('%s passes the schema', (file) => {
    expect(() => parseFile(file)).not.toThrow();
  });

  it('link only to techniques that exist, with unique titles and summaries', () => {
    expect(checkCatalogue(files.map(parseFile))).toEqual([]);
  });
});
