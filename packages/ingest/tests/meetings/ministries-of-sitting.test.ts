import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('ministriesOfSitting: the ministries a sitting is "of" sat in it', () => {
  it('makes the ministry the party of "a joint collegium meeting of the Ministry of Defence of Chile"', () => {
    const x = run('A joint collegium meeting of the Ministry of Defence of Chile was held on Monday.');
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Ministry of Defense of Chile'],
    ]);
  });
  it('does not seat a ministry that only reports the sitting', () => {
    const x = run(
      'Generals attended a joint board meeting in Lima on Monday, the Chilean Defence Ministry said.',
    );
    const parties = x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)));
    expect(parties).not.toContain('Ministry of Defense of Chile');
  });
});
