import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"he" after a sentence reported by someone', () => {
  it('resolves to the reporter, not the first name of the reported clause', () => {
    const x = run(
      'Ivan Orlov met Petr Sokol in Riga, Anna Berg, head of the press office, said on Monday.\n\n"The talks were useful for both sides," she wrote on her blog.',
    );
    const s = x.statements.find((r) => r.quote?.includes('useful'));
    expect(x.nameOf(s?.speaker ?? null)).toBe('Anna Berg');
  });
  it('keeps the first name when nobody reports the sentence', () => {
    const x = run(
      'Ivan Orlov met Petr Sokol in Riga on Monday.\n\n"The talks were useful for both sides," he said.',
    );
    const s = x.statements.find((r) => r.quote?.includes('useful'));
    expect(x.nameOf(s?.speaker ?? null)).toBe('Ivan Orlov');
  });
});
