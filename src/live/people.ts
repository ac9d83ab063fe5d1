/** Names for coffee-trial pairing: reading pasted lists, matching names, and writing pairs out as text. */

export interface Person {
  name: string;
  /** Site, role or team, when given ("Sam Patel, Pharmacy"). */
  group?: string;
}

/** The same person whatever the spacing or capitals ("sam  patel" is "Sam Patel"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

export function pairKey(a: string, b: string): string {
  const [x, y] = [nameKey(a), nameKey(b)].sort();
  return `${x}\n${y}`;
}

/** A tab (pasted from a spreadsheet) or a comma separates the parts of a line. */
function splitLine(line: string): string[] {
  return line
    .split(line.includes('\t') ? '\t' : ',')
    .map((part) => part.trim().replace(/\s+/g, ' '));
}

function lines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '');
}

/** One person a line: "name" or "name, group". Problems are plain sentences; nothing typed is dropped silently. */
export function parsePeople(text: string): { people: Person[]; problems: string[] } {
  const people: Person[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { line, number } of lines(text)) {
    const [name, ...rest] = splitLine(line);
    const group = rest.join(', ').trim();
    if (!name) {
      problems.push(`Line ${number} has no name before the comma.`);
      continue;
    }
    if (seen.has(nameKey(name))) {
      problems.push(
        `“${name}” is on the list more than once, so only the first is used. Add something to tell two people apart.`,
      );
      continue;
    }
    seen.add(nameKey(name));
    people.push(group ? { name, group } : { name });
  }
  return { people, problems };
}

/**
 * "Don't pair" rules: two or more names a line, separated by commas; nobody on one line is paired with
 * anybody else on it. Names not on the main list are reported, since they are probably mistyped.
 */
export function parseDontPair(
  text: string,
  people: readonly Person[],
): { pairs: [string, string][]; problems: string[] } {
  const known = new Set(people.map((p) => nameKey(p.name)));
  const pairs: [string, string][] = [];
  const problems: string[] = [];
  for (const { line, number } of lines(text)) {
    const names = splitLine(line).filter(Boolean);
    if (names.length < 2) {
      problems.push(
        `Line ${number} of “Don’t pair” needs two names with a comma between them, like “Alex Jones, Sam Patel”.`,
      );
      continue;
    }
    for (const name of names) {
      if (!known.has(nameKey(name)))
        problems.push(`“${name}” in “Don’t pair” is not on the list of names.`);
    }
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) pairs.push([names[i], names[j]]);
  }
  return { pairs, problems };
}

/** "Alex and Sam", "Alex, Sam and Jo". */
export function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The pairs as plain text to paste into an email or chat. */
export function pairsToText(groups: readonly (readonly string[])[], madeAt: Date): string {
  const date = madeAt.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const list = groups.map((g, i) => `${i + 1}. ${joinNames(g)}`);
  return [`Randomised Coffee Trials: pairs made on ${date}`, '', ...list].join('\n');
}
