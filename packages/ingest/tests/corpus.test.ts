// Scores the extractor on the real seed and dev articles, which live outside the repository
// (shared/eval). Skipped, with a visible warning, when that folder is missing.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../scripts/eval-lib.mjs';
import { extract } from '../src/index.js';

const evalDir = process.env.DOSSIER_SHARED_DIR
  ? resolve(process.env.DOSSIER_SHARED_DIR, 'eval')
  : resolve(import.meta.dirname, '../../../../shared/eval');
const haveEval = existsSync(resolve(evalDir, 'gold/seeds.json'));
if (!haveEval)
  console.warn(`[ingest] corpus tests skipped: no evaluation kit at ${evalDir} (set DOSSIER_SHARED_DIR)`);

describe.skipIf(!haveEval)('seed articles', () => {
  it('finds every required gold record with exact spans (macro-F1 >= 0.95)', () => {
    const r = evaluate(evalDir, resolve(evalDir, 'gold/seeds.json'), () => ({}), extract);
    for (const k of Object.values(r.kinds)) expect(k.found).toBe(k.gold);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(r.exactSpans).toBe(r.spans);
  });
});

describe.skipIf(!haveEval)('dev articles', () => {
  // Ratchet floors: what main measures on the 40 dev articles. Raise them with every gain;
  // never lower them. `topics` is meeting.topics accuracy judged as score.mjs judges it, over
  // the gold meetings this per-article evaluator matches (one more than the store-backed
  // scorer, whose cross-document person merging loses one meeting).
  const floors = { macro: 0.9741, meetings: 0.9447, statements: 0.9746, topics: 0.7241 };
  it(`scores at least its ratchet floors (macro-F1 ${floors.macro}, meetings ${floors.meetings}, statements ${floors.statements}, topics ${floors.topics})`, () => {
    const manifest = JSON.parse(
      readFileSync(resolve(evalDir, 'dev/articles/manifest.json'), 'utf8'),
    ) as Array<{
      file: string;
      title: string | null;
      url: string;
      publisher: string;
      published: string | null;
    }>;
    const r = evaluate(
      evalDir,
      resolve(evalDir, 'gold/dev.json'),
      (d) => {
        const m = manifest.find((x) => d.file.endsWith(x.file));
        return {
          title: m?.title ?? null,
          url: m?.url ?? null,
          publisher: m?.publisher ?? null,
          publishedAt: m?.published ?? null,
        };
      },
      extract,
    );
    expect(r.macroF1).toBeGreaterThanOrEqual(floors.macro);
    expect(r.kinds.meetings.f1).toBeGreaterThanOrEqual(floors.meetings);
    expect(r.kinds.statements.f1).toBeGreaterThanOrEqual(floors.statements);
    expect(r.attributes.topics?.accuracy ?? 0).toBeGreaterThanOrEqual(floors.topics);
    expect(r.exactSpans).toBe(r.spans);
  });
});
