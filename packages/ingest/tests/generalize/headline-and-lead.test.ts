import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The headline and the lead tell one meeting: each telling alone left a duplicate record.

describe('headlineJoinsLead: the meeting a headline names is the one the lead tells first', () => {
  it('joins "Andean trade summit in Lima backs tariff cut" to the lead\u2019s summit', () => {
    const x = run(
      'Andean trade summit in Lima backs tariff cut\n\nLIMA, May 3, 2024 — Leaders of the Andean Community gathered in Lima on Friday for the bloc’s annual summit, chaired by Peruvian President Rosa Campos.\n\nThey agreed to cut tariffs on farm goods.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.evidence.map((e) => e.start)).toContain(0);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
  it('a country in the headline gives way to the lead\u2019s city in it', () => {
    const x = run(
      'Isthmus leaders hold SICA summit in Honduras\n\nTEGUCIGALPA, June 7, 2024 — The presidents of Guatemala, Honduras, Belize and Panama met on Friday at the 60th summit of the Central American Integration System (SICA), where they discussed trade.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Tegucigalpa');
  });
  it('near-miss: a headline meeting in another city than the lead\u2019s stays apart', () => {
    const x = run(
      'Leaders to meet in Quito next month\n\nLIMA, May 3, 2024 — Leaders of the Andean Community gathered in Lima on Friday for the bloc’s annual summit.\n\nTheir next summit will be held in Quito.',
    );
    const places = x.meetings.map((m) => x.nameOf(m.place));
    expect(places).toContain('Lima');
    expect(x.meetings.find((m) => x.nameOf(m.place) === 'Lima')?.evidence.map((e) => e.start)).not.toContain(
      0,
    );
  });
  it('near-miss: a headline that ends on a full stop is a sentence of the story, not a headline', () => {
    const x = run(
      'Presidents Ana Ruiz and Tomas Vidal met in Lima on Monday.\nThey later held talks with Prime Minister Olga Petrova in Quito on Tuesday.',
    );
    expect(x.meetings).toHaveLength(2);
  });
});

describe('oneSittingOfOneSentence: a sitting told by its verb and its noun in one sentence is one', () => {
  it('"Leaders of the X Initiative gathered in Y for the group’s ninth summit" is one summit of it', () => {
    const x = run(
      'Leaders of the Baltic Ports Initiative gathered in Gdansk on Monday for the group’s fourth summit.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['summit', 'Baltic Ports Initiative'],
    ]);
  });
  it('near-miss: two bodies\u2019 summits in one sentence stay two', () => {
    const x = run('The Andean Community summit and the Mercosur summit both took place in Lima on Monday.');
    expect(x.meetings.map((m) => x.nameOf(m.forum)).sort()).toEqual(['Andean Community', 'Mercosur']);
  });
});
