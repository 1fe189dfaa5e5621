import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// pairDiscussed, discussedWithNamed, ministersMeetingByName (src/events/meetings/triggers.ts),
// officialsFromCountries, countriesHoldingTalks (participants.ts), headsActedAtSitting (keep.ts),
// seatOfSource (when-where.ts): meetings told without "met" or "talks".

const names = (x: ReturnType<typeof run>, i = 0) =>
  (x.meetings[i]?.participants ?? []).map((p) => x.nameOf(p)).sort();

describe('"A and B discussed": two named parties discussing together met', () => {
  it('is a bilateral of the two persons', () => {
    const x = run(
      'Prime Minister Ana Lindqvist and Chilean President Tomas Herrera discussed fisheries and port investment on Tuesday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('bilateral');
    expect(names(x)).toEqual(['Ana Lindqvist', 'Tomas Herrera']);
  });
  it('"A and B were discussed by" is no meeting of A and B', () => {
    const x = run(
      'Norway and Chile were discussed by analysts at a seminar on fisheries, where trade was the main subject.',
    );
    expect(x.meetings).toEqual([]);
  });
  it('one party quoted about the other is no meeting', () => {
    const x = run(
      'Prime Minister Ana Lindqvist said the proposals of President Tomas Herrera deserved to be discussed in parliament.',
    );
    expect(x.meetings).toEqual([]);
  });
});

describe('"X discussed the agenda with his colleague Y"', () => {
  it('is a meeting of X and Y', () => {
    const x = run(
      'Foreign Minister Ana Lindqvist has discussed the budget with her Chilean counterpart Tomas Herrera, the ministry said.',
    );
    expect(names(x)).toEqual(['Ana Lindqvist', 'Tomas Herrera']);
  });
  it('"discussed with reporters" is no meeting', () => {
    const x = run('Foreign Minister Ana Lindqvist discussed the budget with reporters in Oslo on Tuesday.');
    expect(x.meetings).toEqual([]);
  });
});

describe('"the G20 Foreign Ministers\' Meeting concluded": a meeting named after its ministers', () => {
  it('is a session of the body, told as held', () => {
    const x = run("The SCO Energy Ministers' Meeting concluded with a joint statement.");
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
    expect(names(x)).toEqual(['Shanghai Cooperation Organization']);
  });
  it('a named meeting not told as held is no sitting', () => {
    const x = run("Ministers' Meeting notes were published by the SCO on Friday.");
    expect(x.meetings).toEqual([]);
  });
});

describe('"a Beijing meeting of officials from A, B, C and D": the countries of the officials sat', () => {
  it('the countries listed after "from" are the parties', () => {
    const x = run(
      'Energy security was the focus on Monday at a Nairobi meeting of senior officials from Kenya, Ghana, Senegal and Egypt.',
    );
    expect(names(x)).toEqual(['Egypt', 'Ghana', 'Kenya', 'Senegal']);
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
  });
  it('the one alliance the sentence names is the forum and sat too', () => {
    const x = run(
      'Trade dominated an Abuja meeting of senior officials from Nigeria, Ghana and Senegal, all members of ECOWAS.',
    );
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Economic Community of West African States');
    expect(names(x)).toContain('Ghana');
  });
  it('officials from two countries named elsewhere in the sentence are no meeting of a list', () => {
    const x = run('The meeting was criticised by officials from Kenya on Monday.');
    expect(x.meetings).toEqual([]);
  });
});

describe('"A, B and C held an economic dialogue": three or more countries as the subject of talks', () => {
  it('the countries are the parties', () => {
    const x = run(
      'The ministry said Kenya, Ghana and Senegal held an economic dialogue on Wednesday in Accra.',
    );
    expect(names(x)).toEqual(['Ghana', 'Kenya', 'Senegal']);
  });
  it('"called for dialogue" is no meeting', () => {
    const x = run('Kenya, Ghana and Senegal called for dialogue on the debt crisis on Wednesday.');
    expect(x.meetings).toEqual([]);
  });
});

describe('"The heads of state have examined ..., the second day of the X Summit": the summit was held', () => {
  it('keeps the summit of the union', () => {
    const x = run(
      'The heads of State and Government have examined on Friday, the second day of the 30th African Union Summit, the draft budget.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
  it('a summit named with no one acting at it and nothing held is not kept', () => {
    const x = run('Analysts wrote about the draft budget of the 30th African Union Summit.');
    expect(x.meetings).toEqual([]);
  });
});

describe('"according to the Foreign Ministry in Moscow": the source’s seat is no meeting place', () => {
  it('takes no place from the attribution', () => {
    const x = run(
      'Prime Minister Ana Lindqvist and President Tomas Herrera discussed trade, according to the Foreign Ministry in Oslo.',
    );
    expect(x.meetings[0]?.place).toBeNull();
  });
  it('a place after "in" elsewhere is kept', () => {
    const x = run(
      'Prime Minister Ana Lindqvist and President Tomas Herrera discussed trade in Oslo on Monday.',
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Oslo');
  });
});

describe('"called for dialogue": a bare dialogue called for is an aim, not talks held', () => {
  it('"called for dialogue between A and B" is no meeting', () => {
    const x = run('The UN chief called for dialogue between Norway and Chile on Monday.');
    expect(x.meetings).toEqual([]);
  });
  it('"urged dialogue with X" is no meeting', () => {
    const x = run('Foreign Minister Ana Lindqvist urged political dialogue with Chile on Monday.');
    expect(x.meetings).toEqual([]);
  });
  it('"held a strategic dialogue" stays a meeting', () => {
    const x = run('Norway and Chile held a strategic dialogue in Oslo on Monday.');
    expect(names(x)).toEqual(['Chile', 'Norway']);
  });
});

describe('"Consultations were held ... with a delegation led by X": the head of the delegation took part', () => {
  it('a capitalised "Consultations" with a delegation head is kept', () => {
    const x = run(
      'Consultations were held in Lima with a delegation of Kenya led by Deputy Foreign Minister Amina Odhiambo.',
    );
    expect(names(x)).toEqual(['Amina Odhiambo']);
  });
  it('"Consultations" with nobody named is a passing mention', () => {
    const x = run('Consultations on the budget will continue next year, the ministry said.');
    expect(x.meetings).toEqual([]);
  });
});
