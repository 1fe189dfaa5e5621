import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The "leaders" trigger (triggers.ts): a summit named as a leaders' or heads of government meeting.

describe('a summit named as a leaders’ meeting', () => {
  it('"the 30th Pacific Islands Forum Leaders Meeting opened in X" is a summit of the forum', () => {
    const x = run('The 30th Pacific Islands Forum Leaders Meeting opened in Apia on Monday.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['summit', 'Pacific Islands Forum'],
    ]);
  });
  it('leaders meeting (a participle) in lower case is not a summit’s name', () => {
    const x = run('President Aron Velk said leaders meeting privately rarely agree.');
    expect(x.meetings).toEqual([]);
  });
});
