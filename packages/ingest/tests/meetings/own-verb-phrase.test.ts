import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// ownVerbPhrase (src/events/meetings/participants.ts): the coordinated verb phrases of one subject,
// each with its own object, are separate meetings; a description in a later phrase ("the
// Vietnamese PM") stands for the person an earlier phrase named with that title.

const summary = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p)).join('+')]);
};

describe('coordinated verb phrases of one subject', () => {
  it('are one meeting per phrase; the ceremony host is the talks partner', () => {
    expect(
      summary(
        'HANOI, May 3 (Agency) - Premier Li Wen met with General Secretary Tran Van Minh, attended a welcome ceremony hosted by Prime Minister Pham Quoc Bao and held talks with the Vietnamese PM on Tuesday.',
      ),
    ).toEqual([
      ['bilateral', 'Li Wen+Tran Van Minh'],
      ['bilateral', 'Li Wen+Pham Quoc Bao'],
    ]);
  });
  it('", and held talks with" splits as well', () => {
    expect(
      summary(
        'Chancellor Ola Berg met President Ana Ruiz on Monday, and held talks with Prime Minister Lars Holm on Tuesday.',
      ),
    ).toEqual([
      ['bilateral', 'Ola Berg+Ana Ruiz'],
      ['bilateral', 'Ola Berg+Lars Holm'],
    ]);
  });
  it('near miss: one phrase with two objects is one meeting with both', () => {
    expect(
      summary(
        'HANOI, May 3 (Agency) - Premier Li Wen met with General Secretary Tran Van Minh and Prime Minister Pham Quoc Bao on Tuesday.',
      ),
    ).toEqual([['multilateral', 'Li Wen+Tran Van Minh+Pham Quoc Bao']]);
  });
});
