import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakersOf = (x: ReturnType<typeof run>): Array<string | null> =>
  x.statements.map((s) => x.nameOf(s.speaker));

const bilateral =
  'Foreign Minister Ana Ruiz of Chile met Peruvian Foreign Minister Tomas Vidal in Lima on Thursday.';

describe('personRelayedByInstitution: a person whose words an institution relays speaks them', () => {
  it('"At the talks, Ruiz aired her opposition to ..., according to the ministry" is Ruiz', () => {
    const x = run(
      `${bilateral} At the talks, Ruiz aired her strong opposition to new tolls on the river, according to the ministry.`,
    );
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });

  it('near-miss: two persons as the subject ("Ruiz and Vidal also confirmed ...") stay the institution\'s', () => {
    const x = run(
      `${bilateral} Chilean Foreign Minister Ana Ruiz and Peruvian Senior Deputy Foreign Minister Tomas Vidal also confirmed that the border must stay open, according to the ministry.`,
    );
    expect(speakersOf(x)).toEqual(['Ministry of Foreign Affairs of Peru']);
  });

  it("near-miss: a sentence with no person as its subject stays the institution's", () => {
    const x = run(`${bilateral} The ports of both countries must stay open, according to the ministry.`);
    expect(speakersOf(x)).toEqual(['Ministry of Foreign Affairs of Peru']);
  });
});

describe('SPEAKER VERB: "..." and a stance held "that"', () => {
  const quoted = `${bilateral}\n“Port fees are a matter we will settle among ourselves before long,” Vidal said.\n`;

  it('"Ruiz agreed: “...”" after another speaker\'s quotation is Ruiz\'s', () => {
    const x = run(`${quoted}Ruiz agreed: “We can settle them within the month.”`);
    expect(speakersOf(x)).toEqual(['Tomas Vidal', 'Ana Ruiz']);
  });

  it('"Vidal was adamant that ...", "He remained confident that ..." are statements', () => {
    const x = run(
      `${bilateral} Vidal was adamant that the tolls would stay in place. He remained confident that the rail line will open.`,
    );
    expect(speakersOf(x)).toEqual(['Tomas Vidal', 'Tomas Vidal']);
  });

  it('near-miss: "It is clear that ..." and "a clear plan" name no speaker', () => {
    const x = run(
      `${bilateral} It is clear that the ports will stay busy. Vidal has a clear plan for the port.`,
    );
    expect(speakersOf(x)).toEqual([]);
  });
});

describe('bilateralNamedBack: "the bilateral talks" point at the latest bilateral meeting', () => {
  const text = `${bilateral} The talks took place as a summit of the Andean Community opened in Quito on Tuesday. At the bilateral talks, Ruiz voiced her strong opposition to new tolls on the river.`;

  it('the words and their topic go to the talks in Lima, not to the summit told since', () => {
    const x = run(text);
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    expect(summit?.participants.map((p) => x.nameOf(p))).toEqual([]);
    expect(talks?.topics).toContain('new tolls on the river');
    expect(x.statements[0]?.about).toBe(talks?.ref);
  });

  it('near-miss: "At the summit" still points at the summit', () => {
    const x = run(text.replace('At the bilateral talks', 'At the summit'));
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    expect(talks?.topics).not.toContain('new tolls on the river');
  });
});

describe('bilateral talks with three or more, and who is represented', () => {
  const round =
    'Prime Minister Ana Ruiz took part in bilateral talks in Suva with Fijian Prime Minister Tomas Vidal, Samoan Prime Minister Hugo Palma, Tongan Prime Minister Rosa Lemalu and Japanese Foreign Minister Ken Sato, who was representing Prime Minister Jiro Mori.';

  it('"took part in bilateral talks with A, B, C and D" is one meeting with each; the one represented stays away', () => {
    const x = run(round);
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Ana Ruiz', 'Tomas Vidal'],
      ['Ana Ruiz', 'Hugo Palma'],
      ['Ana Ruiz', 'Rosa Lemalu'],
      ['Ana Ruiz', 'Ken Sato'],
    ]);
  });

  it('near-miss: "took part in trilateral talks with A and B" stays one meeting', () => {
    const x = run(
      'Prime Minister Ana Ruiz took part in trilateral talks in Suva with Fijian Prime Minister Tomas Vidal and Samoan Prime Minister Hugo Palma.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('hostReceivedTheGroup: who receives the group of a sitting hosts it', () => {
  const arrived =
    'The presidents of Ecuador, Bolivia and Peru flew into Colombia on Thursday for the 3rd Summit of the Andean Forum.';

  it('"President X received the visiting leaders in Cali, citing Y" puts X at the summit, in Cali, and meets no Y', () => {
    const x = run(
      `${arrived} Colombian President Ana Ruiz received the visiting leaders in Cali, citing former Chinese premier Zhou Enlai on the century ahead.`,
    );
    expect(x.meetings).toHaveLength(1);
    const summit = x.meetings[0];
    expect(summit?.participants.map((p) => x.nameOf(p))).toContain('Ana Ruiz');
    expect(summit?.participants.map((p) => x.nameOf(p))).not.toContain('Zhou Enlai');
    expect(x.nameOf(summit?.place ?? null)).toBe('Cali');
  });

  it('near-miss: "X received President Y" after the summit is talks of their own', () => {
    const x = run(`${arrived} Colombian President Ana Ruiz received Peruvian President Tomas Vidal in Cali.`);
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit', 'bilateral']);
  });
});

describe('attendedByInOpening: "During bilateral talks ..., attended by X, the two leaders ..."', () => {
  const talks =
    'President Ana Ruiz of Chile held talks with President Tomas Vidal of Peru in Lima on Monday.';

  it('retells the talks told before, and X takes part in them', () => {
    const x = run(
      `${talks} During bilateral talks and a wider round after them, attended by Foreign Minister Hugo Palma, the two leaders reaffirmed their ties.`,
    );
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Ana Ruiz', 'Tomas Vidal', 'Hugo Palma'],
    ]);
  });

  it('near-miss: with no one "attended by", the pair stays the pair', () => {
    const x = run(`${talks} During bilateral talks, the two leaders reaffirmed their ties with Hugo Palma.`);
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Ana Ruiz', 'Tomas Vidal'],
    ]);
  });
});

describe('knownGivenName: a full name that opens with a known given name is a person, with no other cue', () => {
  const personsOf = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);

  it('"In Oslo, Ingrid Holmvik has handed over the reins to Xavier Lundqvist"', () => {
    const x = run('In Oslo, Ingrid Holmvik has handed over the reins to Xavier Lundqvist after the vote.');
    expect(personsOf(x)).toEqual(['Ingrid Holmvik', 'Xavier Lundqvist']);
  });

  it('near-miss: a given name before a common word or a country is no person', () => {
    const x = run(
      'Christian Democrat members voted. Victoria Falls drew visitors, and Jordan Valley farmers sold dates to Georgia Chile traders.',
    );
    expect(personsOf(x)).toEqual([]);
  });
});

describe('Cabinet Secretary and "the CS"', () => {
  it('"Cabinet Secretary X" is the title, and "“...,” the CS said" is X\'s', () => {
    const x = run(
      'Cabinet Secretary Ana Ruiz met her Peruvian counterpart Tomas Vidal in Lima on Monday. “Chile stands ready to widen trade with Peru this year,” the CS said.',
    );
    expect(x.persons.find((p) => p.name === 'Ana Ruiz')?.roles.map((r) => r.title)).toEqual([
      'Cabinet Secretary',
    ]);
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });

  it('near-miss: "the CS said" with no Cabinet Secretary in the text names no one', () => {
    const x = run(
      'Foreign Minister Ana Ruiz met her Peruvian counterpart Tomas Vidal in Lima on Monday. “We will widen the port,” the CS said.',
    );
    expect(speakersOf(x)).toEqual([]);
  });
});

describe('visits told by where the visitor arrived, and trips', () => {
  const meetingsOf = (x: ReturnType<typeof run>): Array<[string, Array<string | null>]> =>
    x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p))]);

  it('"arrived in Peru on Monday for a three-day official visit" is a visit to Peru', () => {
    const x = run('President Ana Ruiz of Chile arrived in Peru on Monday for a three-day official visit.');
    expect(meetingsOf(x)).toEqual([['bilateral', ['Ana Ruiz', 'Peru']]]);
  });

  it('"is on a two-day trip to Peru" is a visit to Peru', () => {
    const x = run('Chilean President Ana Ruiz is on a two-day trip to Peru.');
    expect(meetingsOf(x)).toEqual([['bilateral', ['Ana Ruiz', 'Peru']]]);
  });

  it('near-miss: "arrived in Lima for the summit" is the summit, and "the trip to the Andes" no visit', () => {
    const x = run(
      'President Ana Ruiz of Chile arrived in Lima for the summit of the Andean Forum. The trip to the Andes was long, Ruiz said.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });

  it('near-miss: "frequent trips to Peru" tell a habit, no visit', () => {
    const x = run('President Ana Ruiz of Chile is tired of her frequent trips to Peru.');
    expect(x.meetings).toEqual([]);
  });
});

describe('"cited" names reasons in words', () => {
  const talks = 'Cabinet Secretary Ana Ruiz met her Peruvian counterpart Tomas Vidal in Lima on Monday.';

  it('"On trade, Ruiz cited rising freight costs" is a statement of Ruiz', () => {
    const x = run(`${talks} On trade, Ruiz cited rising freight costs and delays at the border.`);
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });

  it('near-miss: "was cited by the court" and "cited for" are no words of hers', () => {
    const x = run(`${talks} Ruiz was cited by the court in May. Vidal was cited for bravery.`);
    expect(speakersOf(x)).toEqual([]);
  });
});
