import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The architecture of src/: data flows text → entities → events → extract, and no module imports
 * one of a later stage (which is what makes a cycle possible). Imports are read with the
 * TypeScript compiler's own pre-processor, type-only imports included: a type that runs back up
 * couples the stages as much as a value does.
 */
const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** The stages, in data-flow order; a module may import its own stage or an earlier one. */
const LAYERS = ['base', 'text', 'entities', 'events', 'extract'] as const;
type Layer = (typeof LAYERS)[number];

/** The stage of a module, by its path under src/ ('text/fold.ts', 'events/meetings/x.ts'). */
function layerOf(path: string): Layer {
  const top = path.split('/')[0] ?? path;
  if (top === 'types.ts') return 'base';
  if (top === 'text' || top === 'gazetteer') return 'text';
  // the document, its dates and the HTML reader only read text
  if (['doc.ts', 'dates.ts', 'html.ts', 'html-depth.ts'].includes(top)) return 'text';
  if (top === 'entities') return 'entities';
  if (top === 'events') return 'events';
  return 'extract';
}

/**
 * Upward imports that exist today in modules owned by other work, each `from -> to`.
 * TODO(issue 10): remove each entry when its module is restructured.
 */
const KNOWN_UPWARD: readonly string[] = [];

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module under `root` with the modules under `root` it imports (relative specifiers only). */
function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(root)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => relative(root, resolve(dirname(file), name.replace(/\.js$/, '.ts'))));
    graph.set(relative(root, file), [...new Set(targets)].sort());
  }
  return graph;
}

/** Imports that run from a stage to a later one, as `from -> to`. */
function upwardImports(graph: Graph): string[] {
  const rank = (path: string): number => LAYERS.indexOf(layerOf(path));
  const found: string[] = [];
  for (const [from, targets] of graph)
    for (const to of targets) if (rank(to) > rank(from)) found.push(`${from} -> ${to}`);
  return found.sort();
}

/** Every import cycle, each as the path of modules that closes it (depth-first search). */
function importCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('the import graph of src/', () => {
  const graph = importGraph(SRC);

  it('is read: the extractor imports every stage', () => {
    expect(graph.get('extract.ts')).toEqual(
      expect.arrayContaining(['entities/registry.ts', 'events/statements.ts', 'text/offsets.ts']),
    );
  });

  it('has no cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('has no import from a stage to a later one (text, gazetteer → entities → events → extract)', () => {
    expect(upwardImports(graph).filter((i) => !KNOWN_UPWARD.includes(i))).toEqual([]);
  });

  it('leaves the registry to the entity stage: events write it only through entities/services.ts', () => {
    expect(registryWrites(sourceFiles(join(SRC, 'events')))).toEqual([]);
  });

  it('lists no known exception that is gone', () => {
    const upward = upwardImports(graph);
    expect(KNOWN_UPWARD.filter((i) => !upward.includes(i))).toEqual([]);
  });
});

/** The calls in `files` that add a record or a mention to the registry (`reg.person(...)` and the like). */
function registryWrites(files: readonly string[]): string[] {
  const write = /\breg\.(?:person|organization|place|mention)\(/;
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (write.test(line) ? [`${relative(SRC, file)}:${i + 1}`] : [])),
  );
}

describe('the layer checks', () => {
  it('find a cycle and name its modules', () => {
    const graph: Graph = new Map([
      ['text/a.ts', ['text/b.ts']],
      ['text/b.ts', ['text/c.ts']],
      ['text/c.ts', ['text/a.ts']],
      ['text/d.ts', ['text/a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['text/a.ts', 'text/b.ts', 'text/c.ts', 'text/a.ts']]);
  });

  it('find a registry write in a stage file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'layers-'));
    writeFileSync(join(dir, 'rule.ts'), 'export const f = (reg) => {\n  reg.mention(r, 0, 1, "name");\n};\n');
    try {
      expect(registryWrites([join(dir, 'rule.ts')])).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('find no cycle in a diamond', () => {
    const graph: Graph = new Map([
      ['extract.ts', ['entities/a.ts', 'events/b.ts']],
      ['entities/a.ts', ['text/c.ts']],
      ['events/b.ts', ['entities/a.ts', 'text/c.ts']],
      ['text/c.ts', []],
    ]);
    expect(importCycles(graph)).toEqual([]);
    expect(upwardImports(graph)).toEqual([]);
  });

  it('find an import from a word list back up to the entities', () => {
    const graph: Graph = new Map([
      ['dates.ts', ['entities/titles.ts']],
      ['entities/titles.ts', []],
      ['events/meetings.ts', ['entities/titles.ts', 'dates.ts']],
    ]);
    expect(upwardImports(graph)).toEqual(['dates.ts -> entities/titles.ts']);
  });

  it('place each folder in its stage', () => {
    expect(
      [
        'types.ts',
        'gazetteer/cities.ts',
        'doc.ts',
        'entities/roles.ts',
        'events/topics/x.ts',
        'index.ts',
      ].map(layerOf),
    ).toEqual(['base', 'text', 'text', 'entities', 'events', 'extract']);
  });
});
