import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Calls, talks and their parties told in the shapes of governments' readouts and wire copy
// (src/events/meetings: onThePhone, phoneWordBeforeNoun, heldDiscussions in triggers.ts;
// threePartyTalks in kind.ts; bothOfficialsByCountry in participants.ts with
// officialsOfBothSides in counterpart.ts; placeOfToldMeeting and callNamedByReference in
// anaphora.ts; pairStandsForCountries in merge.ts).

const kinds = (x: ReturnType<typeof run>) =>
  x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf)]);

describe('"on the phone" after the verb', () => {
  it('"X spoke with his counterpart Y on the phone" is their call', () => {
    const x = run(
      'Foreign Minister Ana Lind spoke with her Chilean counterpart Jorge Vera on the phone on Monday.',
    );
    expect(kinds(x)).toEqual([['call', ['Ana Lind', 'Jorge Vera']]]);
  });
  it('"tariffs on the phone maker" is no call', () => {
    const x = run(
      'President Aron Velk announced tariffs on the phone maker, Prime Minister Lena Moss said on Monday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('call');
  });
});

describe('the medium written before the noun', () => {
  it('"held a telephonic conversation with Y" is a call', () => {
    const x = run(
      'Foreign Minister Ana Lind held a telephonic conversation with Chilean Foreign Minister Jorge Vera on Monday.',
    );
    expect(kinds(x)).toEqual([['call', ['Ana Lind', 'Jorge Vera']]]);
  });
  it('"Telephone conversation took place between A and B" opening a sentence is a call', () => {
    const x = run(
      'Telephone conversation took place today between President of Peru Jorge Vera and President of Chile Ana Lind.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('"talks with a phone company" is no call', () => {
    const x = run('Minister Ana Lind held talks with President Jorge Vera about a phone company in Lima.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('"held discussions with"', () => {
  it('"X held wide-ranging discussions with Y" is their meeting', () => {
    const x = run(
      'Foreign Minister Ana Lind held wide-ranging discussions with Chilean Foreign Minister Jorge Vera in Lima on Monday.',
    );
    expect(kinds(x)).toEqual([['bilateral', ['Ana Lind', 'Jorge Vera']]]);
  });
  it('"had a discussion with reporters" is no meeting', () => {
    const x = run('Minister Ana Lind had a discussion with reporters in Lima on Monday.');
    expect(x.meetings).toEqual([]);
  });
});

describe('trilateral talks', () => {
  it('"a trilateral meeting with A and B" of three persons is multilateral', () => {
    const x = run(
      'Foreign Minister Ana Lind sat down for a trilateral meeting with Foreign Minister Jorge Vera and Secretary of State Aron Velk in Lima.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['multilateral']);
  });
  it('"bilateral talks" of three named persons stay bilateral', () => {
    const x = run(
      'Foreign Minister Ana Lind held bilateral talks with Foreign Minister Jorge Vera in Lima, Secretary of State Aron Velk said.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('both parties named by office and country', () => {
  const lead = 'Kazakh President Kassym Ormanov and Uzbek President Timur Alimov praised their ties.\n';
  it('"The Kazakh President held a phone call with the Uzbek President" is their call', () => {
    const x = run(`${lead}The Kazakh President held a phone call with the Uzbek President on Monday.`);
    expect(kinds(x)).toEqual([['call', ['Kassym Ormanov', 'Timur Alimov']]]);
  });
  it('"a phone call received by the Egyptian President from the Saudi Crown Prince" is their call', () => {
    const x = run(
      'Egyptian President Omar Haddad and Saudi Crown Prince Faisal Nasser urged a ceasefire.\nThis came during a phone call received by the Egyptian President from the Saudi Crown Prince.',
    );
    expect(kinds(x)).toEqual([['call', ['Omar Haddad', 'Faisal Nasser']]]);
  });
  it('"The Kazakh President held a briefing with the Uzbek delegation" names one office only', () => {
    const x = run(`${lead}The Kazakh President held a meeting with the Uzbek delegation on Monday.`);
    expect(kinds(x)).not.toContainEqual(['bilateral', ['Kassym Ormanov', 'Timur Alimov']]);
  });
});

describe('the sidelines of an unnamed gathering', () => {
  it('"met ... on the sidelines of a security conference": the talks are within that sitting', () => {
    const x = run(
      'Foreign Minister Ana Lind met Foreign Minister Jorge Vera in Munich on Friday on the sidelines of a security conference.',
    );
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const sitting = x.meetings.find((m) => m.meetingKind === 'session');
    expect(sitting).toBeDefined();
    expect(talks?.within).toBe(sitting?.ref);
  });
  it('a conference named without its sidelines is no sitting', () => {
    const x = run(
      'Foreign Minister Ana Lind met Foreign Minister Jorge Vera in Munich on Friday, days before a security conference.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('"the two ministers ... talks with Y"', () => {
  const lead = 'Foreign Minister Ana Lind met Foreign Minister Jorge Vera in Lima on Monday.\n';
  it('the pair told before and the party named after "with" are the parties', () => {
    const x = run(
      `${lead}The two ministers were set to hold trilateral talks with Secretary of State Aron Velk later.`,
    );
    expect(x.meetings.find((m) => m.meetingKind === 'multilateral')?.participants.map(x.nameOf)).toEqual([
      'Ana Lind',
      'Jorge Vera',
      'Aron Velk',
    ]);
  });
  it('"the two ministers held talks" names no one new', () => {
    const x = run(`${lead}Later the two ministers held talks with reporters in Lima.`);
    for (const m of x.meetings)
      expect(m.participants.map(x.nameOf).sort()).toEqual(['Ana Lind', 'Jorge Vera']);
  });
});

describe('a back-reference that tells the place or the medium', () => {
  it('"The meeting took place in Munich" places talks told without a place', () => {
    const x = run(
      'External Affairs Minister Ravi Menon on Friday held talks with Secretary of State Aron Velk.\nThe meeting took place in Munich on the sidelines of a security conference.',
    );
    const talks = x.meetings.filter((m) => m.meetingKind === 'bilateral');
    expect(talks.map((m) => x.nameOf(m.place))).toEqual(['Munich']);
  });
  it('"A meeting took place in Munich" (no determiner) does not place the talks told before', () => {
    const x = run(
      'External Affairs Minister Ravi Menon on Friday held talks with Secretary of State Aron Velk in Lima.\nThe meeting took place in Munich last year.',
    );
    expect(x.meetings.find((m) => m.participants.length === 2)?.place).not.toBe(
      x.places.find((p) => p.name === 'Munich')?.ref,
    );
  });
  it('"held an in-depth discussion with Y. The telephonic conversation ..." is a call', () => {
    const x = run(
      'External Affairs Minister Ravi Menon held an in-depth discussion with Secretary of State Aron Velk on Monday night. The telephonic conversation focused on trade.',
    );
    expect(kinds(x)).toEqual([['call', ['Ravi Menon', 'Aron Velk']]]);
  });
  it('talks in a city and a later phone call stay talks', () => {
    const x = run(
      'External Affairs Minister Ravi Menon held talks with Secretary of State Aron Velk in Lima on Monday. The phone call that followed was short.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toContain('bilateral');
  });
});

describe('a meeting told by its countries, then by its persons', () => {
  it('"The top diplomats of South Korea and Japan met ..." and the two ministers named after are one meeting', () => {
    const x = run(
      'The top diplomats of South Korea and Japan met in Phnom Penh on Thursday.\nIt marked the second one-on-one talks between South Korean Foreign Minister Park Min and his counterpart Sato Ken.',
      { publishedAt: '2022-08-04' },
    );
    expect(x.meetings.map((m) => [m.participants.map(x.nameOf), x.nameOf(m.place), m.date])).toEqual([
      [['Park Min', 'Sato Ken'], 'Phnom Penh', '2022-08-04'],
    ]);
  });
  it("a call told by its countries and the leaders' call stay two calls", () => {
    const x = run(
      'Chilean President Aron Velk held a phone call with Peruvian President Jorge Vera on Monday.\nOn the eve of this conversation, telephone conversations took place between various representatives of Chile and Peru.',
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'call')).toHaveLength(2);
  });
  it('two persons of other countries are another meeting', () => {
    const x = run(
      'The top diplomats of South Korea and Japan met in Phnom Penh on Thursday.\nEarlier, Chilean Foreign Minister Ana Lind held talks with Peruvian Foreign Minister Jorge Vera.',
      { publishedAt: '2022-08-04' },
    );
    expect(x.meetings).toHaveLength(2);
  });
});
