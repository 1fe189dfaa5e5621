import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// datelineCities (src/entities/places.ts): an uppercase dateline in any script's capitals

describe('accented uppercase datelines', () => {
  it('"BOGOTÁ, May 3 (Reuters) -", "HÀ NỘI —": the dateline city is where the meeting was', () => {
    for (const [text, city] of [
      ['BOGOTÁ, May 3 (Reuters) - President Ana Berg met President Olof Sand on Monday.', 'Bogotá'],
      ['HÀ NỘI — Prime Minister Ana Berg met President Olof Sand on Monday.', 'Hanoi'],
    ] as const) {
      const x = run(text);
      expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe(city);
    }
  });
  it('near-miss: an uppercase headline word that is no city makes no place', () => {
    const x = run('ÚLTIMA HORA — President Ana Berg met President Olof Sand on Monday.');
    expect(x.places).toEqual([]);
  });
});
