import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// clauseOfMeetingAhead, laterMeetingAheadOf (src/events/meetings/participants.ts), aheadOfAMeeting
// (status.ts) and lineGoesOn (src/text/sentences.ts): a telling that "comes ahead of meetings
// between A, B and C" tells a later meeting of all three, in hard-wrapped wire copy too.

const summary = (x: ReturnType<typeof run>) =>
  x.meetings.map((m) => [m.meetingKind, m.status, m.participants.map((p) => x.nameOf(p)).join('+')]);

describe('a meeting a telling comes ahead of', () => {
  it('is a planned meeting of all it lists, and the earlier call keeps its own pair', () => {
    const x = run(
      'OSLO (Agency) - Prime Minister Ola Berg held a call with Chinese Premier Wei Tong on Monday.\n' +
        'The hour-long call between the two leaders - called "useful" by aides - comes\n' +
        'ahead of meetings next week between Berg, Danish Prime Minister Lars Holm and Finnish President\n' +
        'Aino Virtanen as the region weighs new tariffs.\n',
    );
    expect(summary(x)).toEqual([
      ['call', 'held', 'Ola Berg+Wei Tong'],
      ['multilateral', 'planned', 'Ola Berg+Lars Holm+Aino Virtanen'],
    ]);
  });
  it('"comes ahead of a meeting between" on one line is still to come', () => {
    const x = run(
      'Prime Minister Ola Berg spoke by phone with Premier Wei Tong on Monday. The call comes ahead of a meeting between Berg, Prime Minister Lars Holm and President Aino Virtanen in Oslo.',
    );
    expect(summary(x)).toEqual([
      ['call', 'held', 'Ola Berg+Wei Tong'],
      ['multilateral', 'planned', 'Ola Berg+Lars Holm+Aino Virtanen'],
    ]);
  });
  it('near miss: a meeting that is only the time of what someone said makes no meeting', () => {
    const x = run('Prime Minister Ola Berg told reporters ahead of the meeting that tariffs would dominate.');
    expect(x.meetings).toEqual([]);
  });
});
