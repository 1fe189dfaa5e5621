import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('pageDateOfFirstHeld: a date standing alone at the top of a page dates its first held meeting', () => {
  it('dates the meeting of a ministry news item by its date line', () => {
    const x = run(
      'Ministry news\n\nApril 8, 2021\n\nForeign Minister Ana Rojas met Foreign Minister Luis Paredes in Lima.',
    );
    expect(x.meetings[0]?.date).toBe('2021-04-08');
  });
  it('does not take a date told inside a sentence for the page date', () => {
    const x = run(
      'Ministry news\n\nThe ministers met on April 8, 2021.\n\nForeign Minister Ana Rojas met Foreign Minister Luis Paredes in Lima.',
    );
    expect(x.meetings.find((m) => m.participants.length === 2)?.date ?? null).toBeNull();
  });
  it('reads a date line with its clock time ("28 November 2022, 19:00")', () => {
    const x = run(
      '28 November 2022, 19:00\n\nLIMA. Foreign Minister Ana Rojas met Foreign Minister Luis Paredes in Lima.',
    );
    expect(x.meetings[0]?.date).toBe('2022-11-28');
  });
  it('takes no line of times alone for a page date', () => {
    const x = run('Updated 19:00\n\nForeign Minister Ana Rojas met Foreign Minister Luis Paredes in Lima.');
    expect(x.meetings[0]?.date ?? null).toBeNull();
  });
});
