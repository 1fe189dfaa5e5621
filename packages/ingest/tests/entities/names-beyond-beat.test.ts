import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const persons = (text: string) => run(text).persons;
const names = (text: string): string[] => persons(text).map((p) => p.name);
const roleTitles = (text: string, name: string): string[] =>
  (persons(text).find((p) => p.name === name)?.roles ?? []).map((r) => r.title);

describe('possessiveEndsName', () => {
  it('ends a name at its possessive', () => {
    expect(names('Ruslan Orlan invited Chile to the Kenyan President Amani Wekesa’s Peace Forum.')).toContain(
      'Amani Wekesa',
    );
  });
  it('near miss: a name without a possessive runs on over its capitalised words', () => {
    expect(names('Foreign Minister Ana Maria Souza met reporters.')).toContain('Ana Maria Souza');
  });
});

describe('coordinationAfterComma', () => {
  const text =
    'Attending were the Vice President of Peru, Rosa Quispe, and the Foreign Minister of Chile, Tomas Vidal.';
  it('gives the role after ", and the ..." to the next name, not the one before', () => {
    expect(roleTitles(text, 'Rosa Quispe')).not.toContain('Foreign Minister');
    expect(roleTitles(text, 'Tomas Vidal')).toContain('Foreign Minister');
  });
  it('near miss: an appositive without "and" is the role of the name before it', () => {
    expect(
      roleTitles('Tomas Vidal, the Foreign Minister of Chile, said the talks went well.', 'Tomas Vidal'),
    ).toEqual(['Foreign Minister']);
  });
});

describe('conjoinedPortfolio', () => {
  it('reads a long title with "for ... and ..." before a name set off by a comma', () => {
    const text =
      'The ministers were joined by the High Commissioner of the Andean Community for Trade and Customs Policy, Elena Rojas.';
    expect(names(text)).toContain('Elena Rojas');
  });
  it('near miss: two titled names joined by "and" keep their own titles', () => {
    const text = 'Kenyan President Amani Wekesa and Secretary of State Tomas Vidal met in Nairobi.';
    expect(roleTitles(text, 'Tomas Vidal')).toEqual(['Secretary of State']);
  });
});

describe('namesOfSomethingElse (appositives naming an office)', () => {
  it('keeps an appositive whose office holds capitalised words of an organization', () => {
    const text =
      'The council heard Nomsa Dlamini, the Director of Trade and Industry Affairs of the Southern African Development Community.';
    expect(names(text)).toContain('Nomsa Dlamini');
  });
  it('reads "Commissioner" and "permanent representative" as titles', () => {
    expect(names('The session heard Amara Diallo, the Commissioner for Trade, on Monday.')).toContain(
      'Amara Diallo',
    );
    expect(names('Kofi Mensah, the permanent representative to the AU, said the talks helped.')).toContain(
      'Kofi Mensah',
    );
  });
  it('near miss: a list of titled names is no appositive', () => {
    const text = 'Present were Amani Wekesa, Kenyan President Ruslan Orlan and others.';
    expect(roleTitles(text, 'Amani Wekesa')).toEqual([]);
  });
});

describe('allianceOfInstitution', () => {
  const orgs = (text: string) => run(text).organizations;
  const parentOf = (text: string, name: string): string | undefined => {
    const x = orgs(text);
    const o = x.find((r) => r.name === name);
    return x.find((r) => r.ref === o?.parent)?.name;
  };
  it('gives a body written with an alliance acronym in front that alliance as parent', () => {
    const text = 'Leaders of the CIS gathered. The CIS Heads of Government Forum Council will sit in Minsk.';
    expect(parentOf(text, 'CIS Heads of Government Forum Council')).toBe(
      'Commonwealth of Independent States',
    );
  });
  it('gives a body "of the <alliance>" that alliance as parent, and its short form is the same body', () => {
    const text =
      'The Ministerial Council of the Gulf Cooperation Council met in Doha. The Ministerial Council adopted a plan.';
    expect(parentOf(text, 'Ministerial Council of the Gulf Cooperation Council')).toBe(
      'Gulf Cooperation Council',
    );
    expect(orgs(text).filter((o) => o.name.startsWith('Ministerial Council'))).toHaveLength(1);
  });
  it('near miss: a body of a country has no alliance parent', () => {
    const text = 'The Kenya Energy Security Council met in Nairobi.';
    const o = orgs(text).find((r) => /Council/.test(r.name));
    expect(o?.parent ?? null).toBeNull();
  });
});

describe('appositives set off by dashes', () => {
  it('reads the role between dashes after a name', () => {
    const text = 'Kofi Mensah – Ghana’s permanent representative to the AU – said the talks helped.';
    expect(names(text)).toContain('Kofi Mensah');
  });
  it('near miss: a dash after a phrase that is no name makes no person', () => {
    expect(names('The Talks – held in Accra on Monday – ended early.')).toEqual([]);
  });
});

describe('styles of address and run-together initials', () => {
  it('leaves Malaysian styles of address out of the name', () => {
    expect(names('The forum was opened by Dato’ Seri Hamid Yusof, Prime Minister of Malaysia.')).toEqual([
      'Hamid Yusof',
    ]);
  });
  it('keeps two initials without points inside the name', () => {
    expect(names('Foreign Minister Dewi KR Santoso said on Tuesday.')).toEqual(['Dewi KR Santoso']);
  });
  it('near miss: an organization acronym between names is no initial', () => {
    expect(names('President Amani Wekesa EU talks were discussed.')).not.toContain('Amani Wekesa EU');
  });
});

describe('allianceRightBefore (organs named after their alliance)', () => {
  const orgsOf = (text: string) => run(text).organizations;
  it('makes "<alliance> Commission" an organ of the alliance', () => {
    const x = orgsOf('Talks were led by Amara Diallo, Chairperson of the African Union Commission, in Lome.');
    const organ = x.find((o) => o.name === 'African Union Commission');
    expect(x.find((o) => o.ref === organ?.parent)?.name).toBe('African Union');
  });
  it('near miss: an alliance before a word that is no organ makes none', () => {
    const x = orgsOf('Leaders gathered for the African Union Summit in Lome.');
    expect(x.map((o) => o.name)).not.toContain('African Union Summit');
  });
});

describe('nameTookOffice', () => {
  it('makes a full name sworn in or elected a person', () => {
    expect(names('Trade grew after Grace W Achieng was sworn in as president in May.')).toEqual([
      'Grace W Achieng',
    ]);
  });
  it('near miss: common words that were appointed or a building inaugurated are no person', () => {
    expect(names('The Grand Hotel was appointed as the venue.')).toEqual([]);
    expect(names('The Kariba Bridge was inaugurated in 1990.')).toEqual([]);
  });
});

describe('two titles in one appositive, the second after "and the"', () => {
  it('splits the appositive into two roles', () => {
    const text =
      'The session heard Emma Shikongo, the Permanent Representative of Namibia and the Chairperson of the Council.';
    expect(roleTitles(text, 'Emma Shikongo')).toEqual([
      'Permanent Representative',
      'Chairperson of the Council',
    ]);
  });
  it('near miss: "and the" inside one portfolio stays one title', () => {
    const text = 'Anna Berg, the Minister of Finance and the Economy, said the budget holds.';
    expect(roleTitles(text, 'Anna Berg')).toEqual(['Minister of Finance and the Economy']);
  });
});

describe('nameSetOffAfterTitle', () => {
  it('reads a name set off by commas after "the <title> of ..."', () => {
    const text = 'The Envoy of the interim Government of Peru, Rosa Quispe, will attend the forum.';
    expect(names(text)).toContain('Rosa Quispe');
  });
  it('keeps a Portuguese "e" between surnames inside the name', () => {
    const text =
      'Earlier, the director of trade talks of the Brazilian Ministry of Foreign Affairs, Joao Lima e Souza, said so.';
    expect(names(text)).toContain('Joao Lima e Souza');
  });
  it('reads a name set off after "<title> to|for ..." or right after a title: "the ambassador to the OAS, Ana Ruiz,"', () => {
    expect(names('The ambassador to the OAS, Pedro Mora, confirmed the request.')).toContain('Pedro Mora');
    expect(names('It came from the Under-Secretary-General for Peace Affairs, Lina B. Osei.')).toContain(
      'Lina B. Osei',
    );
    expect(names('Prime Minister Ivo Kask hosted his Italian counterpart, Gina Ferri, on Monday.')).toContain(
      'Gina Ferri',
    );
  });
  it('near miss: a clause after the name is no appositive of it ("..., Ajuri Bello, the president thanked ...")', () => {
    const x = run(
      'In a statement by the Special Adviser to the President on Media, Ajuri Bello, the president thanked his guest.',
    );
    expect(x.persons.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual([['Ajuri Bello', []]]);
  });
  it('near miss: a name after a comma with no "the <title> of" before it is not read', () => {
    expect(names('After the long and tiring week of talks, Yaxkin Quispe, went home.')).toEqual([]);
  });
});
