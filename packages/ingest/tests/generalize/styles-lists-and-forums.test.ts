import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const personNames = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);
const participantsOf = (x: ReturnType<typeof run>, i = 0): Array<string | null> =>
  (x.meetings[i]?.participants ?? []).map((p) => x.nameOf(p));

describe('styleOfAddressLength: "H.E." and "HE" before a name are a style, not initials', () => {
  it('"H.E. Ana Mbeki of Ghana" is the person Ana Mbeki', () => {
    const x = run(
      'The summit in Lome was attended by H.E. Ana Mbeki of Ghana and H.E. Tomas Oduya of Benin.',
    );
    expect(personNames(x)).toEqual(expect.arrayContaining(['Ana Mbeki', 'Tomas Oduya']));
    expect(personNames(x).some((n) => n.startsWith('E.'))).toBe(false);
  });
  it('"HE Ana Mbeki" and "H. E. Ana Mbeki" are persons too', () => {
    expect(personNames(run('The summit in Lome was attended by HE Ana Mbeki of Ghana.'))).toEqual([
      'Ana Mbeki',
    ]);
    expect(personNames(run('The summit in Lome was attended by H. E. Ana Mbeki of Ghana.'))).toEqual([
      'Ana Mbeki',
    ]);
  });
  it('near-miss: other capital initials stay part of the name ("J.E. Mbeki" is no style)', () => {
    const x = run('The summit in Lome was attended by J.E. Mbeki of Ghana.');
    expect(personNames(x)).not.toContain('Mbeki');
  });
});

describe('attendance: "the presence of X", "under the chairmanship of X"', () => {
  it('seats the chair named in the sentence that tells the sitting, and guests "present"', () => {
    const x = run(
      'Leaders of the Andean Community convened an extraordinary session in Lima on Monday under the chairmanship of President Ana Ruiz of Peru. The summit also saw the presence of Tomas Vidal, President of the Andean Development Bank.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(participantsOf(x)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Tomas Vidal']));
  });
  it('near-miss: a signing "in the presence of" X at another event seats no one', () => {
    const x = run(
      'Leaders of the Andean Community met in Lima on Monday. Weeks later, a trade deal was signed in the presence of Tomas Vidal, President of the Andean Development Bank, in Quito.',
    );
    expect(x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)))).not.toContain('Tomas Vidal');
  });
});

describe('beforeAnInstitutionNoun: a run before "Bank", "Fund", "Council" names the body', () => {
  it('"President of the Andean Development Bank" makes no person "Andean Development"', () => {
    const x = run('Ana Ruiz met Tomas Vidal, President of the Andean Development Bank, in Lima.');
    expect(personNames(x)).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });
  it('near-miss: a person set off before a lower-case noun stays a person', () => {
    const x = run('Ana Ruiz met President Tomas Vidal, bank governor of Peru, in Lima.');
    expect(personNames(x)).toContain('Tomas Vidal');
  });
});

describe('namesInCountryPairsAfterPluralRole: "his counterparts from A, X; from B, Y; and from C, Z"', () => {
  it('every full name of the list is a person', () => {
    const x = run(
      'The presidents met in Lima. Both the president of Chile, Ana Ruiz, and his counterparts from Peru, Tomas Vidal; from Bolivia, Marco Lema; and from Ecuador, Pablo Soria.',
    );
    expect(personNames(x)).toEqual(expect.arrayContaining(['Tomas Vidal', 'Marco Lema', 'Pablo Soria']));
  });
  it('near-miss: "from Peru, Santa Cruz" with no plural role before is no person', () => {
    const x = run(
      'Inspectors checked the cargo ships from Peru, Santa Cruz Alta; and from Bolivia, Rio Grande Norte.',
    );
    expect(personNames(x)).toEqual([]);
  });
});

describe('"heads of state meeting": a summit by name', () => {
  it('"X concluded the heads of state meeting by passing the presidency to Y" is the summit, not their talks', () => {
    const x = run(
      'President Ana Ruiz concluded the heads of state meeting in Quito by passing the presidency of the bloc to the president of Peru, Tomas Vidal.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
    expect(participantsOf(x)).toContain('Ana Ruiz');
  });
  it('"closed Wednesday’s heads of state meeting at the IV Summit" is one summit', () => {
    const x = run(
      'President Ana Ruiz closed Wednesday’s heads of state meeting at the IV Summit of the Andean Community in Quito. The meeting brought together 22 presidents. Unity was a central theme of the summit, with Chilean President Tomas Vidal arguing that “we must stay together.”',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
  it('near-miss: "the heads of state signed" tells no meeting', () => {
    expect(
      run('The heads of state signed the treaty in 1991, President Ana Ruiz recalled.').meetings,
    ).toEqual([]);
  });
});

describe('numberedForum and sittingOpensOrEnds: "the end of the 54th Melanesian Forum"', () => {
  it('a forum named with its number, whose close is told, is a sitting', () => {
    const x = run(
      'Clear actions mark the end of the 12th Melanesian Spearhead Forum\n\nThe forum wrapped up in Suva on Friday, said Prime Minister Ana Ruiz of Fiji as she declared its successful conclusion.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('session');
  });
  it('near-miss: "the 75th anniversary of the General Assembly" is no sitting', () => {
    expect(
      run('Ana Ruiz spoke in Suva on Monday about the 75th anniversary of the General Assembly.').meetings,
    ).toEqual([]);
  });
  it('near-miss: "the end of the war" opens no sitting', () => {
    expect(run('Ana Ruiz called for the end of the 12-year war in Suva.').meetings).toEqual([]);
  });
});

describe('longTitleOfSomething: a portfolio list "A, B and C" inside a title', () => {
  it('"Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, X" is X’s title', () => {
    const x = run(
      'Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Nasser Bourita, on Wednesday held talks in Rabat with his counterpart, Ana Ruiz.',
    );
    expect(personNames(x)).toEqual(['Nasser Bourita', 'Ana Ruiz']);
    expect(x.persons[0]?.roles[0]?.title).toBe(
      'Minister of Foreign Affairs, African Cooperation and Moroccans Abroad',
    );
  });
  it('near-miss: two titles set off by commas stay two persons’ titles', () => {
    const x = run('The Minister of Trade, Ana Ruiz, and the Minister of Industry, Tomas Vidal, met in Lima.');
    expect(x.persons.map((p) => p.roles[0]?.title)).toEqual(['Minister of Trade', 'Minister of Industry']);
  });
});

describe('nameAfterTalksWith: "held talks in Rabat with Ana Ruiz"', () => {
  it('a full name after "with" that closes talks is the other party', () => {
    const x = run('Nasser Bourita held talks in Rabat with Ana Ruiz on Monday.');
    expect(personNames(x)).toContain('Ana Ruiz');
    expect(participantsOf(x)).toEqual(expect.arrayContaining(['Ana Ruiz']));
  });
  it('near-miss: "agreed with Ana Ruiz" tells no talks', () => {
    expect(personNames(run('The mayor agreed with Quorra Ruiz on Monday.'))).not.toContain('Quorra Ruiz');
  });
});

describe('unionMembers and unionMembersAttend: "X groups A, B, C, and D" seats them at X’s sitting', () => {
  const groups = 'The Coral Sea Compact (CSC) groups Fiji, Papua New Guinea, Solomon Islands, and Vanuatu.';
  it('a body that groups countries is a union with those members, and its session is theirs', () => {
    const x = run(
      `${groups} The ministers from CSC member states made the decision during their 16th meeting in Suva on Wednesday.`,
    );
    const csc = x.organizations.find((o) => o.name === 'Coral Sea Compact');
    expect(csc?.orgKind).toBe('alliance');
    expect(csc?.members.map((m) => x.nameOf(m))).toEqual([
      'Fiji',
      'Papua New Guinea',
      'Solomon Islands',
      'Vanuatu',
    ]);
    expect(participantsOf(x)).toEqual([
      'Coral Sea Compact',
      'Fiji',
      'Papua New Guinea',
      'Solomon Islands',
      'Vanuatu',
    ]);
  });
  it('near-miss: a session where a minister is named keeps its named participant', () => {
    const x = run(
      `${groups} Foreign Minister Ana Ruiz of Fiji chaired the 16th meeting of CSC ministers in Suva on Wednesday.`,
    );
    expect(participantsOf(x)).toContain('Ana Ruiz');
    expect(participantsOf(x)).not.toContain('Vanuatu');
  });
  it('near-miss: a list of persons gives a body no members', () => {
    const x = run('The Coral Sea Compact includes Ana Ruiz and Tomas Vidal, its two founders.');
    expect(x.organizations.find((o) => o.name === 'Coral Sea Compact')?.members ?? []).toEqual([]);
  });
});

describe('delegationsStandForCountries and twoCountriesDelegations: two countries’ ministers are one bilateral', () => {
  const lead = 'The foreign and defence ministers of Chile and Peru met in Lima on Monday.';
  it('the countries’ meeting and their four ministers’ meeting are one bilateral meeting', () => {
    const x = run(
      `${lead} Chile's Foreign Minister Ana Ruiz and Defence Minister Tomas Vidal met with Peruvian Foreign Minister Marco Lema and Defence Minister Pablo Soria for two hours.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('bilateral');
    expect(participantsOf(x)).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Tomas Vidal', 'Marco Lema', 'Pablo Soria']),
    );
  });
  it('near-miss: ministers of a third country meet apart', () => {
    const x = run(
      `${lead} Chile's Foreign Minister Ana Ruiz and Defence Minister Tomas Vidal met with Bolivian Foreign Minister Marco Lema and Defence Minister Pablo Soria for two hours.`,
    );
    expect(x.meetings).toHaveLength(2);
  });
});

describe('oneMeetingWithEachOfTwo: a visitor meeting two hosts met each on their own', () => {
  it('"X also met with Foreign Minister A and Prime Minister B" is two bilateral meetings', () => {
    const x = run(
      'Turkish Foreign Minister Ana Ruiz arrived in Algiers on Monday. Ruiz also met with Algerian Foreign Minister Tomas Vidal and Algerian Prime Minister Marco Lema.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral', 'bilateral']);
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Ana Ruiz', 'Tomas Vidal'],
      ['Ana Ruiz', 'Marco Lema'],
    ]);
  });
  it('"discussed with Nigerian president, A and President of Zimbabwe B on X" is a meeting about X', () => {
    const x = run(
      'Prime Minister Ana Ruiz has discussed with Nigerian president, Tomas Vidal and President of Zimbabwe Marco Lema on bilateral and regional issues.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.topics).toEqual(['bilateral and regional issues']);
  });
  it('near-miss: two others of two countries may be a trilateral and stay one meeting', () => {
    const x = run(
      'Turkish Foreign Minister Ana Ruiz met with Algerian Foreign Minister Tomas Vidal and Tunisian Foreign Minister Marco Lema in Tunis.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('near-miss: a visitor whose country the text does not tell is no visitor of one country', () => {
    const x = run(
      'Prime Minister Ana Ruiz met with Italian Prime Minister Tomas Vidal and Marco Lema ahead of the Mass in Rome.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('near-miss: a meeting the sentence calls trilateral stays one', () => {
    const x = run(
      'Turkish Foreign Minister Ana Ruiz held a trilateral meeting with Algerian Foreign Minister Tomas Vidal and Tunisian Foreign Minister Marco Lema.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('near-miss: a president meeting two of his own ministers is one meeting', () => {
    const x = run(
      'Peruvian President Ana Ruiz met Peruvian Foreign Minister Tomas Vidal and Peruvian Defence Minister Marco Lema in Lima.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('ofAnotherTitle: "President of Zimbabwe X" gives its country to X, not to the minister before', () => {
  it('a prime minister with no country of his own does not take another president’s', () => {
    const x = run('Prime Minister Ana Ruiz met President of Zimbabwe Tomas Vidal on Monday.');
    expect(x.nameOf(x.persons[0]?.roles[0]?.country ?? null)).toBeNull();
    expect(x.nameOf(x.persons[1]?.roles[0]?.country ?? null)).toBe('Zimbabwe');
  });
  it('near-miss: the one country the sentence names otherwise is still the minister’s', () => {
    const x = run('Prime Minister Ana Ruiz spoke to reporters in Zimbabwe on Monday.');
    expect(x.nameOf(x.persons[0]?.roles[0]?.country ?? null)).toBe('Zimbabwe');
  });
});

describe('hostCountriesOfEnvoys: the country envoys are accredited to is the story’s own', () => {
  it('"received the Ambassador of China to Ghana" + "The Ministry of Foreign Affairs said": Ghana’s ministry speaks', () => {
    const x = run(
      'Foreign Minister Ana Ruiz received the Ambassador of China to Ghana, Tomas Vidal, on Monday. The Ministry of Foreign Affairs said the two discussed trade.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ministry of Foreign Affairs of Ghana']);
  });
  it('near-miss: envoys to two countries give no country and no guess', () => {
    const x = run(
      'Foreign Minister Ana Ruiz received the Ambassador of China to Ghana and the Ambassador of Chile to Togo on Monday. The Ministry of Foreign Affairs said the talks were useful.',
    );
    expect(x.organizations.some((o) => /Ministry of Foreign Affairs of/.test(o.name))).toBe(false);
  });
});

describe('citedAsSaying: "The statement quoted X as saying: “…”"', () => {
  it('gives the quotation to the person quoted', () => {
    const x = run(
      'President Ana Ruiz met Tomas Vidal in Lima. The statement quoted Ruiz as saying: “We hope for the success of the summit.”',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.quote])).toEqual([
      ['Ana Ruiz', 'We hope for the success of the summit.'],
    ]);
  });
  it('near-miss: "quoted X’s book" is no attribution to X', () => {
    const x = run('President Ana Ruiz met Tomas Vidal in Lima. The statement quoted Vidal’s book at length.');
    expect(x.statements).toEqual([]);
  });
});

describe('nationalNameOfInstitution: "the Sudanese Sovereignty Council" is also the Sovereignty Council of Sudan', () => {
  it('adds the country form as an alias and keeps the name as written', () => {
    const x = run('According to a statement from the Sudanese Sovereignty Council, the talks were useful.');
    const council = x.organizations.find((o) => o.name === 'Sovereignty Council');
    expect(council?.aliases).toContain('Sovereignty Council of Sudan');
  });
  it('near-miss: a country’s name in front is part of the name, with no alias', () => {
    const x = run('The Ukraine Defence Contact Group met in Ramstein on Monday.');
    expect(x.organizations.find((o) => o.name === 'Ukraine Defence Contact Group')?.aliases ?? []).toEqual(
      [],
    );
  });
});

describe('speakers with an adverb, after "with", and closing an appositive', () => {
  it('"X likewise stated “…”" is X’s', () => {
    const x = run('Bolivian President Ana Ruiz likewise stated “The purpose of the bloc is unity.”');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Ruiz']);
  });
  it('withSpeakerParticiple: "…, with Chilean President X arguing, “…”" is X’s', () => {
    const x = run(
      'Unity was a central theme of the summit, with Chilean President Ana Ruiz arguing, “We have to promote understanding.”',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.quote])).toEqual([
      ['Ana Ruiz', 'We have to promote understanding.'],
    ]);
  });
  it('near-miss: "met with X, saying …" is the subject’s words', () => {
    const x = run('President Tomas Vidal met with Ana Ruiz, saying the talks were good.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Tomas Vidal']);
  });
  it('closingPersonAttribution: "…, the spokesperson, Kim Lee, said in a written briefing" governs the sentence', () => {
    const x = run(
      'President Ana Ruiz spoke with Tomas Vidal on Monday. During the call, Vidal congratulated Ruiz on her election, the spokesperson, Kim Lee, said in a written briefing.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Kim Lee']);
  });
});

describe('spokespersonOfPerson: "X’s spokesperson said" is the spokesperson the story names', () => {
  it('gives the words to the one spokesperson named elsewhere', () => {
    const x = run(
      "President Ana Ruiz spoke by phone with Tomas Vidal on Wednesday and agreed to expand cooperation, Ruiz's spokesperson said. The spokesperson, Marco Lema, said the call lasted 25 minutes.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Marco Lema', 'Marco Lema']);
  });
  it('near-miss: with no spokesperson named, no one is guessed', () => {
    const x = run(
      "President Ana Ruiz spoke by phone with Tomas Vidal on Wednesday and agreed to expand cooperation, Ruiz's spokesperson said.",
    );
    expect(x.statements).toEqual([]);
  });
});

describe('gluedSentenceEnd: "on Friday.The two sides agreed" is two sentences', () => {
  it('splits a full stop glued to the next sentence', () => {
    const x = run(
      'President Ana Ruiz and Prime Minister Tomas Vidal held talks in Lima on Friday.The two sides agreed on trade, according to spokesperson Marco Lema.',
    );
    expect(x.sentences.map((s) => s.exact)).toEqual([
      'President Ana Ruiz and Prime Minister Tomas Vidal held talks in Lima on Friday.',
      'The two sides agreed on trade, according to spokesperson Marco Lema.',
    ]);
  });
  it('near-miss: "St.Petersburg" and a web address stay whole', () => {
    expect(run('Ana Ruiz flew to St.Petersburg and read news.Example.com on Friday.').sentences).toHaveLength(
      1,
    );
  });
});
