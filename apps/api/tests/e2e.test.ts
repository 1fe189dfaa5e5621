// End to end: the real server on an empty store, and the evaluation kit's scorer against it,
// over a socket, exactly as a client app would talk to it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, hasShared, type RunningServer, sharedDir, startServer } from './helpers.js';

const run = promisify(execFile);

if (!hasShared) {
  console.warn(
    `\n[dossier e2e] SKIPPED: no evaluation kit at ${sharedDir}/eval/score.mjs. ` +
      'Put the shared directory beside the clone or set DOSSIER_SHARED_DIR.\n',
  );
}

interface ScoreReport {
  checks: Record<string, unknown>;
  kinds: Record<string, { f1: number; missed: unknown[]; spurious: unknown[] }>;
  merges: Record<string, string>;
  provenance: { badSpans: unknown[] };
  contractErrors: unknown[];
  summary: { macroF1: number; provenanceValid: number; contractErrors: number };
}

interface GoldRecord {
  key?: string;
  docs?: string[];
  optional?: boolean;
}

describe.skipIf(!hasShared)('end to end: dossier serve + the scorer on the seed articles', () => {
  let server: RunningServer | undefined;
  let endpoint: string;
  let report: ScoreReport;
  let work: string;
  const gold = resolve(sharedDir, 'eval/gold/seeds.json');

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    server = await startServer(['--database', 'memory://']);
    endpoint = server.endpoint;
    const out = join(work, 'score.json');
    try {
      const { stdout } = await run(
        process.execPath,
        [resolve(sharedDir, 'eval/score.mjs'), '--endpoint', endpoint, '--gold', gold, '--json', out],
        {
          env: childEnv(),
          timeout: 240_000,
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      // The scorer's own summary, so that every test run shows the seed figures.
      console.log(`[dossier e2e] scorer on the seeds:\n${stdout.trim().split('\n').slice(-8).join('\n')}`);
    } catch (error) {
      throw new Error(
        `the scorer failed: ${(error as Error).message}\nserver log:\n${server.log().slice(-4000)}`,
      );
    }
    report = JSON.parse(readFileSync(out, 'utf8')) as ScoreReport;
  }, 300_000);

  afterAll(async () => {
    // Graceful shutdown: the store is closed and the process exits 0.
    if (server) expect(await server.stop()).toBe(0);
    if (work) rmSync(work, { recursive: true, force: true });
  }, 30_000);

  it('sends every contract operation without an error, and stores texts exactly', () => {
    expect(report.contractErrors).toEqual([]);
    expect(report.summary.contractErrors).toBe(0);
    expect(report.checks).toMatchObject({
      documentsTextExact: '2/2',
      reingestIdempotent: true,
      ingestCreated: '2/2',
    });
  });

  it('gives evidence spans that are exact slices of their documents', () => {
    expect(report.provenance.badSpans).toEqual([]);
    expect(report.summary.provenanceValid).toBe(1);
  });

  it('reaches macro-F1 0.9 on the seeds', () => {
    const perKind = Object.fromEntries(
      Object.entries(report.kinds).map(([kind, k]) => [
        kind,
        { f1: k.f1, missed: k.missed, spurious: k.spurious },
      ]),
    );
    expect(report.summary.macroF1, JSON.stringify(perKind, null, 1)).toBeGreaterThanOrEqual(0.9);
  });

  it('merges every meeting and statement the gold tells in both articles (M1 and S1 among them)', () => {
    const seeds = JSON.parse(readFileSync(gold, 'utf8')) as Record<string, GoldRecord[]>;
    for (const kind of ['meetings', 'statements'] as const) {
      const crossDocument = seeds[kind]!.filter((g) => !g.optional && (g.docs?.length ?? 0) > 1);
      expect(crossDocument.length, `${kind} told by several seed articles`).toBeGreaterThan(0);
      expect(report.merges[kind], `${kind} merged across documents`).toBe(
        `${crossDocument.length}/${crossDocument.length}`,
      );
    }
  });
});
