import { describe, expect, it } from 'vitest';
import { dateInClause } from '../src/dates.js';
import { run } from './helpers.js';

describe('dates', () => {
  const anchor = { iso: '2025-05-14', source: 'meta' };
  it('resolves weekdays against the anchor, forward for the future', () => {
    expect(dateInClause('They met on Wednesday.', anchor)).toBe('2025-05-14');
    expect(dateInClause('They met on Monday.', anchor)).toBe('2025-05-12');
    expect(dateInClause('They will meet on Thursday.', anchor)).toBe('2025-05-15');
    expect(dateInClause('They met last Wednesday.', anchor)).toBe('2025-05-07');
  });
  it('reads full dates, day-month with the anchor year, and ranges by their first day', () => {
    expect(dateInClause('On September 15, 2021 the council sat.', null)).toBe('2021-09-15');
    expect(dateInClause('On 23-24 March the ministers met.', anchor)).toBe('2025-03-23');
    expect(dateInClause('They met yesterday.', anchor)).toBe('2025-05-13');
  });
  it('"since Thursday" starts a stay: another weekday of the clause dates it, else none', () => {
    expect(dateInClause('She has been in the capital since Monday.', anchor)).toBeNull();
    expect(dateInClause('On Wednesday they met; she has been here since Monday.', anchor)).toBe('2025-05-14');
  });
  it("a dateline with its date inside the agencies' parenthesis dates the story", () => {
    const x = run(
      'OSLO, (Nordic Wire / NTB - 23rd Aug, 2019) Prime Minister Aron Velk held a phone call Thursday with President Lena Moss on grain exports.',
    );
    expect(x.meetings[0]?.date).toBe('2019-08-22');
  });
  it('reads "the 4th of March", "this morning" and leaves an arrival\'s day alone', () => {
    expect(dateInClause('They met on the 4th of March.', anchor)).toBe('2025-03-04');
    expect(dateInClause('They met this morning.', anchor)).toBe('2025-05-14');
    expect(dateInClause('She met the mayor, who arrived in the capital on Monday.', anchor)).toBeNull();
    expect(dateInClause('On Tuesday she met the mayor, who arrived on Monday.', anchor)).toBe('2025-05-13');
  });
  it('gives no date when nothing fixes it', () => {
    expect(dateInClause('They met recently.', anchor)).toBeNull();
    expect(dateInClause('They met on Friday.', null)).toBeNull();
  });
});

describe('readouts and boards', () => {
  it('does not take a lone word that had talks for a person', () => {
    const x = run('Gazprom had talks with the Kazakh government about gas transit.');
    expect(x.persons).toEqual([]);
  });
});

describe('"X, a spokesperson for Y said"', () => {
  it('gives X no title: the phrase is who said so', () => {
    const x = run(
      'Healey held talks with his German counterpart Boris Weber, a spokesperson for the Ministry of Defence said.',
    );
    const weber = x.persons.find((p) => p.name === 'Boris Weber');
    expect(weber?.roles.map((r) => r.title) ?? []).not.toContain('Spokesperson for the Ministry of Defence');
  });
});

describe('a council sitting told the way its secretariat tells it', () => {
  const text =
    'On 22 November 2024, a regular meeting of the Council of Ministers of Defence of the CIS member states took place in Bishkek. It was attended by the heads of defence departments of Armenia, Belarus and Kazakhstan.\n\nThe Belarusian delegation was headed by Minister of Defence Oleg Marchuk.\n\nThe Council approved the plan of cooperation for 2025 and decided to hold its next meeting in Moscow in May.';
  it('gives the head of "the Belarusian delegation" Belarus', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const marchuk = x.persons.find((p) => p.name === 'Oleg Marchuk');
    expect(x.nameOf(marchuk?.roles[0]?.country ?? null)).toBe('Belarus');
  });
});
