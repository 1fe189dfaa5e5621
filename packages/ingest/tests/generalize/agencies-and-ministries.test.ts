import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const orgsOf = (x: ReturnType<typeof run>): string[] => x.organizations.map((o) => o.name);
const rolesOf = (x: ReturnType<typeof run>, name: string): Array<[string, string | null]> =>
  (x.persons.find((p) => p.name === name)?.roles ?? []).map((r) => [r.title, x.nameOf(r.organization)]);

describe('namedInstitutions: a state agency by its own name', () => {
  const story =
    'Malawi and Zambia signed four memoranda in Lilongwe on Tuesday: between the Malawi Export Promotion Centre and the Zambia Revenue Authority, and between the Reserve Bank of Malawi and the Zambia Bureau of Standards, the Malawi News Agency reported.';

  it('names each agency with the country that opens its name, and a news agency as media', () => {
    const x = run(story);
    expect(orgsOf(x)).toEqual(
      expect.arrayContaining([
        'Malawi Export Promotion Centre',
        'Zambia Revenue Authority',
        'Reserve Bank of Malawi',
        'Zambia Bureau of Standards',
        'Malawi News Agency',
      ]),
    );
    expect(x.organizations.find((o) => o.name === 'Malawi News Agency')?.orgKind).toBe('media');
  });

  it('a country of two words opens the name too ("Sri Lanka Ports Authority")', () => {
    const x = run('The Sri Lanka Ports Authority signed a deal with India in Colombo on Monday.');
    expect(orgsOf(x)).toContain('Sri Lanka Ports Authority');
  });

  it('near-miss: a convention centre is a building, and "the Authority" alone names nothing', () => {
    const x = run(
      'The two presidents met at the Lilongwe International Convention Centre on Tuesday. The Authority said nothing.',
    );
    expect(orgsOf(x).some((n) => /Centre|Authority/.test(n))).toBe(false);
  });
});

describe('ministryRecord: "Department of Foreign Affairs" outside the US is the foreign ministry', () => {
  const story =
    'DUBLIN: Foreign Minister Aoife Byrne held talks with her Norwegian counterpart Ola Berg. The Department of Foreign Affairs of Ireland said the talks went well. Later the Department of Foreign Affairs said a visit to Oslo would follow.';

  it('is one record, the Ministry of Foreign Affairs of Ireland, with the written name as an alias, and it speaks', () => {
    const x = run(story);
    const ministry = x.organizations.find((o) => o.name === 'Ministry of Foreign Affairs of Ireland');
    expect(ministry?.aliases).toContain('Department of Foreign Affairs of Ireland');
    expect(orgsOf(x).filter((n) => /Department/.test(n))).toEqual([]);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Ministry of Foreign Affairs of Ireland',
      'Ministry of Foreign Affairs of Ireland',
    ]);
  });

  it('near-miss: the US State Department keeps its name', () => {
    const x = run('The US Department of State said on Monday that talks with Mexico would resume.');
    expect(orgsOf(x)).toContain('Department of State of the United States');
  });
});

describe('a compound portfolio of two words is part of the ministry’s name', () => {
  it('"Minister of Foreign Affairs and Regional Integration" is of that ministry', () => {
    const x = run(
      'Ms Ama Boateng, Minister of Foreign Affairs and Regional Integration of Ghana, met Togo’s Foreign Minister Kodjo Agbo in Accra.',
    );
    expect(rolesOf(x, 'Ama Boateng')).toEqual([
      [
        'Minister of Foreign Affairs and Regional Integration',
        'Ministry of Foreign Affairs and Regional Integration of Ghana',
      ],
    ]);
  });

  it('"International Co-operation" is spelled one way, and "Co-operation" is no person', () => {
    const x = run(
      'Sheikh Saif bin Rashid, Minister of Foreign Affairs and International Co-operation of the UAE, arrived in Cairo.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Saif bin Rashid']);
    expect(orgsOf(x)).toContain(
      'Ministry of Foreign Affairs and International Cooperation of the United Arab Emirates',
    );
  });

  it('near-miss: a title after a name ends at the verb that follows it', () => {
    const x = run(
      'Ms Ama Boateng, Minister of Foreign Affairs of Ghana led her country’s delegation to the talks in Lome.',
    );
    expect(rolesOf(x, 'Ama Boateng').map(([t]) => t)).toEqual(['Minister of Foreign Affairs']);
  });

  it('near-miss: a hyphenated name is still a name', () => {
    const x = run('Foreign Minister Jean-Marc Dubois met his Belgian counterpart in Paris.');
    expect(x.persons.map((p) => p.name)).toContain('Jean-Marc Dubois');
  });
});

describe('titles that are not one person’s', () => {
  it('"talks between the Chancellor and President X": X is no chancellor', () => {
    const x = run(
      'Talks between the Federal Chancellor and President Marc Lenoir were held in Berlin on Friday.',
    );
    expect(rolesOf(x, 'Marc Lenoir').map(([t]) => t)).toEqual(['President']);
  });

  it('near-miss: "Deputy Prime Minister and Minister of Foreign Affairs X" holds both offices', () => {
    const x = run(
      'Deputy Prime Minister and Minister of Foreign Affairs Ana Vella met Kenyan diplomats in Valletta.',
    );
    expect(rolesOf(x, 'Ana Vella').map(([t]) => t)).toEqual([
      'Deputy Prime Minister',
      'Minister of Foreign Affairs',
    ]);
  });

  it('a title never opens with the full stop that ended the sentence before it', () => {
    const x = run(
      'The talks ended in Valletta. Minister of Foreign and European Affairs Goran Horvat then left.',
    );
    expect(rolesOf(x, 'Goran Horvat').map(([t]) => t)).toEqual(['Minister of Foreign and European Affairs']);
  });

  it('near-miss: the full stop of "U.S." stays in the title', () => {
    const x = run('U.S. Secretary of State Tom Reed called his Kenyan counterpart on Monday.');
    expect(x.nameOf(x.persons.find((p) => p.name === 'Tom Reed')?.roles[0]?.country ?? null)).toBe(
      'United States',
    );
  });
});
