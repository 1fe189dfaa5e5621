import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const personNames = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);
const participants = (x: ReturnType<typeof run>): Array<Array<string | null>> =>
  x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)));

describe('portfolioOfTitle: "Minister for Trade and Export Growth X"', () => {
  it('a portfolio after another portfolio word opens no name', () => {
    const x = run(
      'The meeting is co-chaired by Minister for Trade and Export Growth Ana Ruiz of New Zealand.',
    );
    expect(personNames(x)).toEqual(['Ana Ruiz']);
  });
  it('near-miss: a name after a portfolio word outside a title is still a name', () => {
    const x = run('Export Growth Ana Ruiz said the talks went well.');
    expect(personNames(x)).not.toContain('Ana Ruiz');
  });
});

describe('"the 2021 APEC Ministerial Meeting" is a session, and "precedes the Leaders’ Meeting on 12 November" another sitting', () => {
  const text =
    'Ministers of the Andean Community are meeting in Lima this week. The 2021 Andean Community Ministerial Meeting is co-chaired by Peruvian Foreign Minister Ana Ruiz and Trade Minister Tomas Vidal. The meeting precedes the Andean Community Leaders’ Meeting on 12 November.';
  it('the ministerial is a session and the leaders’ meeting a summit of its own', () => {
    const x = run(text);
    expect(x.meetings.map((m) => m.meetingKind).sort()).toEqual(['session', 'summit']);
  });
  it('near-miss: a leaders’ meeting with neither day nor place nor anyone is a passing mention', () => {
    const x = run(
      'The 2021 Andean Community Ministerial Meeting is co-chaired by Peruvian Foreign Minister Ana Ruiz and Trade Minister Tomas Vidal. Leaders’ Meetings are a tradition.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
});

describe('appositives: "X, a senior adviser to Y,", "X, an adviser to Iran’s Supreme Leader Ayatollah Y,"', () => {
  it('a qualifier before the title head keeps the appositive', () => {
    const x = run('Ana Ruiz, a senior adviser to the president, arrived in Doha on Monday.');
    expect(personNames(x)).toEqual(['Ana Ruiz']);
  });
  it('a person named as the title’s object makes no list, keeps his own title and loses the style', () => {
    const x = run(
      "Ali Larijani, an adviser to Iran's Supreme Leader Ayatollah Ali Khamenei, arrived in Doha.",
    );
    expect(personNames(x)).toEqual(['Ali Larijani', 'Ali Khamenei']);
    expect(x.persons[1]?.roles.map((r) => r.title)).toEqual(['Supreme Leader']);
  });
  it('near-miss: a list of titled names is no appositive', () => {
    const x = run('The leaders, Xi Jinping, Russian President Vladimir Putin and Ana Ruiz, met in Minsk.');
    expect(x.persons.find((p) => p.name === 'Xi Jinping')?.roles ?? []).toEqual([]);
  });
});

describe('describedObjectOfTrigger: "was expected to meet with the emir"', () => {
  it('the description stands for the person of the story who holds that title', () => {
    const x = run(
      "Qatar's Emir Tamim bin Hamad met Donald Trump in Doha. Ali Larijani arrived in Qatar on Wednesday and was expected to meet with the emir.",
    );
    expect(participants(x)).toContainEqual(['Ali Larijani', 'Tamim bin Hamad']);
  });
  it('near-miss: a description nobody holds adds no one', () => {
    const x = run(
      "Qatar's Foreign Minister Tamim bin Hamad met Donald Trump in Doha. Ali Larijani arrived in Qatar on Wednesday and was expected to meet with the emir.",
    );
    expect(participants(x)).not.toContainEqual(['Ali Larijani', 'Tamim bin Hamad']);
  });
});

describe('"Prior to his meeting with the president, X met ...": "prior to" opens a phrase before the subject', () => {
  it('the president before the comma is no title of the name after it', () => {
    const x = run(
      'Algerian President Ana Ruiz received Turkish Foreign Minister Tomas Vidal. Prior to his meeting with the president, Vidal met his Algerian counterpart Marco Lema.',
    );
    expect(x.persons.find((p) => p.name === 'Tomas Vidal')?.roles.map((r) => r.title)).toEqual([
      'Foreign Minister',
    ]);
  });
});

describe('ministries of ministers told by description, coordination or a plural title', () => {
  const orgs = (x: ReturnType<typeof run>): string[] => x.organizations.map((o) => o.name);
  it('"Turkey\'s top diplomat X" is of Turkey’s foreign ministry; a "Russian diplomat" of none', () => {
    expect(orgs(run("Turkey's top diplomat Ana Ruiz met Tomas Vidal in Algiers."))).toContain(
      'Ministry of Foreign Affairs of Turkey',
    );
    expect(orgs(run('A Russian diplomat met Tomas Vidal in Algiers.'))).toEqual([]);
  });
  it('nationalityOfCoordinatedTitle: "Indonesian Foreign Minister A and Defense Minister B" are both Indonesian', () => {
    const x = run(
      "Japan's Foreign Minister Ana Ruiz met with Indonesian Foreign Minister Tomas Vidal and Defense Minister Marco Lema.",
    );
    expect(x.nameOf(x.persons.find((p) => p.name === 'Marco Lema')?.roles[0]?.country ?? null)).toBe(
      'Indonesia',
    );
  });
  it('near-miss: "met Foreign Minister A and Defense Minister B" gives B no nationality', () => {
    const x = run(
      'Ana Ruiz met Foreign Minister Tomas Vidal and Defense Minister Marco Lema in Lima and Quito.',
    );
    expect(x.persons.find((p) => p.name === 'Marco Lema')?.roles[0]?.country ?? null).toBeNull();
  });
  it('pluralTitleFromCountries: "Foreign ministers from A, B and C ... A\'s X, B\'s Y and Z from C"', () => {
    const x = run(
      "Foreign ministers from Chile, Peru and the United States met in Lima on Monday. The talks were attended by Chile's Ana Ruiz, Peru's Tomas Vidal and Marco Lema from the U.S.",
    );
    expect(orgs(x)).toEqual(
      expect.arrayContaining([
        'Ministry of Foreign Affairs of Chile',
        'Ministry of Foreign Affairs of Peru',
        'Department of State of the United States',
      ]),
    );
  });
  it('near-miss: a name of a country not in the list holds no title', () => {
    const x = run(
      "Foreign ministers from Chile and Peru met in Lima on Monday. The talks were attended by Chile's Ana Ruiz, Peru's Tomas Vidal and Canada's Marco Lema.",
    );
    expect(x.persons.find((p) => p.name === 'Marco Lema')?.roles ?? []).toEqual([]);
  });
  it('the Philippines’ foreign ministry is also known by its official name', () => {
    const x = run('Philippine Foreign Secretary Ana Ruiz met Tomas Vidal in Hanoi.');
    expect(
      x.organizations.find((o) => o.name === 'Ministry of Foreign Affairs of the Philippines')?.aliases,
    ).toContain('Department of Foreign Affairs of the Philippines');
  });
});

describe('sidelinesInSameSentence: an acronym in the enclosing sitting’s name', () => {
  it('"on the sidelines of the Group of Seven (G7) summit" links the talks to the summit', () => {
    const x = run(
      'President Ana Ruiz and Prime Minister Tomas Vidal held talks on the sidelines of the Group of Seven (G7) summit in Hiroshima on Friday.',
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    expect(talks?.within).toBe(summit?.ref);
    expect(summit?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });
  it('near-miss: "ahead of the Group of Seven (G7) summit" encloses nothing', () => {
    const x = run(
      'President Ana Ruiz and Prime Minister Tomas Vidal held talks ahead of the Group of Seven (G7) summit in Hiroshima on Friday.',
    );
    expect(x.meetings.every((m) => m.within === null)).toBe(true);
  });
});

describe('capitals standing for their countries, and "the two countries"', () => {
  it('"security talks between Tokyo and Washington" are talks of Japan and the United States', () => {
    const x = run('The ministers met after security talks between Tokyo and Washington on Sunday.');
    expect(participants(x)).toContainEqual(['Japan', 'United States']);
  });
  it('"as Washington and Tehran prepare to resume negotiations. The two countries held talks in Oman last week": two meetings', () => {
    const x = run(
      'Ana Ruiz spoke to reporters as Washington and Tehran prepare to resume negotiations. The two countries held indirect talks in Oman last week.',
    );
    expect(x.meetings.map((m) => [m.status, m.participants.map((p) => x.nameOf(p))])).toEqual([
      ['planned', ['United States', 'Iran']],
      ['held', ['United States', 'Iran']],
    ]);
  });
  it('near-miss: a capital alone is a place, no party ("talks in Tokyo and Osaka")', () => {
    const x = run('Ana Ruiz and Tomas Vidal held talks in Tokyo and Osaka on Sunday.');
    expect(participants(x)).toEqual([['Ana Ruiz', 'Tomas Vidal']]);
  });
});

describe('passiveAfterQuotation: a bare attribution cut off from its quotation', () => {
  it('"“...” Ruiz stated" at a line’s end joins the quotation, with no statement of its own', () => {
    const x = run(
      'President Ana Ruiz met Tomas Vidal in Lima.\n“We will fast track the work. This will boost trade.” Ruiz stated\nThe two also toured the port.',
    );
    expect(x.statements.map((s) => s.quote ?? s.content)).toEqual([
      'We will fast track the work. This will boost trade.',
    ]);
  });
  it('near-miss: "Ruiz stated that ..." after a quotation is a statement of its own', () => {
    const x = run(
      'President Ana Ruiz met Tomas Vidal in Lima.\n“We will fast track the work.” Ruiz stated that the port would open in May.',
    );
    expect(x.statements).toHaveLength(2);
  });
});

describe('findForum: "the Council of Ministers of Defense (CMM) session of the CIS"', () => {
  it('the alliance’s own body named right before the sitting is its forum', () => {
    const x = run(
      'The talks of Ana Ruiz and Tomas Vidal, held during the Council of Ministers of Defense (CMM) session of the Commonwealth of Independent States (CIS), went well.',
    );
    const session = x.meetings.find((m) => m.meetingKind === 'session');
    expect(x.nameOf(session?.forum ?? null)).toBe('Council of Ministers of Defense of the CIS');
  });
  it('near-miss: "a session of the CIS" with no body before it keeps the alliance', () => {
    const x = run(
      'Ana Ruiz and Tomas Vidal met during a session of the Commonwealth of Independent States in Almaty.',
    );
    const session = x.meetings.find((m) => m.meetingKind === 'session');
    expect(x.nameOf(session?.forum ?? null)).toBe('Commonwealth of Independent States');
  });
});

describe('"met with the foreign ministers of Spain A, Latvia B, and Poland C": each is a person, a minister, a meeting', () => {
  const text =
    'Kazakh Foreign Minister Ana Ruiz held talks with his foreign counterparts in New York. His press service reported that Ruiz met with the foreign ministers of Spain Tomas Vidal, Latvia Marco Lema, and Poland Pablo Soria on Sept. 25.';
  it('pluralTitleOfCountryThenName gives each the title for the country before the name', () => {
    const x = run(text);
    expect(x.persons.map((p) => [p.name, x.nameOf(p.roles[0]?.country ?? null)])).toEqual([
      ['Ana Ruiz', 'Kazakhstan'],
      ['Tomas Vidal', 'Spain'],
      ['Marco Lema', 'Latvia'],
      ['Pablo Soria', 'Poland'],
    ]);
  });
  it('splitRetoldByFewer: the lone "held talks with his counterparts" before does not gather the three meetings back', () => {
    const x = run(text);
    expect(participants(x).filter((p) => p.length === 2)).toEqual([
      ['Ana Ruiz', 'Tomas Vidal'],
      ['Ana Ruiz', 'Marco Lema'],
      ['Ana Ruiz', 'Pablo Soria'],
    ]);
  });
  it('near-miss: "the foreign ministers of Spain and Latvia" names no one', () => {
    const x = run('Ana Ruiz met with the foreign ministers of Spain and Latvia on Sept. 25.');
    expect(x.persons.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });
});

describe('styles and press services of news from the Gulf and Central Asia', () => {
  it('"Sheikh Dr. Ahmad" is no person "Sheikh", and "Foreign Minister Sheikh" no title', () => {
    const x = run(
      'Kuwaiti Foreign Minister Sheikh Dr. Ahmad Nasser Al-Sabah said the meeting was timely. “We act in unison,” Sheikh Dr. Ahmad pointed out.',
    );
    expect(x.persons.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([
      ['Ahmad Nasser Al-Sabah', ['Foreign Minister']],
    ]);
  });
  it('near-miss: "Sheikh Hasina" keeps her name', () => {
    expect(run('Prime Minister Sheikh Hasina met Ana Ruiz in Dhaka.').persons.map((p) => p.name)).toContain(
      'Sheikh Hasina',
    );
  });
  it('presidentToldBefore: "the president’s press service said" is the press service of the president named before', () => {
    const x = run(
      'President of Uzbekistan Ana Ruiz received the prime minister of Russia Tomas Vidal on 10 September, the president’s press service said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Press service of the President of Uzbekistan',
    ]);
  });
  it('near-miss: with no president named before, "the president’s press service" names none', () => {
    const x = run('Ana Ruiz received Tomas Vidal on 10 September, the president’s press service said.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Press service of the President of Uzbekistan');
  });
});

describe('blocReferredBack: "The 16-member regional bloc announced" is the union named before', () => {
  it('gives the words to the alliance named last', () => {
    const x = run(
      'The Andean Community summit has been moved to Lima. The five-member regional bloc announced the change in a statement issued yesterday.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Andean Community']);
  });
  it('near-miss: with no union named before, no one speaks', () => {
    const x = run('The summit has been moved to Lima. The regional bloc announced the change yesterday.');
    expect(x.statements).toEqual([]);
  });
});

describe('scanParagraph: a “ after a word and before a space closes the open quotation', () => {
  it('"\\"As allies we must act,“ X emphasized." is one quotation, and the next paragraph another', () => {
    const x = run(
      'President Ana Ruiz met Tomas Vidal in Riga.\n\n"As allies we must act jointly,“ Estonian Foreign Minister Marco Lema emphasized.\n\n"Ukraine is fighting for European values,“ Lema said.',
    );
    expect(x.statements.map((s) => s.quote)).toEqual([
      'As allies we must act jointly',
      'Ukraine is fighting for European values',
    ]);
  });
  it('near-miss: an English “ after a space still opens a quotation', () => {
    const x = run('President Ana Ruiz met Tomas Vidal in Riga. Ruiz said: “We are ready.”');
    expect(x.statements.map((s) => s.quote)).toEqual(['We are ready.']);
  });
});

describe('leadInToQuotation: "X, said:" before a quoted paragraph', () => {
  it('the quotation is the one statement, the lead-in none', () => {
    const x = run(
      'Ministers met in Riga on Monday.\n\nThe Minister of Foreign Affairs of Lithuania Ana Ruiz, said:\n\n"We will act together and help Ukraine."',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.quote])).toEqual([
      ['Ana Ruiz', 'We will act together and help Ukraine.'],
    ]);
  });
  it('near-miss: a lead-in that tells something ("congratulated Y on the election, saying:") stays a statement', () => {
    const x = run(
      'Ministers met in Riga on Monday.\n\nAna Ruiz congratulated Tomas Vidal on his election, saying:\n\n"We will act together and help Ukraine."',
    );
    expect(x.statements.length).toBeGreaterThanOrEqual(2);
  });
});

describe('names of news from anywhere: multi-word surnames told again, hyphenated ranks', () => {
  it('"Le Drian" after "Jean-Yves Le Drian" is the same person', () => {
    const x = run(
      'French Foreign Minister Jean-Yves Le Drian arrived in Belgrade. After the meeting, Vucic and Le Drian will address the media.',
    );
    expect(x.persons.map((p) => p.name)).not.toContain('Le Drian');
  });
  it('"Le Drian will speak with Prime Minister X" is the full-named minister’s planned meeting', () => {
    const x = run(
      'French Foreign Minister Jean-Yves Le Drian arrived in Belgrade. While in Belgrade, Le Drian will speak with Prime Minister Ana Brnabic.',
    );
    expect(participants(x)).toContainEqual(['Jean-Yves Le Drian', 'Ana Brnabic']);
  });
  it('near-miss: "Ana Ruiz" and "Tomas Ruiz" stay two persons', () => {
    const x = run('Ana Ruiz met Tomas Ruiz in Lima on Monday, the minister said.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Tomas Ruiz']);
  });
  it('"Lieutenant-Colonel Joe Buccino" and "Lt-Col Joe Buccino" are Joe Buccino', () => {
    expect(
      run('Lieutenant-Colonel Joe Buccino said the talks went well.').persons.map((p) => p.name),
    ).toEqual(['Joe Buccino']);
    expect(run('Lt-Col Joe Buccino said the talks went well.').persons.map((p) => p.name)).toEqual([
      'Joe Buccino',
    ]);
  });
});

describe('names after a plural title or "his counterpart from Country,"', () => {
  it('pairAfterPluralTitle: "a meeting between Presidents A and B" names both', () => {
    const x = run(
      'They met on the sidelines of a meeting between Presidents Ana Ruiz and Tomas Vidal in Chisinau.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });
  it('near-miss: "Presidents Day and Labor Day" names no one', () => {
    expect(run('Offices close on Presidents Day and Labor Day.').persons).toEqual([]);
  });
  it('"his counterpart from the Democratic Republic of Congo (DRC), X" names X', () => {
    const x = run(
      'Ana Ruiz replaced his counterpart from the Democratic Republic of Congo (DRC), Tomas Vidal.',
    );
    expect(x.persons.map((p) => p.name)).toContain('Tomas Vidal');
  });
});
