// State news agencies (QNA, WAM, KUNA, SPA) write titles in a formal style: compound titles
// ("Prime Minister and Minister of Foreign Affairs"), compound portfolios ("Minister of Foreign
// and European Affairs"), honorific descriptions as speakers ("HE the Prime Minister ...
// affirmed", "His Excellency also stressed") and title-case headlines.
import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const person = (x: X, name: string) => x.persons.find((p) => p.name === name);
const titlesOf = (x: X, name: string): string[] => person(x, name)?.roles.map((r) => r.title) ?? [];
const countriesOf = (x: X, name: string): Array<string | null> =>
  person(x, name)?.roles.map((r) => x.nameOf(r.country)) ?? [];

describe('compoundTitleBefore (persons.ts): two titles joined by "and" before one name', () => {
  it('"HE Prime Minister and Minister of Foreign Affairs Sheikh X": one person, both roles', () => {
    const x = run(
      'Doha, May 4 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Ahmed bin Khalid Al-Nasser received the Ambassador of Peru Ana Ruiz on Tuesday.',
    );
    expect(titlesOf(x, 'Ahmed bin Khalid Al-Nasser')).toEqual([
      'Prime Minister',
      'Minister of Foreign Affairs',
    ]);
    // the story's agency is Qatar's: a title with no country of its own is Qatar's
    expect(countriesOf(x, 'Ahmed bin Khalid Al-Nasser')).toEqual(['Qatar', 'Qatar']);
  });
  it('"Deputy Prime Minister and Minister of Foreign Affairs and Tourism of the Republic of Malta X"', () => {
    const x = run(
      'The minister spoke on Monday with HE Deputy Prime Minister and Minister of Foreign Affairs and Tourism of the Republic of Malta Karl Vella about shipping.',
    );
    expect(titlesOf(x, 'Karl Vella')).toEqual([
      'Deputy Prime Minister',
      'Minister of Foreign Affairs and Tourism',
    ]);
    expect(countriesOf(x, 'Karl Vella')).toEqual(['Malta', 'Malta']);
  });
  it('near-miss: a portfolio joined by "and" is one title; two titled names stay two persons', () => {
    const x = run(
      'Minister of Trade and Industry Ana Ruiz met Prime Minister Ivo Kask and Foreign Minister Eva Lind.',
    );
    expect(titlesOf(x, 'Ana Ruiz')).toEqual(['Minister of Trade and Industry']);
    expect(titlesOf(x, 'Ivo Kask')).toEqual(['Prime Minister']);
    expect(titlesOf(x, 'Eva Lind')).toEqual(['Foreign Minister']);
  });
});

describe('compound portfolios (roles.ts, organizations.ts): the whole portfolio names the ministry', () => {
  const orgsOf = (x: X): string[] => x.organizations.map((o) => o.name);
  it('"Minister of Foreign and European Affairs of the Republic of Slovenia X"', () => {
    const x = run(
      'Ana Ruiz received a call from HE Minister of Foreign and European Affairs of the Republic of Slovenia Tanja Vidmar on Friday.',
    );
    expect(titlesOf(x, 'Tanja Vidmar')).toEqual(['Minister of Foreign and European Affairs']);
    expect(countriesOf(x, 'Tanja Vidmar')).toEqual(['Slovenia']);
    expect(orgsOf(x)).toContain('Ministry of Foreign and European Affairs of Slovenia');
  });
  it('"Minister of Foreign Affairs and Tourism of Malta": the ministry keeps "and Tourism"', () => {
    const x = run('Ana Ruiz met the Minister of Foreign Affairs and Tourism of Malta Karl Vella in Rome.');
    expect(orgsOf(x)).toContain('Ministry of Foreign Affairs and Tourism of Malta');
  });
  it('"the Ministry of Foreign Affairs and Expatriates" keeps "and Expatriates"', () => {
    const x = run(
      'AMMAN — The Ministry of Foreign Affairs and Expatriates of Jordan condemned the remarks on Sunday, the ministry said.',
    );
    const names = orgsOf(x);
    expect(names.some((n) => n.startsWith('Ministry of Foreign Affairs and Expatriates'))).toBe(true);
    expect(names).not.toContain('Ministry of Foreign Affairs of Jordan');
  });
  it('near-miss: the plain ministry keeps its canonical name; "and the Ministry of X" is another', () => {
    expect(
      orgsOf(run('Ana Ruiz met the Minister of Foreign Affairs of Malta Karl Vella in Rome.')),
    ).toContain('Ministry of Foreign Affairs of Malta');
    const x = run(
      'The Jordanian Ministry of Foreign Affairs and the Ministry of Interior issued a joint statement.',
    );
    expect(orgsOf(x).some((n) => /Affairs and/.test(n))).toBe(false);
  });
});

describe('honorific descriptions as speakers (descriptions.ts)', () => {
  const story = [
    'Doha, May 4 (QNA) - HE Prime Minister and Minister of Foreign Affairs Sheikh Ahmed bin Khalid Al-Nasser received a phone call on Monday from HE Minister of Foreign Affairs of the Republic of Latvia Ivo Kask.',
    'HE the Prime Minister and Minister of Foreign Affairs affirmed that dialogue remains the only path to calm in the region.',
    'His Excellency also stressed the need to protect shipping lanes in the Gulf.',
  ].join(' ');
  const speakerOf = (x: X, words: string): string | null =>
    x.nameOf(x.statements.find((s) => s.content.includes(words))?.speaker ?? null);
  it('"HE the Prime Minister and Minister of Foreign Affairs affirmed": the holder of both titles', () => {
    const x = run(story);
    expect(speakerOf(x, 'dialogue remains')).toBe('Ahmed bin Khalid Al-Nasser');
  });
  it('"His Excellency also stressed": the person the text last styled so', () => {
    const x = run(story);
    expect(speakerOf(x, 'shipping lanes')).toBe('Ahmed bin Khalid Al-Nasser');
  });
  it('"His Highness said" with no one so styled: the salient speaker', () => {
    const x = run(
      'Kuwait, May 4 (KUNA) - Amir Sheikh Salem Al-Ahmad received Foreign Minister Ivo Kask on Monday. His Highness said the two countries share a long friendship.',
    );
    expect(speakerOf(x, 'long friendship')).toBe('Salem Al-Ahmad');
  });
  it('near-miss: a description that fits nobody resolves to nothing', () => {
    const x = run(
      'Doha, May 4 (QNA) - HE Minister of Foreign Affairs of the Republic of Latvia Ivo Kask called Ana Ruiz on Monday. HE the Minister of Energy affirmed that supplies remain stable.',
    );
    expect(speakerOf(x, 'supplies remain')).toBeNull();
  });
});

describe('ordinaryWordsInTitleCaseLine (persons.ts): a title-case headline predicate is no name', () => {
  it('"Prime Minister and Minister of Foreign Affairs Receives Phone Calls from ..." names nobody', () => {
    const x = run(
      'Prime Minister and Minister of Foreign Affairs Receives Phone Calls from Foreign Ministers of Latvia, Peru\nDoha, May 4 (QNA) - The talks covered shipping.',
    );
    expect(x.persons.map((p) => p.name)).not.toContain('Receives Phone Calls');
  });
  it('near-miss: a real name after a title in a title-case headline stays', () => {
    const x = run(
      'President Ana Berg Meets Foreign Minister of Peru in Lima\nLima, May 4 - Ana Berg said the talks went well.',
    );
    expect(x.persons.map((p) => p.name)).toContain('Ana Berg');
  });
});
