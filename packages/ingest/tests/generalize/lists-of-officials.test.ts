import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const persons = (text: string): string[] => run(text).persons.map((p) => p.name);

describe('listAfterPluralTitle: "Cabinet Secretaries A B, C D and E F"', () => {
  it('every full name of the list is a person', () => {
    expect(
      persons('Present were Cabinet Secretaries Raychelle Omamo, Amina Mohamed and James Macharia.'),
    ).toEqual(['Raychelle Omamo', 'Amina Mohamed', 'James Macharia']);
  });
  it('the last item may carry a title of its own', () => {
    expect(
      persons(
        'Present were Cabinet Secretaries Raychelle Omamo, Monica Juma, Amina Mohamed and Attorney General Paul Kihara.',
      ),
    ).toEqual(['Raychelle Omamo', 'Monica Juma', 'Amina Mohamed', 'Paul Kihara']);
  });
  it('near-miss: a list with a one-word item is left to other cues', () => {
    expect(persons('Ministers Raychelle, Amina Mohamed and Jabari Macharia were absent.')).not.toContain(
      'Amina Mohamed',
    );
  });
});

describe('countryOfTwoWords: "the Ministry of Foreign Affairs of the Republic of Guinea Bissau"', () => {
  it('is Guinea-Bissau’s ministry, not Guinea’s', () => {
    const x = run(
      'The deal was signed with the Ministry of Foreign Affairs of the Republic of Guinea Bissau on Friday.',
    );
    expect(x.organizations.map((o) => o.name)).toEqual(['Ministry of Foreign Affairs of Guinea-Bissau']);
  });
  it('near-miss: "the Ministry of Defense of Belarus Viktor Khrenin" is still Belarus’s', () => {
    const x = run(
      'The Minister of Defense of Belarus Viktor Khrenin met the press at the Ministry of Defense of Belarus Viktor.',
    );
    expect(x.organizations.map((o) => o.name)).toContain('Ministry of Defense of Belarus');
  });
});

describe('datelineCities: "BOGOTA, Colombia (AA) -"', () => {
  const places = (text: string): string[] => run(text).places.map((p) => p.name);
  it('the city before its country and the agency is the dateline’s', () => {
    expect(
      places('BOGOTA, Colombia (AA) - President Gustavo Petro held talks with Nicolas Maduro.'),
    ).toContain('Bogotá');
  });
  it('near-miss: an uppercase word that is no city names no place', () => {
    expect(places('UPDATE, Colombia (AA) - President Gustavo Petro held talks with Nicolas Maduro.')).toEqual(
      ['Colombia'],
    );
  });
});

describe('TITLE_HEADS: "the organization’s Chairperson-in-Office, X"', () => {
  it('names a person with that title', () => {
    const x = run('The organization’s Chairperson-in-Office, Miroslav Lajcak, addressed the ministers.');
    expect(x.persons.map((p) => [p.name, p.roles[0]?.title])).toEqual([
      ['Miroslav Lajcak', 'Chairperson-in-Office'],
    ]);
  });
  it('near-miss: "in office" in lower case is no title', () => {
    const x = run('The chairperson in office, he said, addressed the ministers.');
    expect(x.persons).toEqual([]);
  });
});

describe('appositivePhrase and counterpartRole: "Mr Downer, Foreign Minister for 10 years,"', () => {
  const rolesOf = (text: string, name: string): string[] => {
    const x = run(text);
    return (x.persons.find((p) => p.name === name)?.roles ?? []).map(
      (r) => `${r.title}/${x.nameOf(r.country)}`,
    );
  };
  it('how long a post was held is no part of its title', () => {
    expect(
      rolesOf('Ana Berg, Foreign Minister for 10 years, spoke to the press on Monday.', 'Ana Berg'),
    ).toEqual(['Foreign Minister/null']);
  });
  it('a later appositive of the same post keeps the counterpart’s country', () => {
    expect(
      rolesOf(
        'Foreign Minister Winston Peters and his Australian counterpart, Alexander Downer, held talks in Wellington. Mr Peters was happy for Mr Downer, Foreign Minister for 10 years, to lead the press conference.',
        'Alexander Downer',
      ),
    ).toEqual(['Foreign Minister/Australia']);
  });
  it('near-miss: "Spokesman for the Egyptian foreign ministry" keeps its "for the"', () => {
    expect(
      rolesOf(
        'Ahmed Zaid, Spokesman for the Egyptian foreign ministry, said the talks were useful.',
        'Ahmed Zaid',
      ),
    ).toEqual(['Spokesman for the Egyptian foreign ministry/Egypt']);
  });
  it('near-miss: "Minister for Foreign Affairs of Norway" keeps its "for"', () => {
    expect(rolesOf('Ana Berg, Minister for Foreign Affairs of Norway, spoke on Monday.', 'Ana Berg')).toEqual(
      ['Minister for Foreign Affairs/Norway'],
    );
  });
});

describe('findEmbassies: consulates, and "The Embassy of X"', () => {
  const orgs = (text: string): string[] => run(text).organizations.map((o) => o.name);
  it('"the Turkish Consulate General in Cape Town" is named with its country and city', () => {
    expect(
      orgs('The minister will inaugurate the Turkish Consulate General in Cape Town on Monday.'),
    ).toEqual(['Consulate General of Turkey in Cape Town']);
  });
  it('"The Embassy of India in Kabul" at a sentence start is India’s embassy', () => {
    expect(orgs('The Embassy of India in Kabul issued a statement.')).toEqual([
      'Embassy of India in Afghanistan',
    ]);
  });
  it('near-miss: "Sunday’s embassy reception" names no embassy', () => {
    expect(orgs('Sunday’s embassy reception was cancelled.')).toEqual([]);
  });
});

describe('surnameBetweenTitleAndVerb: "President Bush said", an ordinary word as a leader’s surname', () => {
  const speakers = (text: string): Array<string | null> => {
    const x = run(text);
    return x.statements.map((s) => x.nameOf(s.speaker));
  };
  it('"President Bush said ... Bush told reporters" is said by Bush, twice', () => {
    expect(
      speakers('President Bush said the talks were good. Bush told reporters it was a good talk.'),
    ).toEqual(['Bush', 'Bush']);
  });
  it('near-miss: "General Electric said" names a company, no person', () => {
    expect(run('General Electric said profits rose.').persons).toEqual([]);
  });
});

describe('royalGivenNames: "Prince Saud" after "Prince Saud Al-Faisal" is the same prince', () => {
  it('the styled given name is an alias of the full name, and his words are his', () => {
    const x = run(
      'Foreign Minister Prince Saud Al-Faisal met his Turkish counterpart Ahmet Davutoglu in Ankara. Prince Saud said the talks were useful.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Saud Al-Faisal', 'Ahmet Davutoglu']);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Saud Al-Faisal']);
  });
  it('near-miss: with two princes of that given name, "Prince Saud" stays apart', () => {
    const x = run(
      'Foreign Minister Prince Saud Al-Faisal met Interior Minister Prince Saud bin Nayef in Riyadh. Prince Saud said it was good.',
    );
    expect(x.persons.map((p) => p.name)).toContain('Prince Saud');
  });
});

describe('PORTFOLIOS and portfolioOfMinister: "Botswana’s International Relations Minister X"', () => {
  it('keeps the two-word field in the title and names the ministry by it', () => {
    const x = run('Botswana’s International Relations Minister Phenyo Butale spoke to the press.');
    const role = x.persons[0]?.roles[0];
    expect([role?.title, x.nameOf(role?.organization ?? null)]).toEqual([
      'International Relations Minister',
      'Ministry of International Relations of Botswana',
    ]);
  });
  it('near-miss: a one-word field keeps its one word ("Trade Minister")', () => {
    const x = run('Japan’s Trade Minister Ana Sato spoke to the press.');
    expect(x.nameOf(x.persons[0]?.roles[0]?.organization ?? null)).toBe('Ministry of Trade of Japan');
  });
});

describe('nameWithItsAlliance: "the Executive Council of the African Union"', () => {
  const aliasesOf = (text: string): string[] =>
    run(text).organizations.find((o) => o.orgKind === 'body')?.aliases ?? [];
  it('the body written with its alliance spelled out is also known by that whole form', () => {
    expect(
      aliasesOf(
        'The ministers attended the 46th Ordinary Session of the Executive Council of the African Union.',
      ),
    ).toContain('Executive Council of the African Union');
  });
  it('near-miss: the alliance written inside the name adds no "of" form', () => {
    expect(aliasesOf('The CSTO Council of Foreign Ministers met in Minsk.')).toEqual([
      'CSTO Council of Foreign Ministers',
    ]);
  });
});
