import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the reporter of a meeting, named with an appositive', () => {
  it('is no participant', () => {
    const x = run(
      'Foreign Minister Ola Berg met Foreign Minister Nils Ek in Oslo, Anna Lund, head of the ministry press office, said on Monday.',
    );
    expect(x.meetings[0]?.meetingKind).toBe('bilateral');
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Nils Ek', 'Ola Berg']);
  });
  it('still counts a person with an appositive who does not report', () => {
    const x = run(
      'Foreign Minister Ola Berg met Foreign Minister Nils Ek and Anna Lund, head of the ministry press office, in Oslo on Monday.',
    );
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r)).sort()).toEqual([
      'Anna Lund',
      'Nils Ek',
      'Ola Berg',
    ]);
  });
});
