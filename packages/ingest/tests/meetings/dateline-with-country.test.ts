import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// datelineWithCountry (src/dates.ts) and the dateline city with its country (datelineCities,
// src/entities/places.ts): "SUVA, FIJI – MONDAY 12 AUGUST 2024: ...".

const meetings = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, x.nameOf(m.place), m.date]);
};

describe('a dateline naming the country, dashed off its full date', () => {
  it('places and dates the summit it opens, in capitals', () => {
    expect(
      meetings(
        'Leaders open talks\n\nSUVA, FIJI – MONDAY 12 AUGUST 2024: The 53rd Andean Leaders Summit opened today, chaired by President Aron Velk. Leaders discussed trade and climate change.',
      ),
    ).toEqual([['summit', 'Suva', '2024-08-12']]);
  });
  it('reads the same shape in mixed case with a hyphen', () => {
    expect(
      meetings(
        'Leaders open talks\n\nApia, Samoa - Saturday 09 September 2017: The Andean Leaders Summit opened today, chaired by President Aron Velk. Leaders discussed trade and climate change.',
      ),
    ).toEqual([['summit', 'Apia', '2017-09-09']]);
  });
  it('near-miss: a city and a country with no date dates nothing', () => {
    const found = meetings(
      'Leaders open talks\n\nSUVA, FIJI – The Andean Leaders Summit opened on Monday, chaired by President Aron Velk. Leaders discussed trade and climate change.',
    );
    expect(found.map((m) => m[2])).toEqual([null]);
  });
});
