import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// heldDiscussions (src/events/meetings/triggers.ts), ministersMeetingByName with a lower-case
// "meeting", and talksOn (src/events/topics/rules.ts) not reading "on the sidelines" as a topic.

const meetings = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf).sort(), m.topics]);
};

describe('"X and Y held discussions": discussions held are talks', () => {
  it('is a meeting of the two, with what they discussed', () => {
    expect(
      meetings(
        'Foreign Minister Ana Soto held in-depth discussions on trade with Foreign Minister Luis Vera in Lima.',
      ),
    ).toEqual([['bilateral', ['Ana Soto', 'Luis Vera'], ['trade']]]);
  });
  it('near-miss: discussions that nobody holds name no meeting', () => {
    expect(
      meetings('Discussions on the tariff dispute between Peru and Chile continue, officials in Lima said.'),
    ).toEqual([]);
  });
});

describe('"the Andean Foreign Ministers\' meeting in Cusco": a session named after its ministers', () => {
  it('is a session, and "on the sidelines" is no topic of it', () => {
    const x = run(
      "Peruvian Foreign Minister Ana Soto and Chilean Foreign Minister Luis Vera held talks on the sidelines of the Andean Foreign Ministers' meeting in Cusco on Monday.",
    );
    expect(x.meetings.map((m) => m.meetingKind).sort()).toEqual(['bilateral', 'session']);
    expect(x.meetings.flatMap((m) => m.topics).some((t) => /sidelines/.test(t))).toBe(false);
  });
  it('near-miss: the lower-case "the ministers\' meeting" is left as told', () => {
    const x = run('The ministers’ meeting ended late in Lima on Monday, officials said.');
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('session');
  });
});
