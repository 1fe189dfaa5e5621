import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// cityStateNamed (src/events/meetings/when-where.ts): "in Luxembourg", "in Singapore" name the
// city where a meeting is, since the country's capital bears its name.

describe('a meeting in a country named like its capital', () => {
  it('places "Monday’s meeting of EU foreign ministers in Luxembourg" in Luxembourg', () => {
    const x = run('Fisheries dominated Monday’s meeting of European Union Foreign Ministers in Luxembourg.', {
      publishedAt: '2025-10-20',
    });
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Luxembourg');
  });
  it('places talks held in Singapore there', () => {
    const x = run(
      'Estonian Foreign Minister Mart Kask held talks with Latvian Foreign Minister Ilze Ozola in Singapore on Monday.',
      { publishedAt: '2025-10-20' },
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Singapore');
  });
  it('does not take a city-state named as where a crisis is', () => {
    const x = run(
      'Estonian Foreign Minister Mart Kask held talks with Latvian Foreign Minister Ilze Ozola in Oslo on Monday about the banking crisis in Luxembourg.',
      { publishedAt: '2025-10-20' },
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Oslo');
  });
});
