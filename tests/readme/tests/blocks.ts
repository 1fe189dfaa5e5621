// The fenced examples of the repository's READMEs, read the way a newcomer reads them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The evaluation kit beside the clone (CI), or where DOSSIER_SHARED_DIR says. */
export const sharedDir = resolve(process.env.DOSSIER_SHARED_DIR ?? resolve(repoRoot, '../shared'));
export const hasShared = existsSync(resolve(sharedDir, 'eval/score.mjs'));

export interface Block {
  /** The README's path from the repository root. */
  readme: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's info string: `sh`, `graphql`, `ts`, `js`, or '' for output and diagrams. */
  lang: string;
  code: string;
  /** The block right after this one when only blank lines separate them (a script's output). */
  output?: string;
}

/** Every README.md of the workspace: the root's, each package's and app's, bench's, examples'. */
export function readmePaths(): string[] {
  const inFolders = ['packages', 'apps', 'tests'].flatMap((folder) =>
    readdirSync(resolve(repoRoot, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(folder, entry.name, 'README.md')),
  );
  return ['README.md', ...inFolders, 'bench/README.md', 'examples/README.md'].filter((path) =>
    existsSync(resolve(repoRoot, path)),
  );
}

/** The fenced code blocks of one README, in order. */
export function fencedBlocks(readme: string): Block[] {
  const lines = readFileSync(resolve(repoRoot, readme), 'utf8').split('\n');
  const blocks: Block[] = [];
  let open: { line: number; lang: string; body: string[] } | null = null;
  let lastClosedAt = -2;
  for (const [index, text] of lines.entries()) {
    const fence = /^```(\S*)\s*$/.exec(text);
    if (!fence) {
      open?.body.push(text);
      continue;
    }
    if (open === null) {
      open = { line: index + 1, lang: fence[1] ?? '', body: [] };
      continue;
    }
    const block: Block = { readme, line: open.line, lang: open.lang, code: open.body.join('\n') };
    const previous = blocks.at(-1);
    const onlyBlankBetween = lines.slice(lastClosedAt + 1, open.line - 1).every((l) => l.trim() === '');
    if (previous && block.lang === '' && onlyBlankBetween) previous.output = block.code;
    blocks.push(block);
    lastClosedAt = index;
    open = null;
  }
  return blocks;
}

/** What a test can run: shell, GraphQL and TypeScript/JavaScript (the rest is output or diagrams). */
export function isRunnable(block: Block): boolean {
  return ['sh', 'graphql', 'ts', 'js'].includes(block.lang);
}

export function blockName(block: Block): string {
  return `${block.readme}:${block.line} (${block.lang})`;
}

/** The package folder a README belongs to (its scripts import the package by name from there). */
export function packageDirOf(block: Block): string {
  return resolve(repoRoot, dirname(block.readme));
}

export function fromRoot(path: string): string {
  return relative(repoRoot, path);
}

/**
 * A shell block as commands: `\` continuations joined, comments and blank lines dropped, and
 * `a && b` split into its steps (each step runs only if the one before succeeded).
 */
export function shellCommands(code: string): string[][] {
  const joined = code.replace(/\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .map((line) => stripComment(line).trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+&&\s+/));
}

function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}
