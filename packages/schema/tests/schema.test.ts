import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, parse, printSchema, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const sharedDir = process.env.DOSSIER_SHARED_DIR ?? resolve(here, '../../../../shared');
const contractPath = resolve(sharedDir, 'eval/contract.graphql');
const hasContract = existsSync(contractPath);
if (!hasContract) console.warn(`[schema] ${contractPath} not found: the contract test is skipped`);

describe('schema', () => {
  it('matches the committed schema.graphql (run `pnpm print-schema` after an API change)', () => {
    const committed = readFileSync(resolve(here, '../schema.graphql'), 'utf8');
    expect(`${printSchema(lexicographicSortSchema(schema))}\n`).toBe(committed);
  });

  it.skipIf(!hasContract)('validates every operation of the client contract', () => {
    const errors = validate(schema, parse(readFileSync(contractPath, 'utf8')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
