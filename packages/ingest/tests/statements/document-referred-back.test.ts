import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('speakers that are not the previous one', () => {
  it('gives "the press service said" to the press service named before', () => {
    const x = run(
      'The talks began, the Kremlin press service said. "Documents will be signed," the press service said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Press service of the Kremlin',
      'Press service of the Kremlin',
    ]);
  });
});

describe('"the report said" with no institution before it', () => {
  it('makes no statement: no one issued the report', () => {
    expect(run('The report said trade had grown.').statements).toEqual([]);
  });
});

describe('"It said" after an institution spoke', () => {
  it('goes on with the institution named in the sentence before', () => {
    const x = run(
      'The Chilean Embassy in Washington said the talks were candid and constructive.\nIt said the talks were on removing obstacles in relations.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Embassy of Chile in the United States',
      'Embassy of Chile in the United States',
    ]);
  });
  it('is no one when no institution spoke before', () => {
    const x = run(
      'Foreign Minister Ivar Lunde met the ambassador on Monday.\nIt said the talks were useful.',
    );
    expect(x.statements).toEqual([]);
  });
});
