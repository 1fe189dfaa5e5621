// Shared by the commands: usage errors (exit code 2) and reading article files.
import { readFile } from 'node:fs/promises';

/** The command line was used wrongly: the message says how, and the command exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** The command whose --help to point at. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** Exit codes: 0 done, 1 something failed, 2 wrong usage or configuration. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Whether standard error is a terminal (progress bars draw only there). */
  stderrIsTTY?: boolean;
}

/**
 * Two aligned columns for a help text: names padded to the longest one plus two spaces, so a
 * long name never runs into its meaning.
 */
export function columns(rows: ReadonlyArray<readonly [string, string]>, indent = '  '): string {
  const width = Math.max(0, ...rows.map(([name]) => name.length)) + 2;
  return rows.map(([name, meaning]) => `${indent}${name.padEnd(width)}${meaning}`).join('\n');
}

/** Article metadata flags shared by `ingest` and `extract`. */
export const META_OPTIONS = {
  title: { type: 'string' },
  url: { type: 'string' },
  publisher: { type: 'string' },
  'published-at': { type: 'string' },
} as const;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 (a leading byte-order mark is dropped), refusing bytes that are not UTF-8. */
export function decodeArticle(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text`);
  }
}

export async function readArticleFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new Error(describeFsError(error, path));
  }
  return decodeArticle(bytes, path);
}

export async function readStdin(stdin: AsyncIterable<Uint8Array | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return decodeArticle(Buffer.concat(chunks), 'standard input');
}

export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `${path}: no such file or directory`;
  if (code === 'EACCES' || code === 'EPERM') return `${path}: permission denied`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  return `${path}: ${(error as Error | undefined)?.message ?? String(error)}`;
}
