import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"he said" after a sentence that named the speaker', () => {
  it('is the speaker the previous sentence began with, even when a preposition ended the one before', () => {
    const x = run(
      'Russia was represented by Foreign Minister Sergey Lavrov. Lavrov told reporters after the meeting that the drafts were ready. "We have agreed on all the documents for the heads of state," he said.',
    );
    const quoted = x.statements.find((s) => s.quote?.startsWith('We have agreed'));
    expect(x.nameOf(quoted?.speaker ?? null)).toBe('Sergey Lavrov');
  });
  it('is not a person named after "by" in the same sentence', () => {
    const x = run(
      'Foreign Minister Anna Lind spoke first. The session was chaired by Foreign Minister Piotr Nowak. "We agreed on the agenda," she said.',
    );
    const quoted = x.statements.find((s) => s.quote?.startsWith('We agreed'));
    expect(x.nameOf(quoted?.speaker ?? null)).toBe('Anna Lind');
  });
});
