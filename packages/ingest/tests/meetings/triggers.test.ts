import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The triggers (src/events/meetings/triggers.ts): TRIGGER_RE, conversationsInPhoneStory.

describe('meetings', () => {
  it('reads a phone call and a planned meeting', () => {
    const call = run('President Anna Lind spoke by phone with President Tomas Vrba.');
    expect(call.meetings[0]?.meetingKind).toBe('call');
    const planned = run('President Anna Lind will meet President Tomas Vrba in Riga next week.');
    expect(planned.meetings[0]?.status).toBe('planned');
  });
});

describe('capitalised triggers and visits', () => {
  it('a capitalised "Summit" is a trigger and encloses the sideline meeting', () => {
    const x = run(
      'President Ada Berg and President Olof Sand met on the sidelines of the 5th Nordic Summit in Oslo.',
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(summit).toBeDefined();
    expect(x.meetings.find((m) => m.meetingKind === 'bilateral')?.within).toBe(summit?.ref);
  });
});

describe('more ways to meet', () => {
  it('"spoke on the phone with" is a call; "hosted X" is a bilateral', () => {
    expect(
      run('President Ada Berg spoke on the phone with President Olof Sand.').meetings[0]?.meetingKind,
    ).toBe('call');
    expect(run('President Ada Berg hosted President Olof Sand in Oslo.').meetings[0]?.meetingKind).toBe(
      'bilateral',
    );
    expect(run('President Ada Berg hosted a dinner.').meetings).toEqual([]);
  });
});

describe('readouts and boards', () => {
  it('"X had a telephone conversation with Y": X is a person, and the call is theirs', () => {
    const x = run('Vladimir Petrov had a telephone conversation with President of Kazakhstan Arman Bekov.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Arman Bekov', 'Vladimir Petrov']);
    expect(x.meetings[0]?.meetingKind).toBe('call');
    expect(x.meetings[0]?.participants).toHaveLength(2);
  });
  it('does not make a company board meeting a meeting', () => {
    expect(run('The board meeting of the company approved the budget on Friday.').meetings).toEqual([]);
  });
});

describe('conversationsInPhoneStory: in a story about a phone call, "spoke with" is a call too', () => {
  it('makes "she spoke with" a call after a phone call', () => {
    const x = run(
      'President Ana Rojas held a phone call with President Luis Paredes on Monday. Later she spoke with Prime Minister Marta Diaz.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('leaves "she spoke with" a meeting in a story with no phone', () => {
    const x = run(
      'President Ana Rojas met President Luis Paredes in Lima on Monday. Later she spoke with Prime Minister Marta Diaz.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral', 'bilateral']);
  });
});

// meetingNounAsModifier (src/events/meetings/triggers.ts)
describe('a meeting noun that qualifies a partner', () => {
  it('"dialogue partners" does not cut the clause of the summits told around it', () => {
    const x = run(
      'Summits of ASEAN leaders with their dialogue partners came to a close in Vientiane on Friday.',
      { publishedAt: '2024-10-14' },
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.place), m.date])).toEqual([
      ['summit', 'Vientiane', '2024-10-11'],
    ]);
  });
  it('"held a dialogue with" is still a meeting', () => {
    const x = run('Foreign Minister Ana Ruiz held a dialogue with Foreign Minister Jan Berg in Madrid.');
    expect(x.meetings).toHaveLength(1);
  });
});
