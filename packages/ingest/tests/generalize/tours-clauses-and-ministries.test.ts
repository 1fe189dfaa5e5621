import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const meetingsOf = (x: X): string[][] => x.meetings.map((m) => m.participants.map((p) => x.nameOf(p) ?? '?'));
const speakersOf = (x: X): Array<string | null> => x.statements.map((s) => x.nameOf(s.speaker));
const roleCountryOf = (x: X, name: string): string | null | undefined => {
  const role = x.persons.find((p) => p.name === name)?.roles[0];
  return role ? x.nameOf(role.country) : undefined;
};
const orgNames = (x: X): string[] => x.organizations.map((o) => o.name);

describe('oneVisitPerCountry: "will pay official visits to Chile, Peru and Bolivia"', () => {
  it('is one visit of the traveller to each country listed', () => {
    const x = run(
      'Norwegian Foreign Minister Ana Berg will pay official visits to Chile, Peru and Bolivia next week.',
    );
    expect(meetingsOf(x)).toEqual([
      ['Ana Berg', 'Chile'],
      ['Ana Berg', 'Peru'],
      ['Ana Berg', 'Bolivia'],
    ]);
    expect(x.meetings.every((m) => m.status === 'planned')).toBe(true);
  });
  it('"visited Chile and Peru" is two visits', () => {
    expect(meetingsOf(run('Norwegian Foreign Minister Ana Berg visited Chile and Peru last week.'))).toEqual([
      ['Ana Berg', 'Chile'],
      ['Ana Berg', 'Peru'],
    ]);
  });
  it('near-miss: "visited Chile and Peru’s border posts" visits one country', () => {
    expect(
      meetingsOf(run('Norwegian Foreign Minister Ana Berg visited Chile and Peru’s border posts last week.')),
    ).toEqual([['Ana Berg', 'Chile']]);
  });
});

describe('partnerCountry: the countries a minister visits are not the minister’s own', () => {
  it('"Foreign Minister X will pay visits to Chile and Peru" gives X no country', () => {
    const x = run('Foreign Minister Ana Berg will pay official visits to Chile and Peru next week.');
    expect(roleCountryOf(x, 'Ana Berg')).toBeNull();
  });
  it('"Foreign Minister X visited Chile" gives X no country', () => {
    expect(roleCountryOf(run('Foreign Minister Ana Berg visited Chile last week.'), 'Ana Berg')).toBeNull();
  });
  it('near-miss: "Foreign Minister X said Chile would sign" still gives the sole country', () => {
    expect(roleCountryOf(run('Foreign Minister Ana Berg said Chile would sign the deal.'), 'Ana Berg')).toBe(
      'Chile',
    );
  });
});

describe('personBeforeParticipialClause: a relative clause between the subject and the verb', () => {
  it('"X, who handed the chair to his counterpart, Y, revealed" is said by X, and so is the "he" after', () => {
    const x = run(
      'Brazilian President Ana Lula met the bloc’s leaders. Lula, who handed over the presidency of the bloc to his Paraguayan counterpart, Santiago Peña, revealed details of the talks. "It was unacceptable," he said.',
    );
    expect(speakersOf(x)).toEqual(['Ana Lula', 'Ana Lula']);
  });
  it('near-miss: "X met Y, who said ..." is said by Y', () => {
    const x = run('President Ana Ruiz met Prime Minister Jon Dahl, who said the talks were useful.');
    expect(speakersOf(x)).toEqual(['Jon Dahl']);
  });
});

describe('speakerAfterVerb: "said <body> <title> <name>" is said by the holder', () => {
  it('the person after the body’s title speaks, not the body', () => {
    const x = run(
      'Terror is spreading across the region, said African Union Commission Chairperson Dr. Jean Ping at the opening of the summit.',
    );
    expect(speakersOf(x)).toEqual(['Jean Ping']);
  });
  it('near-miss: "said the African Union Commission in a statement" is said by the body', () => {
    const x = run('Terror is spreading across the region, said the African Union Commission in a statement.');
    expect(speakersOf(x)).toEqual(['African Union Commission']);
  });
});

describe('passiveAgent: "was announced yesterday by X"', () => {
  it('a time between the passive verb and "by" keeps the agent the speaker', () => {
    const x = run(
      'Australian Foreign Minister Alexander Downer held talks in Wellington. The move was announced yesterday by Mr Downer after the talks.',
    );
    expect(speakersOf(x)).toContain('Alexander Downer');
  });
  it('near-miss: "was announced yesterday in Wellington" names no agent', () => {
    const x = run(
      'Australian Foreign Minister Alexander Downer held talks in Wellington. The move was announced yesterday in Wellington.',
    );
    expect(speakersOf(x)).toEqual([]);
  });
});

describe('numberedForum: "the 26th OSCE Ministerial Council" is a sitting', () => {
  it('is a session, and who opens it takes part', () => {
    const x = run(
      'Opening the 26th OSCE Ministerial Council in Bratislava on Thursday, Slovak Foreign Minister Miroslav Lajcak called for greater cooperation.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
    expect(meetingsOf(x)[0]).toContain('Miroslav Lajcak');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Bratislava');
  });
  it('near-miss: a party’s numbered "Central Committee" is its term, no sitting', () => {
    expect(
      run('Opening the 19th Central Committee in Beijing on Monday, Xi Jinping called for unity.').meetings,
    ).toEqual([]);
  });
});

describe('ministriesOfCountries: "the Ministries of Foreign Affairs of Kenya and Uganda"', () => {
  it('is one ministry of each country', () => {
    const x = run(
      'The president urged the Ministries of Foreign Affairs of Kenya and Uganda to speed up the work.',
    );
    expect(orgNames(x)).toEqual([
      'Ministry of Foreign Affairs of Kenya',
      'Ministry of Foreign Affairs of Uganda',
    ]);
  });
  it('"the defence ministries of Chile, Peru and Bolivia" names three', () => {
    expect(orgNames(run('The defence ministries of Chile, Peru and Bolivia signed a pact.'))).toEqual([
      'Ministry of Defense of Chile',
      'Ministry of Defense of Peru',
      'Ministry of Defense of Bolivia',
    ]);
  });
  it('near-miss: a list with something else than countries names none', () => {
    expect(orgNames(run('The defence ministries of Chile and the region signed a pact.'))).toEqual([]);
  });
});

describe('onlyCountryOfField: "the Ministry of External Affairs" is India’s', () => {
  it('in a story of two countries, it still speaks', () => {
    const x = run('India and the US agreed to deepen their ties, said the Ministry of External Affairs.');
    expect(speakersOf(x)).toEqual(['Ministry of External Affairs of India']);
  });
  it('near-miss: another country’s own "Ministry of External Affairs" keeps its country', () => {
    const x = run('Bhutan’s Ministry of External Affairs said ties with Nepal were strong.');
    expect(speakersOf(x)).toEqual(['Ministry of External Affairs of Bhutan']);
  });
});

describe('knownFormsBefore: "The Visegrad Group (V4)" defines V4, no outlet', () => {
  it('the short form is the group’s, and no media record is made of it', () => {
    const x = run(
      'The Visegrad Group (V4) will support the plan, Polish Foreign Minister Jacek Czaputowicz said. The V4 ministers agreed.',
    );
    expect(x.organizations.filter((o) => o.orgKind === 'media')).toEqual([]);
    expect(x.organizations.find((o) => o.name === 'Visegrad Group')?.aliases).toContain('V4');
  });
  it('near-miss: a dateline "MOSCOW (Sputnik)" still names the outlet', () => {
    const x = run('MOSCOW (Sputnik) - The Visegrad Group will meet next week.');
    expect(x.organizations.filter((o) => o.orgKind === 'media').map((o) => o.name)).toEqual(['Sputnik']);
  });
});

describe('nameTailAfterHead: an initiative or commission named by its purpose after "for"', () => {
  it('"the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation" is one name', () => {
    const x = run(
      'The summit of the Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation began in Kathmandu.',
    );
    expect(orgNames(x)).toEqual([
      'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation',
    ]);
  });
  it('near-miss: "the Joint Commission for two years" ends at its head', () => {
    expect(orgNames(run('The Joint Commission for two years did little.'))).toEqual(['Joint Commission']);
  });
});
