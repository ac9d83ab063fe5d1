// @vitest-environment node
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import of a file (static, dynamic and type-only), resolved to a file under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s*|import\s*\(\s*|import\s+)['"](\.\.?\/[^'"?]+)/g)].map(
    (m) => m[1],
  );
  return specs.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = EXTENSIONS.map((e) => base + e).find(
      (p) => existsSync(p) && p.startsWith(SRC) && /\.tsx?$/.test(p),
    );
    return found ? [found] : [];
  });
}

/** The cycles in a graph, one per strongly connected component of two or more nodes (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    order.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, order.get(next)!));
    }
    if (low.get(node) === order.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return found;
}

const files = sourceFiles(SRC);
const fileGraph = new Map(
  files.map((f) => [relative(SRC, f), new Set(importsOf(f).map((t) => relative(SRC, t)))]),
);
const folderGraph = new Map<string, Set<string>>();
for (const [file, targets] of fileGraph) {
  const from = dirname(file);
  if (!folderGraph.has(from)) folderGraph.set(from, new Set());
  for (const target of targets)
    if (dirname(target) !== from) folderGraph.get(from)!.add(dirname(target));
}

describe('imports under src/', () => {
  it('finds the imports it checks (the scan is not empty)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(fileGraph.get('App.tsx')?.size).toBeGreaterThan(3);
  });

  it('have no cycle between files', () => {
    expect(cycles(fileGraph)).toEqual([]);
  });

  it('have no cycle between folders', () => {
    expect(cycles(folderGraph)).toEqual([]);
  });

  it('would report a cycle if there were one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
