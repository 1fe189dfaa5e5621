// What the explorer's Chromium tests share: the real API (which serves the built explorer) on a
// free port with an in-memory store, Debian's Chromium through playwright-core, and the check
// that an opened record's highlights are exactly the evidence the API returns.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DossierClient, SourceDocument } from '@dossier/client';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const explorerDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(explorerDir, '../..');
const cliPath = resolve(repoRoot, 'apps/api/dist/cli.js');
export const sharedDir = resolve(process.env.DOSSIER_SHARED_DIR ?? resolve(repoRoot, '../shared'));
export const seedsDir = join(sharedDir, 'eval/seeds');
export const artifactsDir = join(explorerDir, 'test-artifacts');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The environment for the server: no developer's token, database or port leaks in. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env))
    if (name === 'DATABASE_URL' || name.startsWith('DOSSIER_')) delete env[name];
  return { ...env, DOSSIER_LOG_LEVEL: 'info', DOSSIER_GRAPHIQL: 'false' };
}

export function startApi(): Promise<{ child: ChildProcess; endpoint: string; log: () => string }> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', '--database', 'memory://'], {
    cwd: repoRoot,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((resolveStart, reject) => {
    // generous: under a full `pnpm test` every package starts its databases at once
    const timer = setTimeout(() => reject(new Error(`API did not start in 120 s:\n${log}`)), 120_000);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      const listening = /listening on (http:\/\/\S+\/graphql)/.exec(log) ?? /"url":"(http:[^"]+)"/.exec(log);
      if (listening) {
        clearTimeout(timer);
        resolveStart({ child, endpoint: listening[1]!, log: () => log });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API exited with ${code} before listening:\n${log}`));
    });
  });
}

export interface ShownSource {
  documentId: string;
  /** Per evidence index, the concatenated text of the highlighted segments that list it. */
  spanTexts: Record<number, string>;
  markCount: number;
}

/** Reads the highlighted spans of every source article shown for the open record. */
export function shownSources(page: Page): Promise<ShownSource[]> {
  return page.$$eval('[data-testid="record"] [data-testid="source"]', (articles) =>
    articles.map((article) => {
      const spanTexts: Record<number, string> = {};
      const marks = [...article.querySelectorAll('mark[data-spans]')];
      for (const mark of marks)
        for (const index of (mark.getAttribute('data-spans') ?? '').split(' ').filter(Boolean))
          spanTexts[Number(index)] = (spanTexts[Number(index)] ?? '') + (mark.textContent ?? '');
      return {
        documentId: article.getAttribute('data-document-id') ?? '',
        spanTexts,
        markCount: marks.length,
      };
    }),
  );
}

/** The open record's highlights must be exactly the API's evidence, document by document. */
export async function expectHighlightsMatchEvidence(page: Page, client: DossierClient, recordId: string) {
  const fromApi = await client.record(recordId);
  expect(fromApi, 'the API knows the record').not.toBeNull();
  const documents: SourceDocument[] = fromApi!.documents;
  // Each evidence span of the API is exact at its offsets…
  for (const document of documents)
    for (const span of document.spans) expect(document.text.slice(span.start, span.end)).toBe(span.exact);
  const shown = await shownSources(page);
  // …and the page shows one article per source document, each with exactly those spans.
  expect(shown.map((source) => source.documentId)).toEqual(documents.map((document) => document.id));
  for (const [i, document] of documents.entries()) {
    const source = shown[i]!;
    expect(source.markCount).toBeGreaterThan(0);
    expect(Object.keys(source.spanTexts).length).toBe(document.spans.length);
    document.spans.forEach((span, index) => {
      expect(source.spanTexts[index]).toBe(span.exact);
    });
  }
  return documents;
}

export const hasChromium = existsSync(CHROMIUM);
