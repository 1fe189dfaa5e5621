import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('attendedSitting: "delegates took part in their 5th Regional Forum"', () => {
  it('keeps the sitting taken part in, told with "their"', () => {
    const x = run(
      'Delegates from the twelve member states of the Andean Community took part in their 5th Regional Forum to discuss trade.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });

  it('near-miss: a forum only mentioned, with nothing taken part in, is no sitting', () => {
    const x = run(
      'Delegates from the twelve member states of the Andean Community praised their 5th Regional Forum.',
    );
    expect(x.meetings).toHaveLength(0);
  });
});

describe('topics: the main clause taken up again after a relative one ends the topic', () => {
  it('"The forum, which centred on trade, took place today" gives the topic "trade" alone', () => {
    const x = run(
      'Lima, 3 March 2025. The 5th Andean Community Regional Forum, which centred on trade, took place today in Lima.',
    );
    expect(x.meetings[0]?.topics).toEqual(['trade']);
  });

  it('a quotation opened after the topic and not closed in it is no part of it ("the Amazon “above all")', () => {
    const x = run(
      'President Ana Ruiz spoke by telephone with President Tom Berg on Wednesday, discussing trade and the Amazon “above all.”',
    );
    expect(x.meetings[0]?.topics).toEqual(['trade', 'Amazon']);
  });

  it('near-miss: a list of topics after "centred on" keeps every item', () => {
    const x = run(
      'The 5th Andean Community Regional Forum took place today in Lima and centred on trade, migration and energy.',
    );
    expect(x.meetings[0]?.topics).toEqual(['trade', 'migration', 'energy']);
  });
});

describe('"It was hosted by X in the presence of Y" after a sitting', () => {
  const first = 'The 5th Andean Community Regional Forum was held in Lima on Monday.';

  it('seats the host and the one present at the sitting, with no talks of their own', () => {
    const x = run(
      `${first} It was hosted by Pablo Soria, Ecuador's foreign minister, in the presence of Secretary General Eva Lind of the Andean Community.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Eva Lind', 'Pablo Soria']),
    );
  });

  it('near-miss: "X hosted Y for talks" after the sitting is their own meeting', () => {
    const x = run(
      `${first} Later, Pablo Soria, the Minister of Foreign Affairs of Ecuador, hosted Eva Lind, the Secretary General of the Andean Community, at his ministry.`,
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('DAY_POSSESSIVE_BEFORE: "This morning\'s meeting" names the sitting told that morning', () => {
  const first =
    'Several chairs stood empty at the Andean Community summit in Lima this morning as the leaders began their work.';

  it('is the summit, and who opened it was there', () => {
    const x = run(`${first} This morning's opening session was chaired by Peruvian president Ana Ruiz.`);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toContain('Ana Ruiz');
  });

  it('near-miss: "next morning\'s meeting" is another sitting', () => {
    const x = run(
      `${first} Next morning's meeting of the ministers will be opened by Peruvian president Ana Ruiz.`,
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('titleCaseAcronym: "Saarc", "Nato" as house styles write them; "AU" is the African Union', () => {
  it('reads "the 19th Saarc Summit" as the summit of the South Asian Association for Regional Cooperation', () => {
    const x = run('Leaders arrived in Male for the 19th Saarc Summit on Monday.');
    expect(x.organizations.map((o) => o.name)).toContain('South Asian Association for Regional Cooperation');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });

  it('"Ministers came to Kigali for the 31st AU Summit" is an African Union summit there', () => {
    const x = run('Ministers came to Kigali for the 31st AU Summit on Monday.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['African Union']);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Kigali');
  });

  it('near-miss: a title-case acronym that is a word ("Rats") or a town ("Alba") names no organization', () => {
    const x = run('Rats were found in the Alba depot on Monday, officials said.');
    expect(x.organizations).toHaveLength(0);
  });

  it('near-miss: "came to Kigali for a rest" names no sitting', () => {
    const x = run('Ministers came to Kigali for a rest on Monday.');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('a body named after its alliance, of an alliance the gazetteer lists no bodies of', () => {
  it('"the Council of Ministers of ECOWAS" is a body of ECOWAS', () => {
    const x = run('The Council of Ministers of ECOWAS met in Abuja on Monday.');
    const body = x.organizations.find((o) => o.name === 'Council of Ministers of ECOWAS');
    expect(body).toBeDefined();
    expect(x.nameOf(body?.parent ?? null)).toBe('Economic Community of West African States');
  });

  it('"The Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS)" is its body', () => {
    const x = run(
      'The Authority of Heads of State and Government of the Economic Community of West African States (ECOWAS) met for an extraordinary session in Accra on Friday.',
    );
    expect(x.organizations.map((o) => o.name)).toContain(
      'Authority of Heads of State and Government of the Economic Community of West African States',
    );
  });

  it('near-miss: "the Council of Ministers of Ghana" is no body of an alliance', () => {
    const x = run('The Council of Ministers of Ghana met in Accra on Monday.');
    expect(x.organizations.every((o) => o.parent === null || o.parent === undefined)).toBe(true);
  });
});

describe('JOINT_BODY_AFTER + pairedCountryBefore: "the fifth session of the Chile–Peru Joint Commission"', () => {
  it('names the joint body with both countries, and both countries sit', () => {
    const x = run('The fifth session of the Chile–Peru Joint Commission was held in Lima on Monday.');
    expect(x.organizations.map((o) => o.name)).toContain('Chile–Peru Joint Commission');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Chile', 'Peru']),
    );
  });

  it('near-miss: a joint body named for one region seats no country', () => {
    const x = run('The fifth session of the Andean Joint Commission was held in Lima on Monday.');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Andean Joint Commission']);
  });
});
