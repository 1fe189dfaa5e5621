import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// sittingRetoldInOtherTense and peopleAtUnionSitting (src/events/meetings/anaphora.ts)

describe('sittingRetoldInOtherTense', () => {
  it('"the summit" after a summit that began is that summit, with the people and countries of its sentence', () => {
    const x = run(
      'The 5th Summit of Steppe States began in Ankara yesterday with a meeting of senior officials. Today President Ayla Demir will welcome the presidents of Mongolia, Kazakhstan and Kyrgyzstan, who will participate in and close the summit with a declaration.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r)).sort()).toEqual([
      'Ayla Demir',
      'Kazakhstan',
      'Kyrgyzstan',
      'Mongolia',
    ]);
  });
  it('near-miss: "the next summit" and "the 6th summit" are other sittings', () => {
    const x = run(
      'The 5th Summit of Steppe States began in Ankara yesterday with a meeting of senior officials. President Ayla Demir said President Bat Erdene will host the next summit in Ulaanbaatar.',
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(2);
    const y = run(
      'The 5th Summit of Steppe States began in Ankara yesterday with a meeting of senior officials. Today President Ayla Demir will welcome the presidents of Mongolia and Kazakhstan to the 6th summit.',
    );
    const held = y.meetings.find((m) => m.status === 'held');
    const demir = y.persons.find((p) => p.name === 'Ayla Demir')?.ref;
    expect(held?.participants ?? []).not.toContain(demir);
  });
});

describe('sittingRetoldInOtherTense near-miss: a meeting held as part of the summit', () => {
  it('"As part of the Summit, the presidents of A, B and C will close the Business Forum" keeps them', () => {
    const x = run(
      'President Ayla Demir will represent Turkey at the 5th Summit of the Steppe Alliance in Ankara. As part of the Summit, on July 5, the presidents of Mongolia, Kazakhstan and Kyrgyzstan will close the 2nd Steppe Business Forum.',
    );
    const withCountries = x.meetings.find((m) => m.participants.some((r) => x.nameOf(r) === 'Mongolia'));
    expect(withCountries?.participants.map((r) => x.nameOf(r) ?? '').sort()).toEqual([
      'Kazakhstan',
      'Kyrgyzstan',
      'Mongolia',
      'Steppe Alliance',
    ]);
  });
});
