import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"Held alongside the X Meeting, the discussions ...": the meeting told before was held within X', () => {
  it('links the meeting to the enclosing sitting that opens the next sentence', () => {
    const x = run(
      'The 9th Danube–Japan Ministerial Meeting was held in Vienna on Monday. Held alongside the 40th Danube Commission Session, the discussions focused on river transport.',
    );
    const inner = x.meetings.find((m) => m.evidence.some((e) => e.exact.startsWith('The 9th')));
    const outer = x.meetings.find((m) => m.evidence.some((e) => e.exact.startsWith('Held alongside')));
    expect(outer).toBeDefined();
    expect(inner?.within).toBe(outer?.ref);
  });
  it('near-miss: a sitting named after "ahead of" encloses nothing', () => {
    const x = run(
      'The 9th Danube–Japan Ministerial Meeting was held in Vienna on Monday. Ahead of the 40th Danube Commission Session, the discussions focused on river transport.',
    );
    expect(x.meetings.every((m) => m.within === null)).toBe(true);
  });
});

describe('"X co-chaired the meeting with Y": the chairs of the sitting told before', () => {
  it('seats both chairs at the sitting, with no talks of their own', () => {
    const x = run(
      'Trade ministers of the Andean Community met in Lima on Monday for their annual meeting. Peruvian minister Ana Ruiz co-chaired the meeting with Chilean minister Tomas Vidal.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Tomas Vidal']),
    );
  });
  it('near-miss: "X held a meeting with Y" after a sitting is their own meeting', () => {
    const x = run(
      'Trade ministers of the Andean Community met in Lima on Monday for their annual meeting. Peruvian minister Ana Ruiz later held a meeting with Chilean minister Tomas Vidal.',
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('numberedMeeting: a Meeting named with its number in a series is a session', () => {
  it('"The 9th Danube–Japan Ministerial Meeting was held in Vienna" is a session', () => {
    const x = run('The 9th Danube–Japan Ministerial Meeting was held in Vienna on Monday.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
  it('near-miss: "their second meeting" of two named leaders stays their bilateral', () => {
    const x = run(
      'President Ana Ruiz and President Tomas Vidal held their second meeting in Vienna on Monday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});
