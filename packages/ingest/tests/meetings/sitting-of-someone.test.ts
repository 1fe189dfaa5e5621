import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Both sentences put the trigger over 40 characters in: the rule reads 40 characters before it.
describe('sittingOfSomeone: a sitting with no forum, party or place is kept only near ministers or leaders', () => {
  it('keeps "the foreign ministers held a session on Monday"', () => {
    const x = run('After a long morning in the capital, the foreign ministers held a session on Monday.', {
      publishedAt: '2024-06-05',
    });
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
  it('drops "the visiting guests held a session on Monday"', () => {
    const x = run('After a long morning in the capital, the visiting guests held a session on Monday.', {
      publishedAt: '2024-06-05',
    });
    expect(x.meetings).toEqual([]);
  });
});
