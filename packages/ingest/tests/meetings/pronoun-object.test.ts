import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// pronounObjectOfTrigger (src/events/meetings/participants.ts): "talks with her" is a meeting with
// the person "her" stands for, by the subject of the trigger's own clause.

const summary = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, m.status, m.participants.map((p) => x.nameOf(p)).join('+')]);
};

describe('a pronoun object of a meeting', () => {
  it('is the person named before; each coordinated clause has its own subject', () => {
    expect(
      summary(
        'President Ana Ruiz of Peru will visit China next week. President Wei Tong will have talks with her, and Premier Li Ming and Chairman Zhao Peng will have separate meetings with her.',
      ),
    ).toEqual([
      ['bilateral', 'planned', 'Ana Ruiz+Wei Tong'],
      ['bilateral', 'planned', 'Ana Ruiz+Li Ming'],
      ['bilateral', 'planned', 'Ana Ruiz+Zhao Peng'],
    ]);
  });
  it('may stand for the subject of an earlier clause of its sentence', () => {
    expect(
      summary(
        'Chancellor Ola Berg arrived in Rome on Monday, and Prime Minister Carla Rossi held talks with him on Tuesday.',
      ),
    ).toEqual([['bilateral', 'held', 'Ola Berg+Carla Rossi']]);
  });
  it('near miss: a possessive "with her counterpart" is no pronoun object', () => {
    expect(
      summary(
        'Ana Ruiz arrived in Lima. Foreign Minister Eva Smit held talks with her counterpart Carla Rossi on Monday.',
      ),
    ).toEqual([['bilateral', 'held', 'Eva Smit+Carla Rossi']]);
  });
  it('near miss: a pronoun no one named before fits resolves to nothing', () => {
    expect(summary('President Wei Tong will have talks with her next week.')).toEqual([
      ['bilateral', 'planned', 'Wei Tong'],
    ]);
  });
});
