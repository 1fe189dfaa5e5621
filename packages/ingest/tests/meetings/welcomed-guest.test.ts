import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// welcomedGuest (src/events/meetings/triggers.ts): a named guest welcomed or greeted is met.

const meetings = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf).sort(), x.nameOf(m.place)]);
};

describe('"X welcomed President Y in Z": a guest welcomed is a meeting', () => {
  it('reads the active shape, with the place after the guest', () => {
    expect(meetings('Prime Minister Lena Moss welcomed President Aron Velk in Lima on Monday.')).toEqual([
      ['bilateral', ['Aron Velk', 'Lena Moss'], 'Lima'],
    ]);
  });
  it('reads the passive shape in a clause of a visit', () => {
    expect(
      meetings(
        'President Aron Velk paid a state visit to Peru, where he was greeted by Prime Minister Lena Moss in Lima on Friday.',
      ),
    ).toEqual([['bilateral', ['Aron Velk', 'Lena Moss'], 'Lima']]);
  });
  it('welcomes no one in a decision or in remarks', () => {
    expect(meetings('Prime Minister Lena Moss welcomed the Andean Community decision on tariffs.')).toEqual(
      [],
    );
    expect(meetings("Prime Minister Lena Moss welcomed Aron Velk's remarks on trade.")).toEqual([]);
  });
  it('leaves a greeting at a summit to the summit, and a greeting on arrival to no one', () => {
    const x = run(
      'President Aron Velk arrived at the Andean summit in Lima. The host of the summit, Prime Minister Lena Moss, greeted Aron Velk at the entrance.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
    expect(meetings('Prime Minister Lena Moss greeted President Aron Velk at the airport in Lima.')).toEqual(
      [],
    );
  });
});
