import { describe, expect, it } from 'vitest';
import { corroborationLabel } from '../src/format.ts';

describe('corroborationLabel', () => {
  it.each([
    [1, 0, '1 publisher'],
    [3, 0, '3 publishers'],
    [1, 2, '1 publisher + 2 unknown'],
    [0, 2, 'publisher unknown (2 sources)'],
    [0, 1, 'publisher unknown (1 source)'],
  ])('%i known and %i unattributed sources read "%s"', (corroboration, unattributedSources, label) => {
    expect(corroborationLabel({ corroboration, unattributedSources })).toBe(label);
  });
});
