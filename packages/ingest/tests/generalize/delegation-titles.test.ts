import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const rolesOf = (x: X, name: string): string[] =>
  (x.persons.find((p) => p.name === name)?.roles ?? []).map(
    (r) => `${r.title}/${x.nameOf(r.country) ?? '-'}`,
  );
const names = (x: X): string[] => x.persons.map((p) => p.name);

describe('"Minister for Foreign Affairs of New Zealand, X": the "for" of a portfolio is inside the title', () => {
  it('the whole title, and with a deputy prime minister’s office before it, both offices', () => {
    const x = run('The Minister for Foreign Affairs of New Zealand, Ana Berg, arrived in Port Moresby.');
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Minister for Foreign Affairs/New Zealand']);
    const y = run(
      'The Deputy Prime Minister and Minister for Foreign Affairs of New Zealand, Ana Berg, arrived in Port Moresby.',
    );
    expect(rolesOf(y, 'Ana Berg')).toEqual([
      'Deputy Prime Minister/New Zealand',
      'Minister for Foreign Affairs/New Zealand',
    ]);
  });
  it('near-miss: "Minister of Foreign Affairs and Trade" is one office', () => {
    expect(rolesOf(run('Minister of Foreign Affairs and Trade Ana Berg met reporters.'), 'Ana Berg')).toEqual(
      ['Minister of Foreign Affairs and Trade/-'],
    );
  });
});

describe('portfolioThenHead: "Deputy Prime Minister and Foreign Minister X" holds two offices', () => {
  it('splits at "and" before a portfolio and its head', () => {
    expect(
      rolesOf(run('Deputy Prime Minister and Foreign Minister Tom Lind held talks in Hanoi.'), 'Tom Lind'),
    ).toEqual(['Deputy Prime Minister/-', 'Foreign Minister/-']);
  });
});

describe('countryOfOwnTitle: "External Affairs Minister" is India’s, wherever the dateline is', () => {
  it('not the dateline’s country', () => {
    const x = run(
      'Singapore, October 20 : External Affairs Minister Tom Lind met Trade Minister Ana Berg on Friday.',
    );
    expect(rolesOf(x, 'Tom Lind')).toEqual(['External Affairs Minister/India']);
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Trade Minister/Singapore']);
  });
});

describe('a delegation listed as "Title, Name, Title, Dr Name"', () => {
  const text =
    'He was accompanied by Climate Change Minister, Simon Watts, Minister for Health, Dr Shae Reti, and officials.';
  it('titleOfNextName and bareHonorificAfterComma: each title is the next name’s', () => {
    const x = run(text);
    expect(rolesOf(x, 'Shae Reti')).toEqual(['Minister for Health/-']);
    expect(rolesOf(x, 'Simon Watts')).not.toContain('Minister for Health/-');
  });
  it('"Minister for Pacific Peoples, X": the portfolio is no person', () => {
    const x = run('Minister for Pacific Peoples, Ana Berg, said the talks went well.');
    expect(names(x)).toEqual(['Ana Berg']);
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Minister for Pacific Peoples/-']);
  });
  it('near-miss: an appositive before "and" stays the name’s own', () => {
    const x = run('He met Ana Berg, the Foreign Minister of Chile, and Tom Lind.');
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Foreign Minister/Chile']);
  });
});

describe('venues: hospitals, barracks, and names with "and" or a country inside', () => {
  it('"Sheraton Fiji Golf and Beach Resort", "Port Moresby General Hospital", "Murray Barracks"', () => {
    const x = run(
      'The leaders met at the Sheraton Fiji Golf and Beach Resort in Nadi. He later visited Port Moresby General Hospital and Murray Barracks.',
    );
    const venues = x.places.filter((p) => p.placeKind === 'venue').map((p) => p.name);
    expect(venues).toEqual(
      expect.arrayContaining([
        'Sheraton Fiji Golf and Beach Resort',
        'Port Moresby General Hospital',
        'Murray Barracks',
      ]),
    );
    expect(venues).not.toContain('Beach Resort');
  });
  it('near-miss: a city or country opening the phrase is no part of the venue', () => {
    const x = run("Budapest's Parliament Building was lit. The talks took place at the Hungary Grand Hotel.");
    const venues = x.places.filter((p) => p.placeKind === 'venue').map((p) => p.name);
    expect(venues).toEqual(['Parliament Building', 'Grand Hotel']);
  });
});

describe('the ʻokina of Tongan and Hawaiian names, written as an opening quote glued to the name', () => {
  it('"the Prime Minister of Tonga, ‘Aisake Valu Eke" is a titled person', () => {
    const x = run(
      'The Prime Minister of Fiji, Sitiveni Rabuka, met the Prime Minister of Tonga, ‘Aisake Valu Eke, in Nadi on Monday.',
    );
    expect(rolesOf(x, 'Aisake Valu Eke')).toEqual(['Prime Minister/Tonga']);
  });
  it('near-miss: a quotation opened after a title’s comma is no name', () => {
    const x = run('The Prime Minister of Tonga said, ‘We will stay.’');
    expect(x.persons).toEqual([]);
  });
});

describe('nextInSequence: "a meeting with B, and then he will meet with C" are two meetings', () => {
  it('one with each, the visitor at both', () => {
    const x = run(
      'Tom Lind arrived on Monday. On Tuesday, Mr Lind will have a breakfast meeting with Opposition Leader Ana Berg, and then he will meet with Prime Minister Eva Holm.',
    );
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)))).toEqual([
      ['Tom Lind', 'Ana Berg'],
      ['Tom Lind', 'Eva Holm'],
    ]);
  });
  it('near-miss: "met B and then held talks with B" shares its parties and stays one meeting', () => {
    const x = run('Tom Lind met Ana Berg on Monday, and then he held talks with Ana Berg over lunch.');
    expect(x.meetings).toHaveLength(1);
  });
});

describe('pronounSubjectMet: "He was welcomed by his counterpart A and B" is the visitor’s meeting', () => {
  it('the subject told before is at it', () => {
    const x = run(
      'Foreign Minister Tom Lind arrived in Port Moresby on Sunday. He was welcomed by his PNG counterpart Ana Berg and Chief Secretary Eva Holm.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Tom Lind', 'Ana Berg', 'Eva Holm']);
  });
  it('near-miss: "He was received with honours" names no one met', () => {
    const x = run(
      'Foreign Minister Tom Lind arrived in Port Moresby on Sunday. He was received with military honours.',
    );
    expect(x.meetings).toEqual([]);
  });
});

describe('presidentOfTheDateline: the president right after the dateline is the dateline country’s', () => {
  it('"NAIROBI, Kenya, Mar 12 – President X held talks with Ethiopian President Y"', () => {
    const x = run(
      'NAIROBI, Kenya, Mar 12 – President Tom Lind on Thursday held talks with Ethiopian President Ana Berg at State House, Nairobi.',
    );
    expect(rolesOf(x, 'Tom Lind')).toEqual(['President/Kenya']);
    expect(rolesOf(x, 'Ana Berg')).toEqual(['President/Ethiopia']);
  });
  it('near-misses: a visiting president, and a president not right after a dateline', () => {
    expect(rolesOf(run('NAIROBI, Mar 12 – Visiting President Ana Berg met officials.'), 'Ana Berg')).toEqual([
      'President/-',
    ]);
    expect(rolesOf(run('Kenya news. President Ana Berg met officials in Nairobi.'), 'Ana Berg')).toEqual([
      'President/-',
    ]);
  });
});
