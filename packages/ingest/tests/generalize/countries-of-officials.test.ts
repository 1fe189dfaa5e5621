import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const rolesOf = (x: X, name: string): string[] =>
  (x.persons.find((p) => p.name === name || p.aliases.includes(name))?.roles ?? []).map(
    (r) => `${r.title}/${x.nameOf(r.organization) ?? '-'}/${x.nameOf(r.country) ?? '-'}`,
  );

describe('afterWhoIs: "X, who is also Country’s TITLE," is an appositive role', () => {
  it('gives the title and the country of the relative clause', () => {
    const x = run(
      'Tom Lind said he and Ana Berg, who is also Norway’s deputy prime minister, discussed energy.',
    );
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Deputy prime minister/-/Norway']);
  });
  it('near-miss: a relative clause that tells what the person did gives no role', () => {
    const x = run('Tom Lind said Ana Berg, who met the minister on Monday, discussed energy.');
    expect(rolesOf(x, 'Ana Berg')).toEqual([]);
  });
});

describe('rolesFromNationalDescriptions: a description tells the country of a role that states none', () => {
  it('"The Egyptian foreign minister stressed" gives the foreign minister Egypt and its ministry', () => {
    const x = run(
      'Foreign Minister Sami Adel on Sunday spoke by phone with US Secretary of State Tom Lind. The Egyptian foreign minister stressed that the war must stop.',
    );
    expect(rolesOf(x, 'Sami Adel')).toEqual(['Foreign Minister/Ministry of Foreign Affairs of Egypt/Egypt']);
    expect(rolesOf(x, 'Tom Lind')).toEqual([
      'Secretary of State/Department of State of the United States/United States',
    ]);
  });
  it('"Germany’s defence minister told" gives a person named with no title that title', () => {
    const x = run(
      'Germany’s Tom Lind arrived in Oslo on Monday. Germany’s defence minister told reporters it went well.',
    );
    expect(rolesOf(x, 'Tom Lind')).toEqual(['defence minister/Ministry of Defense of Germany/Germany']);
  });
  it('near-miss: a person whose role names another country keeps it', () => {
    const x = run(
      'Polish Foreign Minister Ana Berg spoke by phone with Foreign Minister Tom Lind. The Egyptian foreign minister stressed that the war must stop.',
    );
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Foreign Minister/Ministry of Foreign Affairs of Poland/Poland']);
  });
});

describe('hostsOfThePlace: officials of no stated country who receive a visitor in their city', () => {
  it('the host of a visit to Hanoi is Vietnam’s foreign minister', () => {
    const x = run(
      'Foreign Minister Tran Van Long received Indonesian Foreign Minister Siti Rahma in Hanoi on Monday.',
    );
    expect(rolesOf(x, 'Tran Van Long')).toEqual([
      'Foreign Minister/Ministry of Foreign Affairs of Vietnam/Vietnam',
    ]);
  });
  it('near-miss: a meeting not told as a visit leaves the minister’s country unstated', () => {
    const x = run(
      'Foreign Minister Wang Li met Indonesian Foreign Minister Siti Rahma in Vientiane on Monday.',
    );
    expect(rolesOf(x, 'Wang Li')).toEqual(['Foreign Minister/-/-']);
  });
  it('near-miss: a visitor of the place’s own country makes no one a host', () => {
    const x = run(
      'President Ana Berg welcomed Vietnamese Foreign Minister Tran Van Long in Hanoi on Monday.',
    );
    expect(rolesOf(x, 'Ana Berg')).toEqual(['President/-/-']);
  });
});

describe('counterpartRole: the counterpart’s ministry follows from the title alone', () => {
  it('"Foreign Minister X met his Indonesian counterpart Y" gives Y Indonesia’s foreign ministry', () => {
    const x = run(
      'Foreign Minister Wang Li met his Indonesian counterpart Siti Rahma in Vientiane on Monday.',
    );
    expect(rolesOf(x, 'Siti Rahma')).toEqual([
      'Foreign Minister/Ministry of Foreign Affairs of Indonesia/Indonesia',
    ]);
  });
  it('near-miss: a counterpart of a president gets no ministry', () => {
    const x = run('President Ana Berg met his Indonesian counterpart Siti Rahma in Jakarta on Monday.');
    expect(rolesOf(x, 'Siti Rahma')).toEqual(['President/-/Indonesia']);
  });
});

describe('a description of a minister is no prime minister', () => {
  it('"Germany’s defence minister told reporters" is not the deputy prime minister named before', () => {
    const x = run(
      'Polish Deputy Prime Minister Ana Berg hosted Tom Lind in Warsaw. Germany’s defence minister told reporters that the talks had been “very open”.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Ana Berg');
  });
  it('near-miss: "the minister said" is the minister named before', () => {
    const x = run(
      'Defence Minister Ana Berg hosted Tom Lind in Warsaw. The minister said that the talks had been “very open”.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Berg']);
  });
});

describe('portfolioOfTitle: "Minister of the Interior Ana Ruiz" keeps the portfolio in the title', () => {
  it('the name is Ana Ruiz and the title the whole office', () => {
    const x = run('Moroccan Minister of the Interior Ana Ruiz met Tom Lind in Madrid.');
    expect(rolesOf(x, 'Ana Ruiz')).toEqual([
      'Minister of the Interior/Ministry of Internal Affairs of Morocco/Morocco',
    ]);
  });
  it('near-miss: a capitalised word after "of the" that is no portfolio stays in the name', () => {
    const x = run('The Secretary of the Navy Ana Ruiz met Tom Lind.');
    expect(x.persons.map((p) => p.name)).toContain('Ana Ruiz');
    expect(rolesOf(x, 'Ana Ruiz')).toEqual(['Secretary of the Navy/-/-']);
  });
});

describe('"…», said the Spanish minister. He noted …": the described speaker is who "he" is', () => {
  const text =
    'Moroccan Interior Minister Ana Berg held talks with his Spanish counterpart Tom Lind in Madrid. «We discussed migration», Berg said. «We have mainly addressed migration», said the Spanish minister. He noted that both kingdoms favour legal migration.';
  it('the pronoun after an inverted description is that speaker', () => {
    const x = run(text);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Berg', 'Tom Lind', 'Tom Lind']);
  });
  it('near-miss: without the description, "he" is still the last subject named', () => {
    const x = run(text.replace('«We have mainly addressed migration», said the Spanish minister. ', ''));
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Berg', 'Ana Berg']);
  });
});

describe('onlyOneUntitled: a national description of a ministry’s branch is the one person named with no role', () => {
  const told = 'Germany’s defence minister told reporters that the talks had been “very open”.';
  it('the guest of a Polish host is "Germany’s defence minister"', () => {
    const x = run(`Polish Deputy Prime Minister Ana Berg hosted Tom Lind in Warsaw on Wednesday. ${told}`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Tom Lind']);
    expect(rolesOf(x, 'Tom Lind')).toEqual(['defence minister/Ministry of Defense of Germany/Germany']);
  });
  it('near-miss: two persons with no role leave it unresolved', () => {
    const x = run(
      `Polish Deputy Prime Minister Ana Berg hosted Tom Lind and Ivo Kask in Warsaw on Wednesday. ${told}`,
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Tom Lind');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Ivo Kask');
  });
  it('near-miss: a description of an office, not a ministry’s branch, is not the untitled person', () => {
    const x = run(
      'Polish Prime Minister Ana Berg met Tom Lind in Warsaw. The press secretary of the President of Russia said the talks were “a fiasco”.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Tom Lind');
  });
});

describe('"X hosted Y": the guest after "hosted" is a person, as after "received"', () => {
  it('the host and the guest meet', () => {
    const x = run('Mariusz Kowalczyk hosted Boris Pistorius in Warsaw on Wednesday.');
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Mariusz Kowalczyk', 'Boris Pistorius'],
    ]);
  });
  it('near-miss: a hosted event names no person', () => {
    expect(
      run('Mariusz Kowalczyk hosted the Security Forum in Warsaw on Wednesday.').persons.map((p) => p.name),
    ).toEqual(['Mariusz Kowalczyk']);
  });
});

describe('pluralTitleOfCountriesThenNames: "Ministers of A, B, C and D, W, X, Y and Z, respectively"', () => {
  const text =
    'Foreign Ministers of Norway, Chile, Peru and Kenya, Ana Berg, Tomas Vidal, Pablo Soria and Ivo Kask, respectively, participated in the meeting.';
  it('pairs each name with the country of the same rank', () => {
    const x = run(text);
    expect(rolesOf(x, 'Tomas Vidal')).toEqual([
      'Foreign Minister/Ministry of Foreign Affairs of Chile/Chile',
    ]);
    expect(rolesOf(x, 'Ivo Kask')).toEqual(['Foreign Minister/Ministry of Foreign Affairs of Kenya/Kenya']);
  });
  it('near-miss: a list of names of another length pairs none', () => {
    const x = run(text.replace(' and Ivo Kask', ''));
    expect(rolesOf(x, 'Tomas Vidal')).toEqual([]);
  });
});

describe('definiteOfficialNamed: "The top Chilean government official" is the Chilean named before', () => {
  const talks =
    'Chilean Foreign Minister Ana Soto held talks with his Cuban counterpart Tom Ruiz in Havana on Thursday.';
  it('the definite official is the minister of that country', () => {
    const x = run(
      `${talks} The top Chilean government official reiterated his country's support for the talks.`,
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Soto']);
  });
  it('near-miss: "a senior Chilean government official" is someone unnamed, for the government', () => {
    const x = run(`${talks} A senior Chilean government official said the talks were useful.`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Government of Chile']);
  });
});
