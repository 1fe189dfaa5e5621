import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const participantsOf = (x: X, i = 0): Array<string | null> =>
  (x.meetings[i]?.participants ?? []).map((p) => x.nameOf(p));
const countryOf = (x: X, name: string): string | null | undefined => {
  const role = x.persons.find((p) => p.name === name)?.roles[0];
  return role ? x.nameOf(role.country) : undefined;
};

describe('CALLED_PERSON: "a courtesy call on Chile’s former president Luis Vega"', () => {
  const x = run(
    'Prime Minister Ana Ruiz paid a courtesy call on Chile’s former president Luis Vega in Santiago.',
  );
  it('is a meeting of the two, in Santiago', () => {
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'Luis Vega']);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Santiago');
  });
  it('near-miss: "called on Chile’s leaders to act" is a demand', () => {
    expect(
      run('Prime Minister Ana Ruiz called on Chile’s former president Luis Vega to resign.').meetings,
    ).toEqual([]);
  });
});

describe('possessiveOfAnotherTitle: the country of "Chile’s former president" is his, not the visitor’s', () => {
  it('the visitor’s title gets no country from it', () => {
    const x = run(
      'Prime Minister Ana Ruiz paid a courtesy call on Chile’s former president Luis Vega in Santiago.',
    );
    expect(countryOf(x, 'Ana Ruiz')).toBeNull();
    expect(countryOf(x, 'Luis Vega')).toBe('Chile');
  });
  it('near-miss: a possessive before a non-title ("Chile’s economy") still gives the sole country', () => {
    const x = run('Prime Minister Ana Ruiz spoke about Chile’s economy in Santiago on Monday.');
    expect(countryOf(x, 'Ana Ruiz')).toBe('Chile');
  });
});

describe('meetingAsObjectNoSpeech: "concluded her trip" is no statement', () => {
  it('a trip, a tour or a mission as the object of "concluded" reports no words', () => {
    expect(run('Prime Minister Ana Ruiz concluded her trip to Peru on Thursday.').statements).toEqual([]);
    expect(run('Prime Minister Ana Ruiz ended her two-day tour of Peru on Thursday.').statements).toEqual([]);
  });
  it('near-miss: "concluded that ..." still reports words', () => {
    expect(
      run('Prime Minister Ana Ruiz concluded that the trip to Peru was a success.').statements,
    ).toHaveLength(1);
  });
});

describe('onlyAsKinOrAide: a person named through a relative, an aide or a behalf is not at the meeting', () => {
  it('"met President Luis Vega, who is Tomas Vega’s son" seats the two who met', () => {
    const x = run(
      'Earlier on Thursday, Prime Minister Ana Ruiz met new Chilean President Luis Vega, who is former president Tomas Vega’s son, to discuss ties.',
    );
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'Luis Vega']);
  });
  it('"met President Luis Vega’s aide Tomas Lind" seats the aide, not the president', () => {
    const x = run('Prime Minister Ana Ruiz met President Luis Vega’s aide Tomas Lind in Lima.');
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'Tomas Lind']);
  });
  it('near-miss: "President Luis Vega’s talks with Ana Ruiz" keeps him', () => {
    const x = run('President Luis Vega’s talks with Prime Minister Ana Ruiz in Lima went well.');
    expect(participantsOf(x)).toEqual(expect.arrayContaining(['Luis Vega', 'Ana Ruiz']));
  });
});

describe('travelledOnAfter: where the traveller went after the meeting is not its place', () => {
  it('"after her meeting with X and arrived in Santiago": no place Santiago', () => {
    const x = run(
      'Prime Minister Ana Ruiz flew out of Lima after her meeting with President Luis Vega and arrived in Santiago on Friday.',
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).not.toBe('Santiago');
  });
  it('near-miss: "arrived in Santiago for talks with X" places the talks there', () => {
    const x = run(
      'Prime Minister Ana Ruiz arrived in Santiago on Friday for talks with President Luis Vega.',
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Santiago');
  });
});

describe('VerbNet characterize-29.2, chit_chat-37.6 and instr_communication-37.4.1: more verbs of saying', () => {
  it.each([
    'Foreign Minister Ana Ruiz of Chile characterized the talks as frank and useful.',
    'Foreign Minister Ana Ruiz of Chile detailed the trade between the two countries, worth $2 billion a year.',
    'Foreign Minister Ana Ruiz of Chile joked that the visit had been a wedding.',
    'Foreign Minister Ana Ruiz of Chile signalled that the talks would cover tariffs.',
  ])('%s is her statement', (text) => {
    const x = run(text);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Ruiz']);
  });
  it('near-miss: the members that name meetings or calls ("discussed", "phoned") report no words', () => {
    expect(
      run('Foreign Minister Ana Ruiz of Chile discussed trade with Luis Vega in Lima.').statements,
    ).toEqual([]);
    expect(run('Foreign Minister Ana Ruiz of Chile phoned Luis Vega on Monday.').statements).toEqual([]);
  });
});

describe('partOfSummit: a roundtable of a summit is within it, and who sat at it sat at the summit', () => {
  const text =
    'LONDON – Forty heads of state and government gathered today at the fourth summit of the Baltic Forum in London. One of the two roundtables, focused on migration, was co-chaired by President Ana Ruiz of Chile and Peruvian President Luis Vega.';
  it('the roundtable is a session within the summit, and its chairs are at the summit', () => {
    const x = run(text);
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const table = x.meetings.find((m) => m.meetingKind === 'session');
    expect(table?.within).toBe(summit?.ref);
    expect(table?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Ruiz', 'Luis Vega']);
    expect(summit?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Luis Vega']),
    );
  });
  it('near-miss: a roundtable with no summit told is a session of its own', () => {
    const x = run(
      'A roundtable on migration was co-chaired by President Ana Ruiz of Chile and Peruvian President Luis Vega in Lima.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.within])).toEqual([['session', null]]);
  });
});

describe('capitalFamilyName: "Mr. ISHIBA Shigeru" is one person, "Ishiba" after', () => {
  const x = run(
    'Mr. KATO Hiroshi, Prime Minister of Japan, held a summit meeting with President Ana Ruiz of Chile. Prime Minister Kato said the talks were useful.',
  );
  it('the capitals family name and the given name are one name, retold by the family name', () => {
    expect(x.persons.find((p) => p.name === 'KATO Hiroshi')?.aliases).toEqual(['Kato']);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['KATO Hiroshi']);
  });
  it('the summit meeting has the two persons, not the two countries', () => {
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['KATO Hiroshi', 'Ana Ruiz']);
  });
  it('near-miss: an acronym after "Mr." with no given name after it is no name', () => {
    const y = run('Mr. NATO was the nickname the press gave him, Ana Ruiz said.');
    expect(y.persons.map((p) => p.name)).not.toContain('NATO');
  });
});

describe('personsStandForPair: "a Japan-Chile Summit Meeting with X" keeps the two persons', () => {
  it('one person for each country of the pair: the persons are the parties', () => {
    const x = run(
      'Prime Minister Kenji Sato of Japan held a Japan-Chile Summit Meeting with President Ana Ruiz of Chile in Tokyo.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Kenji Sato', 'Ana Ruiz']);
  });
  it('near-miss: "Japan-Chile talks" with no one named are the two countries’', () => {
    const x = run('Japan-Chile talks on trade were held in Tokyo on Monday.');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Japan', 'Chile']);
  });
});

describe('isVisitCalledOn: the relative clause of the person called on is theirs, no demand', () => {
  it('"called on Prime Minister X, who offered her port to the northern states" is a visit, no statement', () => {
    const x = run(
      'Foreign Minister Luis Vega on Thursday called on Prime Minister Ana Ruiz, who offered her country’s main port to the northern states.',
    );
    expect(x.statements).toEqual([]);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Luis Vega', 'Ana Ruiz']);
  });
  it('near-miss: "called on President X to resign" is a demand', () => {
    const x = run('Foreign Minister Luis Vega called on President Ana Ruiz to resign.');
    expect(x.meetings).toEqual([]);
    expect(x.statements).toHaveLength(1);
  });
});

describe('sidelinesInSameSentence: a long name of the enclosing sitting', () => {
  it('"talks during the 9th Chile-Peru Joint Commission for Bilateral Cooperation (JCBC) meeting" are within it', () => {
    const x = run(
      'Foreign Minister Ana Ruiz held talks with Luis Vega during the 9th Chile-Peru Joint Commission for Bilateral Cooperation (JCBC) meeting in Manila on Monday.',
    );
    const [talks, sitting] = x.meetings;
    expect(talks?.within).toBe(sitting?.ref);
    expect(sitting?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Ruiz', 'Luis Vega']);
  });
  it('near-miss: talks before a sitting named in another clause are not within it', () => {
    const x = run(
      'Foreign Minister Ana Ruiz held talks with Luis Vega in Lima, and the Joint Commission meeting opened in Manila a week later.',
    );
    expect(x.meetings.every((m) => m.within === null)).toBe(true);
  });
});

describe('a ministry referred back with two words before "Ministry"', () => {
  const speakerOf = (text: string) => {
    const x = run(text);
    return x.statements.map((s) => x.nameOf(s.speaker));
  };
  it('"According to the Foreign Affairs Ministry, ..." is that ministry’s', () => {
    expect(
      speakerOf(
        "Peru's Foreign Affairs Minister Ana Ruiz on Tuesday met Luis Vega. According to the Foreign Affairs Ministry, the meeting was held at the palace.",
      ),
    ).toEqual(['Ministry of Foreign Affairs of Peru']);
  });
  it('near-miss: "the Defence Affairs Ministry" is another branch: no one the story named', () => {
    expect(
      speakerOf(
        "Peru's Foreign Affairs Minister Ana Ruiz on Tuesday met Luis Vega. The Defence Affairs Ministry said the meeting was held at the palace.",
      ),
    ).not.toContain('Ministry of Foreign Affairs of Peru');
  });
});

describe('visitorMeetsHosts: a visitor meeting several hosts abroad is a bilateral meeting', () => {
  const text =
    "Fiji's Prime Minister Sitiveni Rabuka will spend time in Auckland, meeting with Prime Minister Chris Hipkins, Foreign Minister Nanaia Mahuta and Minister James Shaw.";
  it('the hosts take no country from the visitor’s possessive, and the meeting has two sides', () => {
    const x = run(text);
    expect(x.persons.find((p) => p.name === 'Chris Hipkins')?.roles[0]?.country).toBeNull();
    expect(x.meetings[0]?.meetingKind).toBe('bilateral');
  });
  it('near-miss: persons of three known countries make it multilateral', () => {
    const x = run(
      "Fiji's Prime Minister Sitiveni Rabuka will spend time in Auckland, meeting with Samoan Prime Minister Ana Tuala and Tongan Prime Minister Luis Vaea.",
    );
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
  });
});

describe('latestMinistry: a counterpart’s implied ministry is not "the ministry" told after', () => {
  it('"the Foreign Ministry said" after "X met her counterparts A of Chile and B of Ecuador" is X’s ministry', () => {
    const x = run(
      "Peru's Foreign Minister Ana Ruiz met her counterparts Tomas Lind of Chile and Pablo Soria of Ecuador on Tuesday. According to the Foreign Ministry, the meetings were held separately.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ministry of Foreign Affairs of Peru']);
  });
  it('near-miss: a ministry the text names after the counterparts is the one referred back', () => {
    const x = run(
      "Peru's Foreign Minister Ana Ruiz met her counterpart Tomas Lind of Chile on Tuesday. The Chilean Foreign Ministry later issued a note. According to the ministry, the talks were useful.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toContain('Ministry of Foreign Affairs of Chile');
  });
});

describe('companiesByTheirKind and more institution heads', () => {
  const orgs = (text: string) => run(text).organizations.map((o) => `${o.name}:${o.orgKind}`);
  it('"state oil company Ecopetrol", "tech giant Huawei" name companies', () => {
    expect(orgs('President Ana Ruiz floated a role for state oil company Petrolima in the plan.')).toContain(
      'Petrolima:other',
    );
    expect(orgs('The Chinese tech giant Huawei said it would invest.')).toContain('Huawei:other');
  });
  it('"the Polisario Front", "the Five Star Movement" are parties', () => {
    expect(orgs('Morocco, Mauritania, the Polisario Front, and Algeria held talks in Madrid.')).toContain(
      'Polisario Front:party',
    );
  });
  it('near-miss: a title after the trade is a person’s, no company', () => {
    expect(orgs('The oil company President Ana Ruiz said the talks failed.')).toEqual([]);
  });
});

describe('attendedNamedSitting: an official attending a sitting named by its body', () => {
  const meetings = (text: string) => {
    const x = run(text);
    return x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p)).join('+')]);
  };
  it('"flew to New York to attend the UN General Assembly" is a sitting with her at it', () => {
    expect(meetings('Prime Minister Ana Ruiz flew to New York to attend the UN General Assembly.')).toEqual([
      ['session', 'Ana Ruiz+United Nations General Assembly'],
    ]);
  });
  it('"will attend the G20 in Rio" is a summit', () => {
    expect(meetings('President Ana Ruiz will attend the G20 in Rio.')).toEqual([['summit', 'Ana Ruiz+G20']]);
  });
  it('near-miss: students attending a forum are no official’s sitting', () => {
    expect(meetings('Students attended the Youth Forum in Lima.')).toEqual([]);
  });
});

describe('groupGathered with a parenthetical, and unnamedSummitThenNamed', () => {
  it('"Andean leaders, including from rivals A and B, have gathered in Peru’s capital" then "The X summit ...": one summit in Lima', () => {
    const x = run(
      'Andean leaders, including from rivals Chile and Bolivia, have gathered in Peru’s capital to boost trade. The Andean Development Community summit is the first since 2011.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
  it('near-miss: a summit told with another place is another summit', () => {
    const x = run(
      'Andean leaders have gathered in Lima to boost trade. The Andean Development Community summit in Quito last year was the first since 2011.',
    );
    expect(x.meetings.length).not.toBe(1);
  });
});

describe('ministerOfTheDateline: the minister the lead names with no country is the dateline country’s', () => {
  const roleOf = (x: ReturnType<typeof run>, name: string) => {
    const r = x.persons.find((p) => p.name === name)?.roles[0];
    return r ? `${x.nameOf(r.organization)}|${x.nameOf(r.country)}` : undefined;
  };
  it('"CAIRO - 26 November 2019: Foreign Minister X ... with his Saudi counterpart Y"', () => {
    const x = run(
      'CAIRO - 26 November 2019: Foreign Minister Sami Nour discussed regional issues with his Saudi counterpart Prince Faisal Adel.',
    );
    expect(roleOf(x, 'Sami Nour')).toBe('Ministry of Foreign Affairs of Egypt|Egypt');
    expect(roleOf(x, 'Faisal Adel')).toBe('Ministry of Foreign Affairs of Saudi Arabia|Saudi Arabia');
  });
  it('"SEOUL, Nov. 16 (Yonhap) -- Foreign Minister X spoke by phone with his Chinese counterpart Y"', () => {
    const x = run(
      'SEOUL, Nov. 16 (Yonhap) -- Foreign Minister Kim Min-jun spoke by phone with his Chinese counterpart, Li Wen, on Tuesday.',
    );
    expect(roleOf(x, 'Kim Min-jun')).toBe('Ministry of Foreign Affairs of South Korea|South Korea');
    expect(roleOf(x, 'Li Wen')).toBe('Ministry of Foreign Affairs of China|China');
  });
  it('near-miss: a prime minister, or a minister of a later sentence, takes no country from the dateline', () => {
    const x = run(
      'MINSK, Nov. 23 -- Leaders met in Minsk. Prime Minister Nikol Avetyan said he would not attend. Foreign Minister Ana Ruiz was there too.',
    );
    expect(roleOf(x, 'Nikol Avetyan')).toBe('null|null');
    expect(roleOf(x, 'Ana Ruiz')).toBe('null|null');
  });
});

describe('conferred: "A and his Turkish counterpart B convened, on Sunday, in Baghdad"', () => {
  it('two persons who convened met', () => {
    const x = run(
      'Iraqi Foreign Minister Samir Hadi and his Turkish counterpart Kemal Aras convened, on Sunday, in Baghdad to discuss regional issues.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Samir Hadi', 'Kemal Aras']);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Baghdad');
  });
  it('near-miss: a court that convened is no one’s meeting', () => {
    expect(run('The court convened in Lima on Monday.').meetings).toEqual([]);
  });
});

describe('outlets and forces by their own names', () => {
  const orgs = (text: string) => run(text).organizations.map((o) => `${o.name}:${o.orgKind}`);
  it('"(UrduPoint / Pakistan Point News / WAM - 14th Aug, 2020)" opening a line lists three outlets, whole', () => {
    expect(
      orgs(
        '(UrduPoint / Pakistan Point News / WAM - 14th Aug, 2020) ABU DHABI, 13th August 2020 (WAM) - Sheikh Khalid Saeed received a call.',
      ),
    ).toEqual(expect.arrayContaining(['UrduPoint:media', 'Pakistan Point News:media']));
  });
  it('"the Kenya Defence Forces" are armed forces', () => {
    expect(orgs('The Kenya Defence Forces held a parade in Nairobi.')).toEqual([
      'Kenya Defence Forces:military',
    ]);
  });
  it('near-miss: a country in brackets opening no line lists no outlet', () => {
    expect(orgs('The ministers met in Lima (Peru) on Monday.')).toEqual([]);
  });
});

describe('arabicArticleFolded: "Al Ghazouani" is "Mohamed Ould Cheikh El Ghazouani"', () => {
  it('the article spelled the other way still names the person told in full', () => {
    const x = run(
      'President Mohamed Ould Cheikh El Ghazali received Foreign Minister Nasser Bennani in Nouakchott. President Al Ghazali said ties were strong.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Mohamed Ould Cheikh El Ghazali', 'Nasser Bennani']);
  });
  it('near-miss: another surname after the article is another person', () => {
    const x = run(
      'President Mohamed Ould Cheikh El Ghazali received Foreign Minister Nasser Bennani in Nouakchott. Minister Al Sabah said ties were strong.',
    );
    expect(x.persons.map((p) => p.name)).toContain('Al Sabah');
  });
});

describe('receivedAThing: "received on Thursday a telephone call from X" is the call, not a reception too', () => {
  it('one meeting, a call', () => {
    const x = run(
      'Sheikh Khalid Saeed received on Thursday a telephone call from President Omar Nabil of Egypt.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('near-miss: "received President X on Thursday" is a reception', () => {
    const x = run('Sheikh Khalid Saeed received President Omar Nabil of Egypt on Thursday.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('"made a phone contact with": a call told by its contact', () => {
  it('is a call of the two', () => {
    const x = run(
      'Foreign Minister Sami Adel on Sunday made a phone contact with US Secretary of State Tom Lind.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p))])).toEqual([
      ['call', ['Sami Adel', 'Tom Lind']],
    ]);
  });
  it('near-miss: a list of phone contacts is no call', () => {
    expect(
      run('Ana Berg said the ministry keeps the phone contacts of Tom Lind up to date.').meetings,
    ).toEqual([]);
  });
});

describe('courtesyCall: "made a call on his counterpart X", "would call on Speaker X"', () => {
  const pairs = (x: X) => x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)));
  it('a call made on a counterpart named after the title is a visit to that person', () => {
    const x = run(
      'Defence Minister Ana Berg made a call on her Indonesian counterpart Tom Lind in Jakarta on Tuesday.',
    );
    expect(pairs(x)).toEqual([['Ana Berg', 'Tom Lind']]);
  });
  it('a call on someone told as planned is a planned visit', () => {
    const x = run(
      'Foreign Minister Tom Lind would call on National Assembly Speaker Ana Berg to discuss parliamentary ties.',
    );
    expect(x.meetings.map((m) => [m.status, m.participants.map((p) => x.nameOf(p))])).toEqual([
      ['planned', ['Tom Lind', 'Ana Berg']],
    ]);
  });
  it('near-miss: calling on a counterpart to do something is a demand, and a call on a weekday names no one', () => {
    expect(
      run('Defence Minister Ana Berg called on her Indonesian counterpart Tom Lind to halt the strikes.')
        .meetings,
    ).toEqual([]);
    expect(run('Ana Berg would call on Russia to stop the war.').meetings).toEqual([]);
    expect(run('Ana Berg made a call on Monday.').meetings).toEqual([]);
  });
});

describe('"spoke last month with": a conversation told with its time between the verb and "with"', () => {
  it('is a meeting of the two', () => {
    const x = run('President Tom Hale spoke last month with President Ana Berg.');
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([['Tom Hale', 'Ana Berg']]);
  });
  it('near-miss: "spoke last month about" names no one met', () => {
    expect(run('President Tom Hale spoke last month about President Ana Berg.').meetings).toEqual([]);
  });
});

describe('"while visiting X": the participle after a conjunction is a visit', () => {
  it('is a meeting of the visitor and the person visited', () => {
    const x = run('Ana Berg said this while visiting President Tom Lind in Abuja on Tuesday.');
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([['Ana Berg', 'Tom Lind']]);
  });
  it('near-miss: "the visiting minister" tells no visit', () => {
    expect(run('The visiting minister Ana Berg met reporters in Abuja on Tuesday.').meetings).toEqual([]);
  });
});
