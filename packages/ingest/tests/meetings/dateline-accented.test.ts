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

describe('datelineCityOfVisit (src/events/meetings/build.ts)', () => {
  it('in the story of a visit to the dateline city’s country, meetings with no place are in that city', () => {
    const x = run(
      'ACCRA — President Ana Berg left Accra on Sunday, concluding her state visit to Ghana.\n\nDuring the visit, the Ghanaian foreign minister hosted a dinner.\n\nBerg met with President Kofi Mensah and later held talks with Vice President Ama Owusu.',
    );
    expect(x.meetings.length).toBeGreaterThan(0);
    for (const m of x.meetings) expect(x.nameOf(m.place)).toBe('Accra');
  });
  it('"Việt Nam" is Vietnam', () => {
    const x = run('Premier Li Wei concluded his official visit to Việt Nam on Monday.');
    expect(x.places.map((p) => p.name)).toContain('Vietnam');
  });
  it('near-miss: a dateline with no visit to its country places no later meeting', () => {
    const x = run(
      'ACCRA — Ghana’s cocoa board raised prices on Sunday.\n\nFarmers welcomed the move.\n\nPresident Ana Berg met with President Kofi Mensah in the afternoon to discuss trade.',
    );
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
});
