import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const places = (text: string): Array<[string, string]> => run(text).places.map((p) => [p.name, p.placeKind]);

describe('buildings and grounds named by a head noun', () => {
  it('finds a hotel, a square and a building, without the city before them', () => {
    const got = places(
      'Delegates stayed at the Blue Lagoon Hotel and laid flowers in Freedom Square before a dinner at Oslo’s Parliament Building.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['Blue Lagoon Hotel', 'venue'],
        ['Freedom Square', 'venue'],
        ['Parliament Building', 'venue'],
      ]),
    );
  });
  it('does not take a residence or a government named "House" for a venue', () => {
    expect(
      places('The leaders met at Harbour House in Oslo on Monday.').filter(([, k]) => k === 'venue'),
    ).toEqual([]);
  });
  it('keeps two buildings with similar names apart', () => {
    const x = run('The talks took place at the Independence Palace.');
    expect(x.places.map((p) => p.name)).toContain('Independence Palace');
  });
});

describe('provinces and states from the subdivision list', () => {
  it('takes a province after a title, after a preposition or before a word of government', () => {
    const got = places(
      'Governor Balochistan Amir Khan met the Sindh government team. Trade in Bavaria grew, officials said.',
    ).map(([n]) => n);
    expect(got).toEqual(expect.arrayContaining(['Balochistan', 'Sindh', 'Bavaria']));
    expect(run('Governor Balochistan Amir Khan met the team.').persons.map((p) => p.name)).toEqual([
      'Amir Khan',
    ]);
  });
  it('does not take a national minister’s given name for a province of that spelling', () => {
    const x = run('Slovak Foreign Minister Peter Hudak met his Czech counterpart in Bratislava on Monday.');
    expect(x.persons.map((p) => p.name)).toContain('Peter Hudak');
    expect(x.places.map((p) => p.name)).not.toContain('Peter');
  });
  it('does not take a subdivision’s name with no such use, nor an English word', () => {
    expect(places('Bavaria Motors sold more cars.')).toEqual([]);
    expect(places('Officials from the Western province met in Central Park.').map(([n]) => n)).not.toContain(
      'Western',
    );
  });
  it('leaves "<name> region" to the region pattern', () => {
    expect(places('Growers in the Apulia region met the minister.').map(([n]) => n)).toEqual([
      'Apulia region',
    ]);
  });
});

describe('cities at the end of a title and without their hyphen', () => {
  it('takes a city that ends a title before the holder’s name', () => {
    const x = run('Consul General in Lahore Maria Dunn met the chief minister.');
    expect(x.places.map((p) => p.name)).toContain('Lahore');
    expect(x.persons.map((p) => p.name)).toContain('Maria Dunn');
  });
  it('finds a capital written without its hyphen', () => {
    expect(run('Leaders arrived in Port Vila on Monday.').places.map((p) => p.aliases)).toContainEqual([
      'Port Vila',
    ]);
  });
});

describe('regions known by name alone, and regions named with their head word', () => {
  it('takes a geographic or contested region with no cue', () => {
    const got = places('Tension in the Balkans and the fighting over Transnistria were discussed.').map(
      ([n]) => n,
    );
    expect(got).toEqual(expect.arrayContaining(['Balkans', 'Transnistria']));
  });
  it('keeps one record for "Republic of X" and "X", and gives "<X> region" the alias X', () => {
    const x = run(
      'Leaders of the Republic of Bashkortostan met. Bashkortostan exports oil from the Lakeland region.',
    );
    const named = x.places.filter((p) => p.placeKind === 'region');
    expect(named.map((p) => p.name)).toEqual(['Republic of Bashkortostan', 'Lakeland region']);
    expect(named[1]?.aliases).toContain('Lakeland');
  });
  it('does not take a country named by a compass word for a region', () => {
    expect(places('The President of South Africa spoke.').filter(([, k]) => k === 'region')).toEqual([]);
  });
});

describe('a dateline city before a colon', () => {
  it('takes "CITY:" at the start of a line', () => {
    expect(places('NAIROBI: The talks opened on Monday.')).toContainEqual(['Nairobi', 'city']);
  });
  it('does not take an uppercase word that is no city', () => {
    expect(places('UPDATE: The talks opened on Monday.')).toEqual([]);
  });
});

describe('cityAfterLocativeAndDemonym (src/entities/places.ts)', () => {
  it('"held talks in Brazilian Recife": the country adjective between "in" and the city', () => {
    const x = run(
      'Chilean Foreign Minister Ana Ruiz held talks with Paulo Matos on Friday in Brazilian Recife.',
    );
    expect(x.places.map((p) => p.name)).toContain('Recife');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Recife');
  });
  it('near-miss: without the locative, a capitalised word before the city keeps it a modifier', () => {
    const x = run('The Brazilian Recife delegation arrived on Friday.');
    expect(x.places.map((p) => p.name)).not.toContain('Recife');
  });
});
