import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// ownBodySitting, tookPartByVideo and conversationsInPhoneStory (src/events/meetings/triggers.ts),
// officeholderSubject (src/events/meetings/kind.ts).

describe('"opened their annual Ministerial Council": members sitting in their own body', () => {
  it('is a dated session in its city', () => {
    const x = run(
      'Foreign ministers of the Nordic Union opened their annual Ministerial Council in Oslo on 4 March 2025.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'session');
    expect(m?.date).toBe('2025-03-04');
    expect(x.nameOf(m?.place ?? null)).toBe('Oslo');
  });
  it('"held their Council seats" is no sitting', () => {
    const x = run('Both countries held their Security Council seats until 2024, officials recalled.');
    expect(x.meetings).toEqual([]);
  });
});

describe('taking part by video link', () => {
  it('"who joined by video link" is no call of its own', () => {
    const x = run(
      'President Aron Velk attended the African Union summit in Addis Ababa on Monday together with Prime Minister Lena Moss, who joined by video link.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
  it('"held a video call with" stays a call', () => {
    const x = run('Prime Minister Lena Moss held a video call with President Aron Velk on Monday.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
});

describe("a readout of the office's own call", () => {
  it('"The Prime Minister spoke to President X" under a "call with" headline is a call with X', () => {
    const x = run(
      'PM call with President Aron Velk\n\nThe Prime Minister spoke to President Aron Velk of Chile this morning.\n\nThey discussed fishing quotas.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf)])).toEqual([
      ['call', ['Aron Velk']],
    ]);
  });
  it('"The Minister spoke to reporters" names no party, and "spoke to" with no call headline is talks', () => {
    expect(run('The Minister spoke to reporters on Monday.').meetings).toEqual([]);
    const x = run('Trade talks\n\nThe Prime Minister spoke to President Aron Velk of Chile this morning.');
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('call');
  });
});
