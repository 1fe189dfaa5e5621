import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// callToldAsTalks (src/events/meetings/merge.ts): talks of a pair with no place, and a call of the
// same pair, are one call.

describe('talks that were a call', () => {
  it('"X held talks with Y ... X had a call with Y" is one call', () => {
    const x = run(
      'On Monday Foreign Minister Lena Moss held talks with Foreign Minister Aron Velk. "I had a call with Foreign Minister Aron Velk today," Lena Moss wrote.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('talks in a city and a later call of the same pair stay two meetings', () => {
    const x = run(
      'Foreign Minister Lena Moss held talks with Foreign Minister Aron Velk in Lima in May. In June Lena Moss held a call with Aron Velk.',
    );
    expect(x.meetings.map((m) => m.meetingKind).sort()).toEqual(['bilateral', 'call']);
  });
});
