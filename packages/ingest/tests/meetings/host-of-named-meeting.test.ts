import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// hostOfNamedMeeting (src/events/meetings/triggers.ts): "hosted ... for a session" is told by the sitting, not "hosted".

describe('a host and a guest come for a sitting', () => {
  const text =
    'Kazakh leader Arman Bekov hosts Kyrgyz President Daniyar Usenov for Eurasian Economic Council meeting\n\nKazakh President Arman Bekov welcomed Kyrgyz President Daniyar Usenov to Almaty on Friday for a session of the Supreme Eurasian Economic Council.';
  it('is one session with both at it, where and when it sat; no separate bilateral', () => {
    const x = run(text, { publishedAt: '2024-12-07' });
    expect(x.meetings).toHaveLength(1);
    const session = x.meetings[0];
    expect(session?.meetingKind).toBe('session');
    expect(session?.participants.map((p) => x.nameOf(p)).sort()).toEqual([
      'Arman Bekov',
      'Daniyar Usenov',
      'Supreme Eurasian Economic Council',
    ]);
    expect(x.nameOf(session?.place ?? null)).toBe('Almaty');
    expect(session?.date).toBe('2024-12-06');
  });
  it('"X hosted Y for talks" without a sitting stays their bilateral', () => {
    const x = run(
      'Kazakh President Arman Bekov hosted Kyrgyz President Daniyar Usenov in Almaty on Friday.',
      {
        publishedAt: '2024-12-07',
      },
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});
