import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('groupOfOfficialsMet: officials of several states that meet, no one named, hold a meeting', () => {
  it('"The foreign ministers of six Sahel countries met in Niamey" is their meeting, and who attended joins it', () => {
    const x = run(
      'NIAMEY, March 3, 2025 — The foreign ministers of six Sahel countries met in Niamey on Monday to discuss security. Ministers Ana Ruiz and Tomas Vidal attended.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.place)])).toEqual([['multilateral', 'Niamey']]);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });
  it('near-miss: "Leaders met" names no group of states', () => {
    expect(run('Leaders met on Monday to talk about the weather.').meetings).toEqual([]);
  });
});

describe('hereIsTheDateline: "held talks here" in a datelined story is in the dateline city', () => {
  it('places the meeting in the dateline city', () => {
    const x = run('NIAMEY, March 3, 2025 — Leaders of the Sahel member states held talks here Monday.');
    expect(x.meetings.map((m) => x.nameOf(m.place))).toEqual(['Niamey']);
  });
  it('near-miss: with no dateline, "here" places nothing', () => {
    const x = run('Leaders of the Sahel member states held talks here Monday.');
    expect(x.meetings.map((m) => m.place)).not.toContain(expect.anything());
  });
});

describe('toldAsNamed: "the summit" points back to the meeting told as a summit', () => {
  it('not to the meeting told last', () => {
    const x = run(
      'President Ana Ruiz held summit talks with President Tomas Vidal in Lima on Monday and met Speaker Olga Petrova. At the summit, the two leaders agreed to expand trade in copper.',
    );
    const withTopic = x.meetings.find((m) => m.evidence.some((e) => e.exact.startsWith('At the summit')));
    expect(withTopic?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });
  it('near-miss: "the meeting" still points back to the meeting told last', () => {
    const x = run(
      'President Ana Ruiz held summit talks with President Tomas Vidal in Lima on Monday and met Speaker Olga Petrova. At the meeting, they agreed to expand trade in copper.',
    );
    const withTopic = x.meetings.find((m) => m.evidence.some((e) => e.exact.startsWith('At the meeting')));
    expect(withTopic?.participants.map((p) => x.nameOf(p))).toContain('Olga Petrova');
  });
});

describe('holdersOfSitting: who held a meeting of a body sat in it', () => {
  it('"Foreign Ministers A of X, B of Y and C of Z held an online meeting of the Andean Community"', () => {
    const x = run(
      'On March 3, Foreign Ministers Ana Ruiz of Peru, Tomas Vidal of Chile and Olga Petrova of Bolivia held an online meeting of the Andean Community.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p)).sort()).toEqual([
      'Ana Ruiz',
      'Andean Community',
      'Olga Petrova',
      'Tomas Vidal',
    ]);
  });
  it('near-miss: who spoke about a meeting of a body did not hold it', () => {
    const x = run(
      'On March 3, Foreign Minister Ana Ruiz of Peru said a meeting of the Andean Community would be held in May.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).not.toContain('Ana Ruiz');
  });
});
