/** Folding text and names for comparison; shared by search (browser) and the content checks (build). */

/** Folds case and accents so "cafe" finds "Café". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * A name as search compares it: case, accents, hyphens and spacing folded away, so "Post-mortem",
 * "post mortem" and "POST MORTEM" are one name, and "Cafe" is "Café".
 */
export function normaliseName(name: string): string {
  return fold(name)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}
