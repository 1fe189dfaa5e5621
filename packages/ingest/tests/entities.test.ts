import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('persons', () => {
  it('finds a name after a title and gives the role with its country and ministry', () => {
    const x = run('Norwegian Defence Minister Ivar Lunde arrived in Oslo on Monday.');
    const p = x.persons.find((q) => q.name === 'Ivar Lunde');
    expect(p).toBeDefined();
    expect(p?.roles[0]?.title).toBe('Defence Minister');
    expect(x.nameOf(p?.roles[0]?.country ?? null)).toBe('Norway');
    expect(x.nameOf(p?.roles[0]?.organization ?? null)).toBe('Ministry of Defense of Norway');
  });
  it('does not take a capitalised phrase without a cue for a person', () => {
    const x = run('Strategic Planning Group reviewed the budget.');
    expect(x.persons).toEqual([]);
  });
  it('treats a rank as a cue but not as a role', () => {
    const x = run('Lieutenant General Oskar Brand said the drills were over.');
    const p = x.persons.find((q) => q.name === 'Oskar Brand');
    expect(p).toBeDefined();
    expect(p?.roles).toEqual([]);
  });
  it('reads an appositive role after the name, split at "and"', () => {
    const x = run(
      'Mira Kovac, head of the Department of Logistics and assistant to the Croatian Minister of Defence, spoke first.',
    );
    const p = x.persons.find((q) => q.name === 'Mira Kovac');
    expect(p?.roles.map((r) => r.title)).toEqual([
      'Head of the Department of Logistics',
      'Assistant to the Minister of Defence',
    ]);
    expect(x.organizations.map((o) => o.name)).toContain('Department of Logistics');
  });
  it('merges a bare surname and another transliteration into the full name', () => {
    const x = run(
      'Foreign Minister Sergei Orlov met the press. Orlov said the visit went well. Later Sergey Orlov left.',
    );
    expect(x.persons).toHaveLength(1);
    expect(x.persons[0]?.key).toBe('person:orlov:s');
    expect(x.persons[0]?.aliases).toContain('Orlov');
  });
  it('confirms a person from a verb of saying', () => {
    expect(run('"The talks were useful," Halvorsen said.').persons.map((p) => p.name)).toEqual(['Halvorsen']);
    expect(run('Gazprom said supplies would go on.').persons).toEqual([]);
  });
  it('ignores a capitalised word after a title in a headline', () => {
    const x = run('Latvian Defense Minister Praises Allies For Support\nThe minister spoke on Friday.');
    expect(x.persons).toEqual([]);
  });
  it('distributes a plural title over two countries and two names', () => {
    const x = run(
      'Ministers of Foreign Affairs of Norway and Sweden, Ola Berg and Nils Ek, signed the note.',
    );
    const berg = x.persons.find((p) => p.name === 'Ola Berg');
    const ek = x.persons.find((p) => p.name === 'Nils Ek');
    expect(x.nameOf(berg?.roles[0]?.country ?? null)).toBe('Norway');
    expect(x.nameOf(ek?.roles[0]?.country ?? null)).toBe('Sweden');
  });
});

describe('places', () => {
  it('finds a large city anywhere and a historic name under its standard name', () => {
    const x = run('Talks opened in Alma-Ata while Moscow waited.');
    expect(
      x.places
        .filter((p) => p.placeKind === 'city')
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Almaty', 'Moscow']);
    expect(x.places.find((p) => p.name === 'Almaty')?.key).toBe('place:city:KZ:almati');
  });
  it('finds a city written without the local letters of its name', () => {
    const x = run('The envoys met in Bialystok and Lodz. A week later they flew to Valparaiso.');
    const cities = x.places.filter((p) => p.placeKind === 'city');
    expect(cities.map((p) => [p.name, p.countryCode]).sort()).toEqual([
      ['Białystok', 'PL'],
      ['Valparaíso', 'CL'],
      ['Łódź', 'PL'],
    ]);
    expect(x.places.find((p) => p.name === 'Białystok')?.aliases).toContain('Bialystok');
  });
  it('does not let a folded spelling take the name of a larger city spelled so', () => {
    const x = run('The delegation arrived in Los Angeles on Monday.');
    expect(x.places.filter((p) => p.placeKind === 'city').map((p) => p.countryCode)).toEqual(['US']);
  });
  it('keeps a small town only after a locative preposition', () => {
    expect(run('Independence was declared long ago.').places).toEqual([]);
  });
  it('reads an uppercase dateline city', () => {
    const x = run('VIENNA, March 3. /Agency/. Envoys met.');
    expect(x.places.find((p) => p.name === 'Vienna')?.aliases).toContain('VIENNA');
  });
  it('finds named regions but not adjectives of peoples', () => {
    const x = run('Tension grew in Central Asia and the Baltic region, not in the European region.');
    expect(x.places.filter((p) => p.placeKind === 'region').map((p) => p.name)).toEqual([
      'Central Asia',
      'Baltic region',
    ]);
  });
  it('makes countries places of kind country, also from demonyms', () => {
    const x = run('The Belarusian side thanked Poland.');
    expect(
      x.places
        .filter((p) => p.placeKind === 'country')
        .map((p) => p.key)
        .sort(),
    ).toEqual(['place:country:BY', 'place:country:PL']);
  });
});

describe('organizations', () => {
  it('normalises a ministry named by possessive country or demonym', () => {
    const a = run("Norway's Ministry of Defence issued a note.");
    const b = run('The Norwegian Defence Ministry issued a note.');
    expect(a.organizations[0]?.name).toBe('Ministry of Defense of Norway');
    expect(b.organizations[0]?.key).toBe(a.organizations[0]?.key);
    expect(a.organizations[0]?.orgKind).toBe('ministry');
  });
  it('does not make a ministry without a country', () => {
    expect(run('The ministry issued a note.').organizations).toEqual([]);
  });
  it('links a body of an alliance to its parent and its acronym defined in parentheses', () => {
    const x = run(
      'The Council of Ministers of Defense (CMD) of the Commonwealth of Independent States (CIS) met. The CMD agreed.',
    );
    const body = x.organizations.find((o) => o.name === 'Council of Ministers of Defense of the CIS');
    expect(body?.orgKind).toBe('body');
    expect(x.nameOf(body?.parent ?? null)).toBe('Commonwealth of Independent States');
    expect(x.mentions.filter((m) => m.ref === body?.ref && m.exact === 'CMD')).toHaveLength(2);
  });
  it('makes a press service a body of its ministry', () => {
    const x = run("The press service of Estonia's Ministry of Defence reported the visit.");
    const ps = x.organizations.find((o) => o.name.startsWith('Press service'));
    expect(ps?.name).toBe('Press service of the Ministry of Defense of Estonia');
    expect(x.nameOf(ps?.parent ?? null)).toBe('Ministry of Defense of Estonia');
  });
  it('finds media in datelines and the Kremlin as a Russian government body', () => {
    const x = run('OSLO, May 3 (Xinhua) -- The Kremlin did not comment.');
    expect(x.organizations.find((o) => o.name === 'Xinhua')?.orgKind).toBe('media');
    const k = x.organizations.find((o) => o.name === 'Kremlin');
    expect(k?.orgKind).toBe('government');
    expect(x.nameOf(k?.country ?? null)).toBe('Russia');
  });
  it('reads founding years and members written into a union', () => {
    const x = run('The Union State of Belarus and Russia, established in 1999, held a session.');
    const u = x.organizations.find((o) => o.name === 'Union State');
    expect(u?.founded).toBe(1999);
    expect(u?.members.map((m) => x.nameOf(m)).sort()).toEqual(['Belarus', 'Russia']);
  });
  it('uses "the Alliance" only once NATO was named', () => {
    expect(run('The Alliance must act.').organizations).toEqual([]);
    expect(
      run('NATO met. The Alliance must act.').mentions.filter((m) => m.exact === 'Alliance'),
    ).toHaveLength(1);
  });
});

describe('months and names', () => {
  it('reads "May" as a surname after a given name, and as a month before a day', () => {
    const x = run('Prime Minister Theresa May said on May 4 that talks went well.');
    expect(x.persons.map((p) => p.name)).toEqual(['Theresa May']);
  });
  it('does not make a person of a month starting a sentence', () => {
    expect(run('May brought new talks, officials said.').persons).toEqual([]);
  });
});

describe('counterparts', () => {
  it('gives a counterpart the position of the person met, in the demonym’s country', () => {
    const x = run('Danish Foreign Minister Lars Holt met his Dutch counterpart Eva Smit in Aarhus.');
    const smit = x.persons.find((p) => p.name === 'Eva Smit');
    expect(smit?.roles[0]?.title).toBe('Foreign Minister');
    expect(x.nameOf(smit?.roles[0]?.organization ?? null)).toBe(
      'Ministry of Foreign Affairs of the Netherlands',
    );
  });
  it('gives no role to a counterpart when nobody in reach has one', () => {
    const x = run('Holt met his Dutch counterpart Eva Smit.');
    expect(x.persons.find((p) => p.name === 'Eva Smit')?.roles ?? []).toEqual([]);
  });
});

describe('place edge cases', () => {
  it('does not take a city that names an agreement or a format', () => {
    expect(
      run('Both sides backed the Minsk agreements.').places.filter((p) => p.placeKind === 'city'),
    ).toEqual([]);
    expect(
      run('Both sides came to Minsk.')
        .places.filter((p) => p.placeKind === 'city')
        .map((p) => p.name),
    ).toEqual(['Minsk']);
  });
  it('takes the constituency before "MP" as a place, whole', () => {
    const x = run('Hartwell and Dunmoor MP Jane Cole spoke.');
    expect(x.places.map((p) => p.name)).toEqual(['Hartwell and Dunmoor']);
    expect(run('The UK MP spoke.').places.filter((p) => p.placeKind !== 'country')).toEqual([]);
  });
  it('does not read the surname after an initial as a city', () => {
    const x = run('Secretary of Defense Lloyd J. Austin III spoke.');
    expect(x.places.filter((p) => p.placeKind === 'city')).toEqual([]);
    expect(x.persons.map((p) => p.name)).toEqual(['Lloyd J. Austin III']);
  });
  it('does not take a capitalised noun before a capitalised "States" for a speaker', () => {
    expect(run('The CSTO Member States agreed.').persons).toEqual([]);
  });
});

describe('long titles and institutions', () => {
  it('reads a long "Chief of the ... of the ..." title before a name', () => {
    const x = run('He met the Chief of the General Staff of the Polish Armed Forces Jan Wolski in Warsaw.');
    const p = x.persons.find((q) => q.name === 'Jan Wolski');
    expect(p?.roles[0]?.title).toBe('Chief of the General Staff');
    expect(x.nameOf(p?.roles[0]?.organization ?? null)).toBe('Armed Forces of Poland');
    expect(x.persons.map((q) => q.name)).toEqual(['Jan Wolski']);
  });
  it('takes an organization opening a title as the role organization', () => {
    const x = run("Norway's Foreign Ministry spokesperson Kari Dahl wrote on X that the visit was useful.");
    const p = x.persons.find((q) => q.name === 'Kari Dahl');
    expect(p?.roles[0]?.title).toBe('Spokesperson');
    expect(x.nameOf(p?.roles[0]?.organization ?? null)).toBe('Ministry of Foreign Affairs of Norway');
  });
});

describe('roles written with "as" and ministries of "the two countries"', () => {
  it('reads "<name>\'s job as <title>"', () => {
    const x = run("The vote made Anna Berg's job as Swedish Defence Minister harder.");
    const p = x.persons.find((q) => q.name === 'Anna Berg');
    expect(x.nameOf(p?.roles[0]?.organization ?? null)).toBe('Ministry of Defense of Sweden');
  });
  it('reads "the two countries’ defense ministries" as the ministries of the two countries named last', () => {
    const x = run(
      'Norway and Finland agreed. Officials spoke after a joint collegium of the two countries’ defense ministries.',
    );
    expect(x.organizations.map((o) => o.name).sort()).toEqual([
      'Ministry of Defense of Finland',
      'Ministry of Defense of Norway',
    ]);
    expect(run('The two countries’ defense ministries met.').organizations).toEqual([]);
  });
});

describe('ministry acronyms', () => {
  it('reads "<demonym> MoD" and "<country>\'s MFA"', () => {
    const x = run("The Belarusian MoD confirmed the visit. Russia's MFA agreed.");
    expect(x.organizations.map((o) => o.name).sort()).toEqual([
      'Ministry of Defense of Belarus',
      'Ministry of Foreign Affairs of Russia',
    ]);
    expect(run('The MoD confirmed the visit.').organizations).toEqual([]);
  });
});

describe('more name shapes', () => {
  it('keeps particles inside a name and the body a president heads', () => {
    const x = run('European Commission President Ursula von der Leyen said sanctions were ready.');
    const p = x.persons[0];
    expect(p?.name).toBe('Ursula von der Leyen');
    expect(x.nameOf(p?.roles[0]?.organization ?? null)).toBe('European Commission');
  });
  it('names a press service after an owner the gazetteers do not know', () => {
    const x = run('President Ada Berg received the envoys, the Akorda press service reported.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Press service of Akorda']);
  });
});

describe('family name first', () => {
  it('keys "Wang Yi" on Wang when the text calls him Wang', () => {
    expect(run('Foreign Minister Wang Yi arrived. Wang said ties were strong.').persons[0]?.key).toBe(
      'person:wang:i',
    );
    expect(run('Foreign Minister Anna Berg arrived. Berg said ties were strong.').persons[0]?.key).toBe(
      'person:berg:a',
    );
  });
});

describe('US institutions', () => {
  it('"U.S. Secretary of State" gives the Department of State; "State Department" names it', () => {
    const x = run(
      'U.S. Secretary of State Ann Cole met Foreign Minister Jan Berg. State Department spokesman Tom Hale said the talks were useful.',
    );
    const cole = x.persons.find((p) => p.name === 'Ann Cole');
    expect(x.nameOf(cole?.roles[0]?.organization ?? null)).toBe('Department of State of the United States');
    expect(x.nameOf(cole?.roles[0]?.country ?? null)).toBe('United States');
  });
});

describe('plural titles in lowercase and late full names', () => {
  it('"The defence ministers of Norway and Sweden, A and B, met" gives both roles; the headline surnames join them', () => {
    const x = run(
      'Berg and Holm meet in Oslo\nThe defence ministers of Norway and Sweden, Ola Berg and Nils Holm, met in Oslo.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Nils Holm', 'Ola Berg']);
    expect(x.persons.find((p) => p.name === 'Ola Berg')?.roles[0]?.title).toBe('Defence Minister');
    expect(x.meetings).toHaveLength(1);
  });
  it('gives the founding year to the body named before "of the <alliance>"', () => {
    const x = run(
      'The Council of Defence Ministers of the Commonwealth of Independent States, set up in 1992, met.',
    );
    expect(x.organizations.find((o) => o.orgKind === 'body')?.founded).toBe(1992);
    expect(x.organizations.find((o) => o.orgKind === 'alliance')?.founded).toBeNull();
  });
});

describe('lists of titled names', () => {
  it('a comma list of titled names is not an appositive role', () => {
    const x = run(
      'Chinese President Lin Bo, Russian President Ivan Orlov and Pakistani Prime Minister Ali Khan attended the summit.',
    );
    expect(x.persons.find((p) => p.name === 'Lin Bo')?.roles.map((r) => r.title)).toEqual(['President']);
  });
});

describe('ministry with its country after', () => {
  it('"the Foreign Ministry of Belarus" is the Ministry of Foreign Affairs of Belarus', () => {
    expect(
      run('The Foreign Ministry of Belarus said talks were held.').organizations.map((o) => o.name),
    ).toEqual(['Ministry of Foreign Affairs of Belarus']);
    expect(run('The Foreign Ministry of the future was discussed.').organizations).toEqual([]);
  });
});

describe('titles in hard-wrapped text', () => {
  it('reads a title broken by a single line break before a lowercase word', () => {
    const x = run('Danish Foreign Minister Lars Holt met his Dutch\ncounterpart Eva Smit in Aarhus.');
    expect(x.persons.find((p) => p.name === 'Eva Smit')?.roles[0]?.title).toBe('Foreign Minister');
    const y = run('Headline About The Dutch\nEva Smit said the talks went well.');
    expect(y.persons.find((p) => p.name === 'Eva Smit')?.roles ?? []).toEqual([]);
  });
});

describe('outreach formats', () => {
  it('"BRICS+" and "Commonwealth of Independent States Plus (CIS+)" are formats under their alliance', () => {
    const x = run('Leaders launched the Commonwealth of Independent States Plus (CIS+) format. BRICS+ grew.');
    const cis = x.organizations.find((o) => o.name === 'Commonwealth of Independent States Plus');
    expect(cis?.acronym).toBe('CIS+');
    expect(x.nameOf(cis?.parent ?? null)).toBe('Commonwealth of Independent States');
    expect(x.organizations.map((o) => o.name)).toContain('BRICS Plus');
    expect(run('The BRICS group grew this year.').organizations.map((o) => o.name)).toEqual(['BRICS']);
  });
});

describe('headlines above a dateline', () => {
  it('reads "X, Kazakh defence chief discuss ..." as two subjects, not a name and its title', () => {
    const x = run(
      'Shoigu, Kazakh defence chief discuss military cooperation\n\nASTANA, October 3 /TASS/. Russian Security Council Secretary Sergei Shoigu held talks with Kazakhstan’s Defence Minister Ruslan Zhaksylykov on Thursday.',
    );
    const shoigu = x.persons.find((p) => p.name === 'Sergei Shoigu');
    expect(shoigu?.roles.map((r) => r.title)).toEqual(['Secretary']);
  });
  it('keeps a title after a comma in the body ("X, defence chief of Y, said")', () => {
    const x = run('Ruslan Zhaksylykov, defence chief of Kazakhstan, said the drills would go ahead.');
    expect(x.persons[0]?.roles[0]?.title).toMatch(/defence chief/i);
  });
});

describe('"A was represented by X, B by Y"', () => {
  it('gives Y the country of the elided clause', () => {
    const x = run(
      'Russia was represented by Foreign Minister Ivan Sokolov, Kazakhstan by Deputy Foreign Minister Arman Bekov.',
    );
    const bekov = x.persons.find((p) => p.name === 'Arman Bekov');
    expect(x.nameOf(bekov?.roles[0]?.country ?? null)).toBe('Kazakhstan');
  });
  it('gives no country when nothing is represented', () => {
    const x = run('The talks in Astana were attended by Deputy Foreign Minister Arman Bekov.');
    expect(x.persons.find((p) => p.name === 'Arman Bekov')?.roles[0]?.country ?? null).toBeNull();
  });
});

describe('long titles with a rank of their own', () => {
  it.each([
    [
      'Deputy Chairman of the Central Military Commission Li Wei arrived in Minsk.',
      'Li Wei',
      'Deputy Chairman of the Central Military Commission',
    ],
    [
      'First Deputy Chief of the General Staff Ivan Petrov said so.',
      'Ivan Petrov',
      'First Deputy Chief of the General Staff',
    ],
    ['Chief of the General Staff Ivan Petrov said so.', 'Ivan Petrov', 'Chief of the General Staff'],
  ])('keeps "Deputy"/"First" of %j', (text, name, title) => {
    const x = run(text);
    expect(x.persons.find((p) => p.name === name)?.roles[0]?.title).toBe(title);
  });
});
