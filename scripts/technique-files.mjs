/** The technique content files: every `*.md` in the folder except its README (the authoring guide). */
import { readdirSync } from 'node:fs';

/** File names (such as `fishbowl.md`) of the technique files in `dir`, sorted. */
export function techniqueFiles(dir = 'techniques') {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
}
