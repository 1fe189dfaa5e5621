import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// transcriptParticipants (src/events/meetings/build.ts): a press-conference transcript seats its speaker and the officials named.

describe('press-conference transcripts', () => {
  it('the speaker and the officials named with titles sat in the meetings the transcript follows', () => {
    const text =
      'Press conference\n\nby NATO Secretary General Anna Berg following the meetings of NATO Defence Ministers in Brussels\n\n(As delivered)\n\nGood afternoon. I was glad to welcome the new Defence Secretary Tom Hale to NATO for the first time. We also discussed the situation in the region, together with Minister Olek Stan. We cannot allow President Ivan Orlov to win this war or any other war.';
    const x = run(text);
    const m = x.meetings[0];
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual([
      'Anna Berg',
      'NATO',
      'Olek Stan',
      'Tom Hale',
    ]);
    expect(
      x.statements.every((s) => x.nameOf(s.speaker) === 'Anna Berg' && s.channel === 'press_conference'),
    ).toBe(true);
  });
});
