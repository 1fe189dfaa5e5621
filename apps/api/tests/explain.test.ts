// `dossier extract --explain`, run as a user runs it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dossier-explain-'));
  writeFileSync(
    join(work, 'talks.txt'),
    'Foreign Minister Aino Virta met Foreign Minister Mart Kask in Tallinn on Tuesday. The sides discussed energy security.\n',
  );
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('dossier extract --explain', () => {
  it('prints each record with its rules and spans, then the rule counts', async () => {
    const { code, stdout } = await runCli(['extract', join(work, 'talks.txt'), '--explain']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^m1 meeting {2}bilateral, held: Aino Virta, Mart Kask$/m);
    expect(stdout).toMatch(/topic:discussed-object\s+\d+-\d+ {2}"energy security"/);
    expect(stdout).toMatch(/rules fired:\n(?:\s+\d+ {2}\S+\n)+/);
  });
});
