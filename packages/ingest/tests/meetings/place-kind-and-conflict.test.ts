import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// placeNamedByItsKind, cityAfterVenueOrCountry and conflictLocative (src/events/meetings/when-where.ts), and "held talks"
// before a union's sitting (gatheredForSitting, src/events/meetings/keep.ts).

describe('where a meeting is', () => {
  it('"in the Chilean capital Santiago" is the place of the summit', () => {
    const x = run(
      'Leaders of the Organization of American States meeting in the Chilean capital Santiago on Friday called for a ceasefire.',
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Santiago');
  });
  it('"the war in Gaza" is not where the summit is', () => {
    const x = run('An Arab League summit dominated by the war in Gaza opened on Thursday.');
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('"Hà Nội" and "Ha Noi", as Vietnamese outlets write it, are Hanoi', () => {
    for (const city of ['Hà Nội', 'Ha Noi']) {
      const x = run(
        `Foreign Minister Aron Velk held talks with Foreign Minister Lena Moss in ${city} on Monday.`,
      );
      expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Hanoi');
    }
  });
  it('a seat named without a head noun ("at Rashtrapati Bhavan", "at the Casa Rosada") is the place', () => {
    for (const [venue, name] of [
      ['at Rashtrapati Bhavan', 'Rashtrapati Bhavan'],
      ['at the Casa Rosada', 'Casa Rosada'],
      ['at the Great Hall of the People in Beijing', 'Great Hall of the People'],
    ] as const) {
      const x = run(`Prime Minister Aron Velk held talks with President Lena Moss ${venue} on Monday.`);
      expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe(name);
    }
  });
  it('a city in a "since" clause after the meeting is not its place', () => {
    const x = run(
      'It was the first meeting between Velk and Moss since the new government took office in Tromso.',
    );
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('"a ceasefire in Gaza" is not where the talks are', () => {
    const x = run(
      'Prime Minister Aron Velk held talks with President Lena Moss in Oslo. During the talks, the two leaders called for a ceasefire in Gaza.',
    );
    expect(x.meetings.map((m) => x.nameOf(m.place))).toEqual(['Oslo']);
  });
  it('"at State House, Nairobi": the city written after the venue is the place', () => {
    const x = run('President Aron Velk on Monday received President Lena Moss at State House, Nairobi.');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Nairobi');
  });
  it('"in Japan’s Hiroshima": the city written after its country is the place', () => {
    const x = run(
      "Prime Minister Aron Velk held talks with President Lena Moss in Japan's Hiroshima on Sunday.",
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Hiroshima');
  });
  it('a city named after a comma that follows no venue is not the place', () => {
    const x = run('President Aron Velk held talks with President Lena Moss on trade, Nairobi said.');
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('a place told with "in" after talks stays their place', () => {
    const x = run('President Aron Velk held talks with President Lena Moss in Lima on the situation.');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
});

describe('a union’s ministers who held talks', () => {
  it('"EU foreign ministers held talks behind closed doors" is an EU session', () => {
    const x = run('EU foreign ministers held talks behind closed doors.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['session', 'European Union'],
    ]);
  });
  it('talks the ministers only discussed are no sitting', () => {
    const x = run('EU foreign ministers have discussed talks for years.');
    expect(x.meetings).toEqual([]);
  });
});
