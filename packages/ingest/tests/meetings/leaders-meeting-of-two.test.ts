import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe("summitOfTwo (src/events/meetings/kind.ts): two countries' leaders' meeting", () => {
  it('"the Peru-Chile Annual Leaders\' Meeting" is bilateral, one meeting with the leaders\' talks', () => {
    const x = run(
      "President Ana Soto of Peru met President Luis Vera of Chile in Lima on Monday. Both leaders welcomed progress on trade during the Peru-Chile Annual Leaders' Meeting on Monday.",
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
  it('near-miss: a summit of a body and a country stays a summit', () => {
    const x = run('Leaders opened the EU-China summit in Brussels on Monday, officials said.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
});
