import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// sidelineMeetingReferredTo (src/events/meetings/when-where.ts): "the meeting" after a sideline
// meeting told with its enclosing sitting points back at the sideline meeting.

describe('a back-reference after a sideline meeting', () => {
  it('gives "In the meeting ..." to the sideline meeting, not the sitting named after it', () => {
    const x = run(
      'RIGA, May 3 (Agency) -- Estonian Prime Minister Kaja Tamm held a bilateral meeting with Latvian Prime Minister Ilze Ozola on the sidelines of the Baltic Council Special Session here today.\nIn the meeting, which lasted 30 minutes, the two leaders discussed grid links.',
    );
    const sideline = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const sitting = x.meetings.find((m) => m.meetingKind !== 'bilateral');
    expect(sideline?.evidence.some((e) => e.exact.startsWith('In the meeting'))).toBe(true);
    expect(sitting?.evidence.some((e) => e.exact.startsWith('In the meeting')) ?? false).toBe(false);
    expect(sideline?.topics).toEqual(['grid links']);
  });
  it('still gives "the session" to the sitting', () => {
    const x = run(
      'RIGA, May 3 (Agency) -- Estonian Prime Minister Kaja Tamm held a bilateral meeting with Latvian Prime Minister Ilze Ozola on the sidelines of the Baltic Council Special Session here today.\nThe session, which lasted two hours, adopted a budget.',
    );
    const sideline = x.meetings.find((m) => m.meetingKind === 'bilateral');
    expect(sideline?.evidence.some((e) => e.exact.startsWith('The session')) ?? false).toBe(false);
  });
});
