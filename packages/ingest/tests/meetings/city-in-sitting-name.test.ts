import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// cityNamesTheSitting (src/events/meetings/when-where.ts) and a city before "Summit" kept as a
// place (isCityMention, src/entities/places.ts).

const sittings = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, x.nameOf(m.place)]);
};

describe('"the G20 Hangzhou Summit": a sitting named after its city sits there', () => {
  it('places the summit in the city of its name, capitalised or not', () => {
    expect(sittings('China will host a successful G20 Hangzhou Summit next month, officials said.')).toEqual([
      ['summit', 'Hangzhou'],
    ]);
    expect(sittings('The NATO Vilnius summit will focus on air defence, officials said on Monday.')).toEqual([
      ['summit', 'Vilnius'],
    ]);
  });
  it('near-miss: "the Vienna and Saint Petersburg summits" (two sittings) takes no city from the name', () => {
    const found = sittings('The minister recalled the Vienna and Saint Petersburg summits on the conflict.');
    expect(found.map((m) => m[1])).not.toContain('Saint Petersburg');
  });
});
