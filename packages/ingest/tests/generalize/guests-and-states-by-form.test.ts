import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const meetingsOf = (x: ReturnType<typeof run>): string[] =>
  x.meetings.map((m) => `${m.meetingKind} ${m.status}: ${m.participants.map((p) => x.nameOf(p)).join(', ')}`);
const speakersOf = (x: ReturnType<typeof run>): Array<string | null> =>
  x.statements.map((s) => x.nameOf(s.speaker));

describe('joinsToldSitting: guests who attended a group’s meeting are at it', () => {
  it('"A and B attended the summit as guests" after three leaders met joins them to that meeting', () => {
    const x = run(
      'The leaders of Peru, Chile and Bolivia met in Lima on Monday. Ecuador’s President Eva Lind and Tom Berg, head of the UN office, attended the summit as guests.',
    );
    expect(meetingsOf(x)).toEqual(['multilateral held: Peru, Chile, Bolivia, Eva Lind, Tom Berg']);
  });

  it('near-miss: with no meeting told before, two people attending "the summit" are not joined to anything', () => {
    const x = run('Eva Lind and Tom Berg attended the summit as guests.');
    expect(x.meetings.every((m) => m.participants.length <= 2)).toBe(true);
  });
});

describe('tripCarriedOut: a gathering told in the past carried out what it convened for', () => {
  it('"convened in Astana to hold the sixth consultative meeting" is held', () => {
    const x = run(
      'The presidents of Kazakhstan, Kyrgyzstan and Tajikistan convened in Astana on August 9 to hold their sixth consultative meeting.',
    );
    expect(x.meetings.map((m) => m.status)).not.toContain('planned');
  });

  it('near-miss: "will convene in Astana to hold" is no meeting held', () => {
    const x = run(
      'The presidents of Kazakhstan, Kyrgyzstan and Tajikistan will convene in Astana on August 9 to hold their sixth consultative meeting.',
    );
    expect(x.meetings.map((m) => m.status)).not.toContain('held');
  });
});

describe('statesToldByTheirForm: "the kingdom", "the emirate" that speak are their governments', () => {
  const story =
    'Jordan’s King received a phone call on Friday from Kuwait’s Emir. The kingdom said the call was warm. The oil-rich emirate denied the reports of a rift and said ties were strong.';

  it('gives "the kingdom" to Jordan and "the emirate" to Kuwait', () => {
    const x = run(story);
    expect(x.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Government of Jordan', 'Government of Kuwait']),
    );
    expect(speakersOf(x)).toContain('Government of Kuwait');
  });

  it('near-miss: a kingdom with no kingdom named before is nobody', () => {
    const x = run('Chile and Peru held talks in Lima. The kingdom of heaven is near, the bishop said.');
    expect(x.organizations.map((o) => o.name).filter((n) => n.startsWith('Government'))).toEqual([]);
  });
});
