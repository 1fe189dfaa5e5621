import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const participantsOf = (x: X, i = 0): Array<string | null> =>
  (x.meetings[i]?.participants ?? []).map((p) => x.nameOf(p));
const rolesOf = (x: X, name: string): string[] =>
  (x.persons.find((p) => p.name === name)?.roles ?? []).map((r) => r.title);
const countryOf = (x: X, name: string): string | null | undefined => {
  const role = x.persons.find((p) => p.name === name)?.roles[0];
  return role ? x.nameOf(role.country) : undefined;
};

describe('titleHoldsAnotherName: a title read back over a comma that holds another name is not this one’s', () => {
  it('"met Secretary of State Tom Lind, Berg said": Berg keeps only her own title', () => {
    const x = run('Foreign Minister Ana Berg met Secretary of State Tom Lind, Berg said.');
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Foreign Minister']);
    expect(rolesOf(x, 'Tom Lind')).toEqual(['Secretary of State']);
  });
  it('near-miss: a long portfolio with no name in it stays whole', () => {
    const x = run(
      'He met the Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita, in Rabat.',
    );
    expect(rolesOf(x, 'Nasser Bourita')).toEqual([
      'Minister of Foreign Affairs, African Cooperation and Moroccans Abroad',
    ]);
  });
});

describe('countryAsSubjectMatter / inRelativeClauseAfter: the sole country of a sentence is not always the minister’s', () => {
  it('"overshadowed by the wars in Ukraine and Gaza" gives the minister no country', () => {
    const x = run(
      'Finance Minister Ana Berg told a news conference in Lima that was overshadowed by the wars in Ukraine and Gaza.',
    );
    expect(countryOf(x, 'Ana Berg')).toBeNull();
    const y = run('Finance Minister Ana Berg spoke in Lima, which was hit by the crisis in Peru.');
    expect(countryOf(y, 'Ana Berg')).toBeNull();
  });
  it('near-miss: "of Chile" after the name is hers, whatever crisis follows', () => {
    const x = run('Foreign Minister Ana Ruiz of Chile spoke about the crisis in Peru.');
    expect(countryOf(x, 'Ana Ruiz')).toBe('Chile');
  });
});

describe('spokeOnSidelines: two who spoke on the margins of a gathering met there', () => {
  it('"spoke briefly on the margins of the G20 meeting" is their meeting within the G20 one', () => {
    const x = run('Ana Berg and Tom Lind spoke briefly on the margins of the G20 meeting in New Delhi.');
    const pair = x.meetings.find((m) => m.meetingKind === 'bilateral');
    expect(pair?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Berg', 'Tom Lind']);
    expect(pair?.within).not.toBeNull();
  });
  it('near-miss: "spoke at the summit" is an address, no meeting of two', () => {
    const x = run('Ana Berg spoke at the summit in Oslo on Monday.');
    expect(x.meetings.filter((m) => m.meetingKind === 'bilateral')).toEqual([]);
  });
});

describe('hostCountryOfVisit: "At the invitation of X, Y paid a state visit to Z" is the visit told', () => {
  it('the visitor and the country visited', () => {
    const x = run(
      'At the invitation of President Ana Berg, Polish President Tom Lind paid a state visit to Norway on Monday.',
    );
    expect(participantsOf(x)).toEqual(['Tom Lind', 'Norway']);
  });
  it('near-miss: "handed over an invitation to X to visit Warsaw" is no visit yet', () => {
    expect(run('Tom Lind handed over an invitation to Ana Berg to visit Warsaw.').meetings).toEqual([]);
  });
});

describe('retreats: "the Foreign Ministers’ Retreat", "the Leaders’ Retreat" are informal sittings', () => {
  it('a ministers’ retreat of a union is multilateral, at its place', () => {
    const x = run(
      'Speaking after the Asean Foreign Ministers’ Retreat in Luang Prabang on Monday, Foreign Minister Tom Lind said the bloc was united.',
    );
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Luang Prabang');
  });
  it('a retreat of two leaders is bilateral', () => {
    const x = run(
      'Prime Minister Ana Berg and Prime Minister Tom Lind co-chaired the annual Leaders’ Retreat in Oslo.',
    );
    expect(x.meetings[0]?.meetingKind).toBe('bilateral');
    expect(participantsOf(x)).toEqual(['Ana Berg', 'Tom Lind']);
  });
  it('near-miss: "a mountain retreat" is a place to stay', () => {
    expect(run('The two leaders spent the weekend at a mountain retreat.').meetings).toEqual([]);
  });
});

describe('acronymInTitleCase: "the Asean Regional Forum" is a body of ASEAN', () => {
  it('named whole, not "Regional Forum"', () => {
    const x = run('The Asean Regional Forum met in Vientiane on Monday. ASEAN ministers attended.');
    expect(x.organizations.map((o) => o.name)).toContain('Asean Regional Forum');
    expect(x.organizations.map((o) => o.name)).not.toContain('Regional Forum');
  });
  it('near-miss: a title-case word that is no acronym of the alliance stays out of the name', () => {
    const x = run('ASEAN ministers met. The Pacific Regional Forum met in Suva on Monday.');
    expect(x.organizations.map((o) => o.name)).toContain('Pacific Regional Forum');
  });
});

describe('gatheredForSitting: "converged in Abuja for the 68th Ordinary Session" tells the sitting as held', () => {
  it('a summit of the alliance, in Abuja', () => {
    const x = run(
      'Regional leaders of the Economic Community of West African States (ECOWAS) on Sunday converged in Abuja for the 68th Ordinary Session of the Authority of Heads of State and Government.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Abuja');
  });
  it('near-miss: "converged on the need for a session" tells no sitting held', () => {
    const x = run('The two parties converged on the need for a session on trade.');
    expect(x.meetings).toEqual([]);
  });
});

describe('forumSits: a body’s sitting lists the body beside the persons told at it', () => {
  it('a summit with two named leaders has its alliance too', () => {
    const x = run('President Ana Berg and President Tom Lind attended the ECOWAS summit in Abuja on Sunday.');
    expect(participantsOf(x)).toEqual(expect.arrayContaining(['Ana Berg', 'Tom Lind']));
    expect(participantsOf(x)).toContain('Economic Community of West African States');
  });
  it('near-miss: a bilateral meeting of two on the same day lists no body', () => {
    const x = run('President Ana Berg met President Tom Lind in Abuja on Sunday.');
    expect(participantsOf(x)).toEqual(['Ana Berg', 'Tom Lind']);
  });
});

describe('holdersStandForCountries: "the prime ministers of A, B and C met" are the story’s prime ministers', () => {
  const text =
    'The prime ministers of Belgium, the Netherlands and Luxembourg met at Senningen Castle on Tuesday. Dutch PM Dick Schoof said the talks were useful. Belgian PM Bart De Wever agreed.';
  it('each country whose prime minister the story names stands for that person', () => {
    const x = run(text);
    expect(participantsOf(x)).toEqual(expect.arrayContaining(['Dick Schoof', 'Bart De Wever', 'Luxembourg']));
    expect(participantsOf(x)).not.toContain('Belgium');
  });
  it('near-miss: a foreign minister does not stand for the country of "the presidents of"', () => {
    const x = run(
      'The presidents of Chile and Peru met in Lima on Monday. Chilean Foreign Minister Ana Ruiz said the talks went well.',
    );
    expect(participantsOf(x)).toEqual(['Chile', 'Peru']);
  });
});

describe('representedIn: who was represented stayed away', () => {
  it('"President X, represented by Vice President Y, opened the summit": Y sat, X did not', () => {
    const x = run(
      'President Ana Ruiz, represented by Vice President Tom Lind, opened the summit of the Andean Community in Lima on Monday.',
    );
    expect(participantsOf(x)).toContain('Tom Lind');
    expect(participantsOf(x)).not.toContain('Ana Ruiz');
  });
  it('near-miss: "She represented Chile at the summit" keeps her', () => {
    const x = run(
      'President Ana Ruiz represented Chile at the summit of the Andean Community in Lima on Monday.',
    );
    expect(participantsOf(x)).toContain('Ana Ruiz');
  });
});

describe('topics end before how the talks were held: "in a phone call"', () => {
  it('"discussed bilateral relations in a phone call on Sunday" is about bilateral relations', () => {
    const x = run(
      'President Ana Berg and her Chilean counterpart Tom Lind discussed bilateral relations in a phone call on Sunday.',
    );
    expect(x.meetings[0]?.topics).toEqual(['bilateral relations']);
  });
  it('near-miss: "progress in the Geneva talks" keeps what follows "in the"', () => {
    const x = run(
      'President Ana Berg and President Tom Lind met in Oslo and discussed progress in the Geneva talks.',
    );
    expect(x.meetings[0]?.topics.join(' ')).toContain('Geneva talks');
  });
});
