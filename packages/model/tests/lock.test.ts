import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';

describe('an embedded store directory', () => {
  it('belongs to one opener at a time, and is free again once closed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
    try {
      const first = await openStore(dir);
      await expect(openStore(dir)).rejects.toMatchObject({
        code: 'STORE_UNAVAILABLE',
        message: expect.stringMatching(/in use/),
      });
      await first.close();
      const again = await openStore(dir);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}.lock`, { recursive: true, force: true });
    }
  }, 60_000);
});
