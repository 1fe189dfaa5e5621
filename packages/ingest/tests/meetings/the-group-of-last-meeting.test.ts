import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// theGroupOfLastMeeting (src/events/meetings/participants.ts): "the two ministers" are the pair of the latest meeting.

describe('plural references to the pair', () => {
  it('"the presidents agreed to meet" takes the pair of the latest meeting', () => {
    const x = run(
      'President Ada Berg and President Olof Sand held a telephone conversation. Spokesman Per Lind said the presidents agreed to meet in Oslo.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
  });
});

describe('a later sitting named in passing', () => {
  it('gives "a follow-up meeting between the two ministers" the pair told before', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday. A follow-up meeting between the two ministers is expected in Lisbon in October.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants.map((r) => x.nameOf(r))).toEqual(['Rui Costa', 'Elena Ruiz']);
    expect(x.nameOf(planned?.place ?? null)).toBe('Lisbon');
  });
});

describe('an opening back-reference whose subject is the pair', () => {
  it('"During the talks, held on Thursday in Lima, the two leaders ..." gives the talks their place and date', () => {
    const x = run(
      'Defence Minister Rui Costa has held talks with his Peruvian counterpart Elena Ruiz to deepen ties.\n\nDuring the wide-ranging talks, held on Thursday in Lima, the two leaders reviewed cooperation.',
      { publishedAt: '2019-09-06' },
    );
    expect(x.meetings.map((m) => [m.participants.map(x.nameOf), x.nameOf(m.place), m.date])).toEqual([
      [['Rui Costa', 'Elena Ruiz'], 'Lima', '2019-09-05'],
    ]);
  });
  it('"During the talks, officials in Lima ..." names no pair and makes no second meeting', () => {
    const x = run(
      'Defence Minister Rui Costa has held talks with his Peruvian counterpart Elena Ruiz to deepen ties.\n\nDuring the talks, held on Thursday, officials in Lima reviewed cooperation.',
      { publishedAt: '2019-09-06' },
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('"the two leaders" after a meeting of three', () => {
  it('takes the latest pair, not the three ministers told last', () => {
    const x = run(
      'President Ada Berg and President Olof Sand held a telephone conversation on Friday. Defence Minister Per Lind, Trade Minister Eva Holm and Finance Minister Jon Dahl will travel to Oslo for a meeting next week. The two leaders also pledged to continue consultations.',
    );
    const withMinisters = x.meetings.filter((m) => m.participants.map(x.nameOf).includes('Per Lind'));
    expect(withMinisters).toHaveLength(1);
    expect(x.meetings.every((m) => m.participants.length > 0)).toBe(true);
  });
  it('"the leaders" (no "two") after a meeting of three still takes those three', () => {
    const x = run(
      'President Ada Berg, President Olof Sand and President Per Lind met in Oslo on Friday. The leaders agreed to meet again in Riga.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants).toHaveLength(3);
  });
});
