import { describe, expect, it } from 'vitest';
import { isVisitCalledOn } from '../../src/text/courtesy-call.js';
import { run } from '../helpers.js';

// courtesyCall (src/events/meetings/triggers.ts) and calledOnNotCalledUp
// (src/events/statements/triggers.ts), both through isVisitCalledOn (src/text/courtesy-call.ts).

const meetings = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf).sort(), x.nameOf(m.place)]);
};
const speakers = (text: string) => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"X called on President Y at Z": a visit, not a demand and not a phone call', () => {
  it('is a meeting of the two, at the place named', () => {
    expect(
      meetings(
        'Foreign Minister Tomas Ridd called on President Aron Velk at the Quinta Palace in Lima on Monday.',
      ),
    ).toEqual([['bilateral', ['Aron Velk', 'Tomas Ridd'], 'Quinta Palace']]);
  });
  it('reads "paid a courtesy call on" the same way', () => {
    expect(
      meetings('Ambassador Ilse Marr paid a courtesy call on Prime Minister Lena Moss in Lima on Friday.'),
    ).toEqual([['bilateral', ['Ilse Marr', 'Lena Moss'], 'Lima']]);
  });
  it('says nothing: the visitor is no speaker', () => {
    expect(
      speakers('Foreign Minister Tomas Ridd called on President Aron Velk at the palace in Lima.'),
    ).toEqual([]);
  });
  it('leaves a demand a statement and no meeting', () => {
    const text = 'President Aron Velk called on Peru and Chile to end the dispute over fishing rights.';
    expect(meetings(text)).toEqual([]);
    expect(speakers(text)).toEqual(['Aron Velk']);
    expect(speakers('Foreign Minister Tomas Ridd called on all parties to exercise restraint.')).toEqual([
      'Tomas Ridd',
    ]);
  });
});

describe('isVisitCalledOn', () => {
  it('takes a name or a counterpart followed by a place, a time or the end of the clause', () => {
    expect(isVisitCalledOn(' President Aron Velk at the palace.')).toBe(true);
    expect(isVisitCalledOn(' his Chinese counterpart in Beijing.')).toBe(true);
    expect(isVisitCalledOn(' the Prime Minister to discuss trade.')).toBe(true);
  });
  it('refuses a demand, a lower-case object and a name followed by other words', () => {
    expect(isVisitCalledOn(' Israel to halt the strikes.')).toBe(false);
    expect(isVisitCalledOn(' Russia and Ukraine to end the war.')).toBe(false);
    expect(isVisitCalledOn(' all parties to exercise restraint.')).toBe(false);
    expect(isVisitCalledOn(' Washington lawmakers for support.')).toBe(false);
  });
});
