import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// datelineCity (src/events/meetings/when-where.ts) and datelineCityOfLead (build.ts): the city
// that opens the story is where the meeting its lead tells took place, when the text names none.

describe('the city of the dateline', () => {
  it('places the lead meeting in the dateline city when its sentence names no place', () => {
    const x = run(
      'TALLINN, May 3 (Agency) -- Estonian Foreign Minister Mart Kask and Latvian Foreign Minister Ilze Ozola held talks on Tuesday on energy links.',
      { publishedAt: '2025-05-03' },
    );
    expect(x.meetings.map((m) => x.nameOf(m.place))).toEqual(['Tallinn']);
  });
  it('reads a mixed-case dateline with a colon ("New Delhi: ...")', () => {
    const x = run(
      'New Delhi: Estonian Foreign Minister Mart Kask met Indian External Affairs Minister Ravi Menon for talks on Friday.',
      { publishedAt: '2025-05-03' },
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('New Delhi');
  });
  it('reads the dateline below a headline that opens with a name ("Estonian, Latvian ministers ...")', () => {
    const x = run(
      'Estonian, Latvian ministers eye grid links\n\nTallinn: Estonian Foreign Minister Mart Kask and visiting Latvian Foreign Minister Ilze Ozola agreed on closer ties.\n\nKask held talks with Ozola on Tuesday on energy links.',
    );
    expect(x.meetings.map((m) => x.nameOf(m.place))).toEqual(['Tallinn']);
  });
  it('near-miss: a headline that opens with a city and no dateline below it places nothing', () => {
    const x = run(
      'Riga hopes for grid links\n\nEstonian Foreign Minister Mart Kask held talks with Latvian Foreign Minister Ilze Ozola on Tuesday on energy links.',
    );
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('does not place a phone call in the dateline city', () => {
    const x = run(
      'TALLINN, May 3 (Agency) -- Estonian Foreign Minister Mart Kask spoke by phone with Latvian Foreign Minister Ilze Ozola on Tuesday.',
      { publishedAt: '2025-05-03' },
    );
    expect(x.meetings[0]?.meetingKind).toBe('call');
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('does not place a meeting told after the lead', () => {
    const x = run(
      'TALLINN, May 3 (Agency) -- Estonia wants more grid links. Its parliament debated the plan on Monday. The cable is costly. Estonian Foreign Minister Mart Kask and Latvian Foreign Minister Ilze Ozola held talks on Tuesday.',
      { publishedAt: '2025-05-03' },
    );
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('keeps the place the sentence names over the city the story was filed from', () => {
    const x = run(
      'ISTANBUL (Agency) - Estonian Foreign Minister Mart Kask and Latvian Foreign Minister Ilze Ozola held talks in Riga on Tuesday.',
      { publishedAt: '2025-05-03' },
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Riga');
  });
});

describe('the city of the dateline: more wire shapes', () => {
  const lead =
    'Estonian Foreign Minister Mart Kask and Latvian Foreign Minister Ilze Ozola held talks on energy links.';
  it('reads "CITY - " (a spaced dash)', () => {
    const x = run(`TALLINN - ${lead}`);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Tallinn');
  });
  it('reads "CITY. AGENCY - " (the agency after a full stop)', () => {
    const x = run(`TALLINN. BALTICWIRE - ${lead}`);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Tallinn');
  });
  it('reads "CITY, Country, Month day (Agency):"', () => {
    const x = run(`TALLINN, Estonia, May 3 (BNS): ${lead}`);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Tallinn');
  });
  it('reads a city alone on the first line', () => {
    const x = run(`TALLINN\n${lead}`);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Tallinn');
  });
  it('takes no uppercase headline line for a city', () => {
    const x = run(`ENERGY TALKS\n${lead}`);
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
});
