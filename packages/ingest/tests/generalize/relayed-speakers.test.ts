import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('innerSpeakerOpens: the person who says "that ..." speaks, not the aide who relays it', () => {
  it('"Prime Minister X said that ..., her press secretary Y told reporters" is X’s', () => {
    expect(
      speakers(
        'During the meeting, Prime Minister Ana Ruiz said that the two countries have to increase trade, her press secretary Luis Vega told reporters.',
      ),
    ).toEqual(['Ana Ruiz']);
  });
  it('"X expressed her confidence that ..., spokesman Y said" is X’s', () => {
    expect(
      speakers(
        'In return, President Ana Ruiz expressed her confidence that the two countries would forge closer ties, government spokesman Luis Vega said.',
      ),
    ).toEqual(['Ana Ruiz']);
  });
  it('near-miss: "Both presidents described ..., aide Y said" has no one speaker at its opening: the aide speaks', () => {
    expect(
      speakers('Both presidents described the talks as frank, presidential aide Luis Vega said.'),
    ).toEqual(['Luis Vega']);
  });
});

describe('saysThatFirst: "she" after a relayed sentence is the one who spoke, not the relay', () => {
  it('the pronouns of the next sentences stand for the speaker the aide relayed', () => {
    expect(
      speakers(
        'During the meeting, Prime Minister Ana Ruiz said that the two countries have to increase trade, her press secretary Luis Vega told reporters. She told Tomas Lind that more trade was needed, Vega said. "If trade grows, both will gain," she said.',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });
  it('near-miss: a reporter who closes a sentence with no one saying "that" before him stays its subject', () => {
    expect(
      speakers(
        'Trade between the two countries grew last year, press secretary Luis Vega told reporters. He said more would follow.',
      ),
    ).toEqual(['Luis Vega', 'Luis Vega']);
  });
});

describe('continents and parts of the world are places (regions)', () => {
  const places = (text: string) => run(text).places.map((p) => `${p.name}:${p.placeKind}`);
  it.each([
    ['The threat from Russia reached right across Europe.', 'Europe:region'],
    ['Support from Latin America for the plan grew.', 'Latin America:region'],
    ['Europe must act now, the minister said.', 'Europe:region'],
  ])('%s', (text, place) => {
    expect(places(text)).toContain(place);
  });
  it('near-miss: a continent inside a longer name is no place ("Radio Free Europe", "the Africa Cup")', () => {
    expect(places('Radio Free Europe reported the talks.')).toEqual([]);
    expect(places('The Africa Cup of Nations opened in Abidjan.')).not.toContain('Africa:region');
    expect(places('Tensions grew in Eastern Europe.')).toEqual(['Eastern Europe:region']);
  });
});

describe('sessionOfPractice: training, photo and Q&A sessions are no sittings', () => {
  it.each([
    'The drills were the first such training sessions with India in Japan.',
    'The leaders then joined a photo session in the garden.',
    'The minister later held a Q&A session with students in Lima.',
  ])('%s', (text) => {
    expect(run(text).meetings).toEqual([]);
  });
  it('near-miss: a plenary or closed-door session is a sitting', () => {
    expect(run('The ministers held a closed-door session in Tokyo on Monday.').meetings).toHaveLength(1);
  });
});

describe('demonymMinistersAsSubject: "Top Canadian ministers held a meeting with X"', () => {
  it('the group stands for the Canadian ministers the article names', () => {
    const x = run(
      'OTTAWA (Reuters) - Top Canadian ministers held a productive meeting with Mexican President Claudia Soto on Friday. Canadian Foreign Minister Anita Lind said the talks advanced shared priorities.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Claudia Soto', 'Anita Lind']);
  });
  it('near-miss: a group that fits no one named adds no one', () => {
    const x = run(
      'Top Canadian ministers held a productive meeting with Mexican President Claudia Soto on Friday.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Claudia Soto']);
  });
});

describe('datelines filed from two cities: "MEXICO CITY/TORONTO (Reuters)"', () => {
  it('both cities are places and the agency is Reuters alone', () => {
    const x = run(
      'MEXICO CITY/TORONTO (Reuters) - Canadian Foreign Minister Anita Lind met Mexican President Claudia Soto on Friday.',
    );
    expect(x.places.map((p) => p.name)).toEqual(expect.arrayContaining(['Mexico City', 'Toronto']));
    expect(x.organizations.map((o) => o.name)).toEqual(['Reuters', 'Ministry of Foreign Affairs of Canada']);
  });
  it('near-miss: one city and its agency', () => {
    const x = run(
      'OTTAWA (Reuters) - Canadian Foreign Minister Anita Lind met Mexican President Claudia Soto on Friday.',
    );
    expect(x.organizations.map((o) => o.name)).toContain('Reuters');
    expect(x.places.map((p) => p.name)).toContain('Ottawa');
  });
});

describe('kindOf: a body defined with its acronym and named a Community, Cooperation or Union of states is an alliance', () => {
  const kindOf = (text: string, name: string) =>
    run(text).organizations.find((o) => o.name === name)?.orgKind;
  it.each([
    ['Leaders of the Danube Political Community (DPC) met in Vienna.', 'Danube Political Community'],
    ['Leaders of the Amazon-Orinoco Cooperation (AOC) met in Manaus.', 'Amazon-Orinoco Cooperation'],
    ['Ministers of the Alpine Economic Union (AEU) met in Bern.', 'Alpine Economic Union'],
  ])('%s', (text, name) => {
    expect(kindOf(text, name)).toBe('alliance');
  });
  it('near-miss: a union of broadcasters or a trade union is no alliance', () => {
    expect(
      kindOf('The Alpine Broadcasting Union (ABU) met in Geneva.', 'Alpine Broadcasting Union'),
    ).not.toBe('alliance');
    expect(kindOf('The Alpine Trade Union (ATU) met in Geneva.', 'Alpine Trade Union')).not.toBe('alliance');
  });
});

describe('kindOf: the head noun comes before "for" too', () => {
  it('"Joint Commission for Bilateral Cooperation (JCBC)" is a body', () => {
    const x = run('Ministers met at the Joint Commission for Bilateral Cooperation (JCBC) in Manila.');
    expect(x.organizations.find((o) => o.acronym === 'JCBC')?.orgKind).toBe('body');
  });
});

describe('joinNameTails: "Inacio Lula da Silva" is "Luiz Inacio Lula da Silva" told without his first name', () => {
  const x = run(
    'Macron praises Lula meeting\n\nPhotos of French President Emmanuel Macron and Brazilian counterpart Inacio Lula da Silva went viral. Brazil’s President Luiz Inacio Lula da Silva said the visit was a success.',
  );
  it('the shorter name joins the longer one, and "Lula" is that person', () => {
    const lula = x.persons.filter((p) => p.name.includes('Lula'));
    expect(lula.map((p) => p.name)).toEqual(['Luiz Inacio Lula da Silva']);
    expect(lula[0]?.aliases).toEqual(expect.arrayContaining(['Inacio Lula da Silva', 'Lula']));
  });
  it('near-miss: a three-word name that shares words but does not end the longer one stays apart', () => {
    const y = run('President Luiz Carlos Mendes met Foreign Minister Carlos Mendes Filho of Peru in Lima.');
    expect(y.persons.map((p) => p.name).sort()).toEqual(['Carlos Mendes Filho', 'Luiz Carlos Mendes']);
  });
});

describe('speakerAfterVerb: after a quotation any verb of saying inverts', () => {
  it('"“It was a wedding,” joked Mr Macron" is his', () => {
    expect(
      speakers(
        'French President Emmanuel Macron visited Brazil. "It was a wedding," joked Mr Macron in response.',
      ),
    ).toEqual(['Emmanuel Macron']);
  });
  it('near-miss: with no quotation before, "argued Mr Macron" in running text is no inversion', () => {
    expect(
      speakers('French President Emmanuel Macron visited Brazil. The plan, argued by Mr Macron, failed.'),
    ).toEqual([]);
  });
});

describe('headlineSays: "France loves Brazil says Macron after Lula meeting"', () => {
  it('a headline’s claim before "says NAME" is that person’s', () => {
    expect(
      speakers(
        'Peace is near says Macron after Scholz meeting\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.',
      ),
    ).toEqual(['Emmanuel Macron']);
  });
  it('near-miss: "The report says Macron will visit" goes on with a verb: no inversion', () => {
    expect(
      speakers(
        'The report says Macron will visit Brazil\n\nFrench President Emmanuel Macron met Lula in Brasilia.',
      ),
    ).toEqual([]);
  });
});

describe('subjectBeforeQuotation: "In a separate appearance, Petro rated the meeting a “9 out of 10.”"', () => {
  it('the person opening the sentence speaks the quotation, not the previous speaker', () => {
    expect(
      speakers(
        'President Ana Ruiz met Luis Vega. "We agreed on trade," Vega said. In a separate media appearance, Ruiz rated the meeting a “9 out of 10.”',
      ),
    ).toEqual(['Luis Vega', 'Ana Ruiz']);
  });
  it('near-miss: a person named after a comma inside the sentence is no subject of it', () => {
    expect(
      speakers(
        'President Ana Ruiz met Luis Vega. "We agreed on trade," Vega said. The talks, Ruiz’s aides noted later, were “very good and useful” for both.',
      ),
    ).not.toContain('Ana Ruiz');
  });
});

describe('topics: "X is the focus of the discussions", and "the two neighbours agreed to X" far from the meeting', () => {
  const topicsOf = (text: string) => run(text).meetings[0]?.topics ?? [];
  it('the subject of "were the main subject of the talks" is a topic', () => {
    expect(
      topicsOf(
        'Ana Ruiz met Luis Vega in Lima on Monday. Energy and water were the main subject of the talks.',
      ),
    ).toEqual(['Energy', 'water']);
  });
  it('"the two neighbours agreed to X" paragraphs after the meeting points back to it', () => {
    const text =
      'President Ana Ruiz of Chile met President Luis Vega of Peru in Lima on Thursday.\n\nTrade grew last year.\n\nA border dispute lingers.\n\nThe president also said the two neighbours agreed to share intelligence.';
    expect(topicsOf(text)).toEqual(['share intelligence']);
  });
  it('near-miss: "the focus of the report" is no meeting’s topic', () => {
    expect(
      topicsOf('Ana Ruiz met Luis Vega in Lima on Monday. Energy was the main subject of the report.'),
    ).toEqual([]);
  });
});

describe('salientSubjects: a person named in a possessive or after "during" is no subject for "he said"', () => {
  it('"During Prime Minister X’s visit, the leaders ... . ..., he said." is the speaker before', () => {
    expect(
      speakers(
        'Foreign Minister Wang Lei held a call with Foreign Minister Ana Ruiz. Wang condemned the attack in Lima. During Prime Minister Tomas Vega’s visit in February, the leaders talked at length. China looks forward to working with Peru, he said.',
      ),
    ).toEqual(['Wang Lei', 'Wang Lei']);
  });
  it('near-miss: a person who opens the sentence as its subject is the one "he" stands for', () => {
    expect(
      speakers(
        'Foreign Minister Wang Lei held a call with Foreign Minister Ana Ruiz. Wang condemned the attack in Lima. Prime Minister Tomas Vega visited China in February. China looks forward to working with Peru, he said.',
      ),
    ).toEqual(['Wang Lei', 'Tomas Vega']);
  });
});

describe('"asked X to do": a request is a statement, a question put to someone is not', () => {
  it('"President X asked Washington to help pursue traffickers" is hers', () => {
    expect(speakers('President Ana Ruiz asked Washington to help pursue major traffickers.')).toEqual([
      'Ana Ruiz',
    ]);
  });
  it('near-miss: "She was asked to leave" and "asked about the talks" report no words of hers', () => {
    expect(speakers('President Ana Ruiz met Luis Vega. She was asked to leave the room.')).toEqual([]);
    expect(speakers('President Ana Ruiz asked about the talks.')).toEqual([]);
  });
});

describe('condemnedObject: what a party condemned during the talks is a topic', () => {
  it('"Wang strongly condemned the recent terrorist attack in Lima" after the call', () => {
    const x = run(
      'Foreign Minister Wang Lei held a phone conversation with Ana Ruiz on Tuesday. Wang strongly condemned the recent serious terrorist attack in Lima.',
    );
    expect(x.meetings[0]?.topics).toEqual(['recent serious terrorist attack in Lima']);
  });
  it('near-miss: "was condemned to prison" names no topic', () => {
    const x = run(
      'Foreign Minister Wang Lei held a phone conversation with Ana Ruiz on Tuesday. A journalist was condemned to prison in Lima.',
    );
    expect(x.meetings[0]?.topics).toEqual([]);
  });
});

describe('SKIP_BETWEEN: a relative clause with no commas between the speaker and the verb', () => {
  it('"President Vega whose country is facing a land dispute said ..." is his', () => {
    expect(
      speakers(
        'President Ana Ruiz met Luis Vega. President Vega whose country is now facing a land dispute said he has some lessons to draw from Chile.',
      ),
    ).toEqual(['Luis Vega']);
  });
  it('near-miss: a person named inside the words reported is no speaker', () => {
    expect(speakers('President Ana Ruiz met Luis Vega. The report on President Vega was published.')).toEqual(
      [],
    );
  });
});

describe('singleWordAfterThe: "The Chancellery reported" names no person', () => {
  it('the institution is no surname, and the person whose words it reports speaks', () => {
    const x = run(
      'President Andrzej Nowak met President Olena Hrytsenko in Rzeszow. The Chancellery reported that Hrytsenko informed the President of Poland about her visit.',
    );
    expect(x.persons.map((p) => p.name)).not.toContain('Chancellery');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Olena Hrytsenko']);
  });
  it('near-miss: a surname with no article before the verb stays a person', () => {
    const x = run(
      'President Andrzej Nowak met President Olena Hrytsenko in Rzeszow. Nowak reported that the talks went well.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Andrzej Nowak']);
  });
});

describe('statesOfAGroupNoVerb: "to the northern states." is the noun', () => {
  it('no statement ends on "states" with nothing stated after it', () => {
    expect(
      speakers('President Ana Ruiz met Luis Vega, who offered his port to the northern states.'),
    ).toEqual([]);
  });
  it('near-miss: "The ministry states that ..." is the verb', () => {
    expect(
      speakers(
        'Peru’s Foreign Minister Ana Ruiz met Luis Vega. The ministry states that the talks went well.',
      ),
    ).toEqual(['Ministry of Foreign Affairs of Peru']);
  });
});

describe('mastheads cited: "According to the Saudi Gazette", "told the Jordan Times", "Shafaq News/ ..."', () => {
  const media = (text: string) =>
    run(text)
      .organizations.filter((o) => o.orgKind === 'media')
      .map((o) => o.name);
  it.each([
    ['According to the Saudi Gazette, the talks focused on the region.', 'Saudi Gazette'],
    ['The minister told the Jordan Times that the visit was useful.', 'Jordan Times'],
    [
      'In a statement carried by the Jordan News Agency, the chamber said the visit would help.',
      'Jordan News Agency',
    ],
    ['Shafaq News/ Iraqi Foreign Minister Samir Hadi met his Turkish counterpart in Baghdad.', 'Shafaq News'],
  ])('%s', (text, name) => {
    expect(media(text)).toEqual([name]);
  });
  it('near-miss: "told reporters" and a ministry cited name no outlet, and a relaying outlet is no speaker', () => {
    expect(media('He told reporters the talks failed.')).toEqual([]);
    expect(speakers('According to Fox News, the talks failed.')).toEqual([]);
  });
});

describe('descriptions: "the FM" is the foreign minister', () => {
  it('"The FM added that ..." is the foreign minister named before', () => {
    expect(
      speakers(
        'Moroccan Foreign Minister Nasser Alami met President Ould Sidi in Nouakchott. The FM added that the meeting was useful.',
      ),
    ).toEqual(['Nasser Alami']);
  });
  it('near-miss: "the FM" with only a president named before fits no one', () => {
    expect(
      speakers(
        'President Ould Sidi met Nasser Alami in Nouakchott. The FM added that the meeting was useful.',
      ),
    ).not.toContain('Ould Sidi');
  });
});

describe('leadersOffices: "a PM Office statement said", "the Prime Minister’s Office said"', () => {
  it('the office is a body of the dateline’s country, and speaks', () => {
    const x = run(
      'ISLAMABAD - Prime Minister Imran Aziz had a telephone conversation with President Hassan Rahimi. Both leaders reiterated the importance of bilateral relations, a PM Office statement said.',
    );
    expect(x.organizations.map((o) => o.name)).toContain("Prime Minister's Office of Pakistan");
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(["Prime Minister's Office of Pakistan"]);
  });
  it('near-miss: "the office of the minister" names no leader’s office', () => {
    const x = run('ISLAMABAD - The office of the minister was closed on Monday.');
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });
});
