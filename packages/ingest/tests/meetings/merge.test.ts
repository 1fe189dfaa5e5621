import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// mergeRepeats and forumOfGroup (src/events/meetings/build.ts, merge.ts): tellings of one meeting become one record.

describe('meeting references', () => {
  it('one trip to two sittings told in one sentence is one meeting', () => {
    const x = run(
      'Prime Minister Ole Brun travelled to Astana to attend a meeting of the Eurasian Economic Council and an informal meeting of CIS heads.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
  });
});

describe('a sitting told twice, and the summit it prepares', () => {
  const text =
    'The foreign ministers of the Collective Security Treaty Organization met in Minsk on Thursday to prepare the organization’s summit, which will be held in the Belarusian capital on Friday. The session of the CSTO Council of Foreign Ministers was chaired by Belarusian Foreign Minister Pavel Lutsky.';
  it('takes the body the second telling names as the forum, not the alliance', () => {
    const x = run(text, { publishedAt: '2024-07-04' });
    const session = x.meetings.find((m) => m.status === 'held');
    expect(x.nameOf(session?.forum ?? null)).toMatch(/Council of Foreign Ministers/);
    expect(session?.date).toBe('2024-07-04');
  });
});
