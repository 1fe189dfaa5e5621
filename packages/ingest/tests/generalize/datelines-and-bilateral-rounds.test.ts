import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('mixedCaseDateline: "Tashkent: <lead sentence>." opens the story from a city', () => {
  const story = (line: string) =>
    `Ministers agree on new rail link\n\n${line}\n\nThe two ministers also discussed water sharing.`;

  it('reads a known city before a colon and a whole sentence as the dateline, not a speaker', () => {
    const x = run(
      story(
        'Kandy: Foreign Minister Ana Perera on Tuesday held talks with her Maldivian counterpart Ali Shareef.',
      ),
    );
    expect(x.persons.map((p) => p.name)).not.toContain('Kandy');
    expect(x.statements).toHaveLength(0);
    const meeting = x.meetings.find((m) => m.participants.length === 2);
    expect(x.nameOf(meeting?.place ?? null)).toBe('Kandy');
  });

  it('gives the place of a city the lexicon leaves alone as a common word ("Split:")', () => {
    const x = run(
      story(
        'Split: Foreign Minister Ana Ruiz on Tuesday held talks with her Croatian counterpart Goran Horvat.',
      ),
    );
    const meeting = x.meetings.find((m) => m.participants.length === 2);
    expect(x.nameOf(meeting?.place ?? null)).toBe('Split');
  });

  it('near-miss: a name the gazetteer does not know as a city stays a speaker label', () => {
    const x = run(
      'Khrenin: Only joint efforts can keep the peace in the region.\n\nThe minister spoke in Minsk on Monday.',
    );
    expect(x.persons.map((p) => p.name)).toContain('Khrenin');
    expect(x.statements).toHaveLength(1);
  });

  it('near-miss: a city name the story also writes after a given name is that person', () => {
    const x = run(
      'Allies meet in Brussels\n\nAustin: The allies must keep arming Kyiv, and they will, he told reporters on Monday.\n\nLloyd Austin spoke after the meeting.',
    );
    expect(x.places.map((p) => p.name)).not.toContain('Austin');
  });
});

describe('"held bilateral meetings with A and B on the sidelines of X": one meeting with each, both within X', () => {
  const lead = (words: string) =>
    `Prime Minister Ana Lopez ${words} with Kenyan President Joseph Mwangi and Ghanaian President Kofi Mensah on Monday on the sidelines of the 12th Commonwealth Summit.`;

  it('splits the plural telling and puts both meetings, and their parties, at the summit', () => {
    const x = run(lead('held bilateral meetings'));
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const bilaterals = x.meetings.filter((m) => m.meetingKind === 'bilateral');
    expect(bilaterals.map((m) => m.participants.map((p) => x.nameOf(p)).sort())).toEqual([
      ['Ana Lopez', 'Joseph Mwangi'],
      ['Ana Lopez', 'Kofi Mensah'],
    ]);
    expect(bilaterals.every((m) => m.within === summit?.ref)).toBe(true);
    expect(summit?.participants).toHaveLength(3);
  });

  it('near-miss: "held a trilateral meeting with A and B" is one meeting of three', () => {
    const x = run(lead('held a trilateral meeting'));
    expect(x.meetings.filter((m) => m.meetingKind !== 'summit')).toHaveLength(1);
  });
});

describe('oneMeetingPerCountryOfCounterparts + personStandsForCountry: "met with her counterparts from A, B and C"', () => {
  const lead =
    'Foreign Minister Ana Ruiz of Chile met with her counterparts from Kenya, Ghana and Senegal on Tuesday on the sidelines of the annual meeting of the Global Ocean Alliance in Lisbon.';

  it('is one meeting per country, each retold with its minister by name', () => {
    const x = run(
      `${lead} Ruiz's talks with Kenyan Foreign Minister John Mwangi focused on fisheries. Ruiz and Ghanaian Foreign Minister Kofi Mensah discussed trade.`,
    );
    const pairs = x.meetings
      .filter((m) => m.meetingKind === 'bilateral')
      .map((m) => m.participants.map((p) => x.nameOf(p)).sort());
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Ana Ruiz', 'John Mwangi'],
        ['Ana Ruiz', 'Kofi Mensah'],
        ['Ana Ruiz', 'Senegal'],
      ]),
    );
    expect(pairs).toHaveLength(3);
  });

  it('near-miss: the minister of a country she was not told to meet is another meeting', () => {
    const x = run(
      'Foreign Minister Ana Ruiz of Chile met with her Kenyan counterpart in Lisbon on Monday. Ruiz later held talks with Ghanaian Foreign Minister Kofi Mensah on fisheries.',
    );
    const pairs = x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)).sort());
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['Ana Ruiz', 'Kenya'],
        ['Ana Ruiz', 'Kofi Mensah'],
      ]),
    );
  });

  it('near-miss: "met with her counterparts from A and B" may be a trilateral and stays one meeting', () => {
    const x = run(
      'Foreign Minister Ana Ruiz of Chile met with her counterparts from Kenya and Ghana in Lisbon on Tuesday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toHaveLength(3);
  });
});

describe('"her counterpart from Timor Leste, Rui Gomes": a hyphenated country written with a space, and a singular counterpart "from" a country', () => {
  it('finds the country, and the counterpart holds her post there', () => {
    const x = run(
      'Prime Minister Ana Lopez of Chile met her counterpart from Timor Leste, Rui Gomes, in Dili.',
    );
    expect(x.places.map((p) => p.name)).toContain('Timor-Leste');
    expect(x.persons.map((p) => p.name)).not.toContain('Leste');
    const gomes = x.persons.find((p) => p.name === 'Rui Gomes');
    expect(gomes?.roles.map((r) => [r.title, x.nameOf(r.country)])).toEqual([
      ['Prime Minister', 'Timor-Leste'],
    ]);
  });

  it('near-miss: "the Timor Sea" is a sea, and names no country (dropPlacesInsideWaters)', () => {
    const x = run(
      'Prime Minister Ana Lopez of Chile met Rui Gomes in Darwin. Gas fields in the Timor Sea were discussed.',
    );
    expect(x.places.map((p) => p.name)).not.toContain('Timor-Leste');
  });

  it('"my counterpart" in a quotation is the counterpart of the one quoted, not of a person named before', () => {
    const x = run(
      'President Budi Santoso of Indonesia hosted the summit in Jakarta on Monday. “I also had a meeting with my counterpart from Laos, Khamla Vongsa,” Prime Minister Ana Lopez of Chile said.',
    );
    const vongsa = x.persons.find((p) => p.name === 'Khamla Vongsa');
    expect(vongsa?.roles.map((r) => [r.title, x.nameOf(r.country)])).toEqual([['Prime Minister', 'Laos']]);
  });
});

describe('listAfterWith: "with their counterparts from A and B here on Monday, ahead of a summit involving C"', () => {
  it('ends the list of counterparts at the time and at "ahead of": C is no party', () => {
    const x = run(
      'NAIROBI — Foreign Minister Ana Ruiz of Chile held talks with her counterparts from Egypt and Ethiopia here on Monday, ahead of a broader conference with the United States.',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Ana Ruiz'));
    expect(talks?.participants.map((p) => x.nameOf(p))).not.toContain('United States');
    expect(talks?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Egypt', 'Ethiopia']),
    );
  });

  it('near-miss: a list of counterparts in "from Country, Name" pairs still runs over its semicolons', () => {
    const x = run(
      'Foreign Minister Ana Ruiz met with her peers from Chile, Ana Lind; Ecuador, Pablo Soria; and Peru, Tomas Vidal on Monday.',
    );
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)).sort())).toEqual([
      ['Ana Lind', 'Ana Ruiz'],
      ['Ana Ruiz', 'Pablo Soria'],
      ['Ana Ruiz', 'Tomas Vidal'],
    ]);
  });
});

describe('fullNamesInTalksBetween + retellsAsTheTalks: "the talks between Ana Ruiz and Tomas Vidal"', () => {
  const first = 'The foreign ministers of Chile and Peru held a working meeting in Lima on Friday.';

  it('finds both persons, and the definite talks retell the meeting of their two countries', () => {
    const x = run(
      `${first} A statement from Santiago said the talks between Ana Ruiz and Tomas Vidal covered fisheries.`,
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Tomas Vidal']);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });

  it('near-miss: talks "between" two persons told without "the" may be other talks', () => {
    const x = run(`${first} Earlier, talks between Ana Ruiz and Tomas Vidal covered fisheries.`);
    expect(x.meetings).toHaveLength(2);
  });

  it('near-miss: "talks between Chile and Peru" names places, not persons', () => {
    const x = run('The talks between Costa Rica and Panama ended on Monday.');
    expect(x.persons).toHaveLength(0);
  });
});
