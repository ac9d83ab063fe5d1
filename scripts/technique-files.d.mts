/** File names (such as `fishbowl.md`) of the technique files in `dir`, sorted. */
export function techniqueFiles(dir?: string): string[];
