import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakersOf = (x: ReturnType<typeof run>): Array<string | null> =>
  x.statements.map((s) => x.nameOf(s.speaker));

describe('countriesSpeakingAsGovernments: a country that speaks is its government', () => {
  it('"Chile said on Monday that ..." is the Government of Chile', () => {
    const x = run('Peru recalled its ambassador. Chile said on Monday that the decision was regrettable.');
    expect(speakersOf(x)).toEqual(['Government of Chile']);
  });

  it('"Norway firmly denies the claims, calling ..." is the Government of Norway', () => {
    const x = run('Norway firmly denies the claims, calling them a smear campaign.');
    expect(speakersOf(x)).toEqual(['Government of Norway']);
  });

  it('"Kenya maintained that ..." reports words (maintain with "that")', () => {
    const x = run('Kenya maintained that the border would stay open.');
    expect(speakersOf(x)).toEqual(['Government of Kenya']);
  });

  it('near-miss: "Kenya has long maintained good ties" says nothing', () => {
    const x = run('Kenya has long maintained good ties with both of its neighbours.');
    expect(x.statements).toHaveLength(0);
    expect(x.organizations.map((o) => o.name)).not.toContain('Government of Kenya');
  });

  it('near-miss: a demonym before a speaker is no government ("Chilean officials said")', () => {
    const x = run('Chilean officials said on Monday that the decision was regrettable.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Government of Chile');
  });
});

describe('mixedCaseDateline: a city before a colon places the story but does not make it that country’s', () => {
  it('"the Ministry of Foreign Affairs said" after "Bari:" is not Italy’s', () => {
    const x = run(
      'Leaders meet at summit\n\nBari: Prime Minister Ana Lopez of Chile on Friday met Japanese Prime Minister Fumio Kishida, the Ministry of Foreign Affairs said.',
    );
    expect(x.organizations.map((o) => o.name)).not.toContain('Ministry of Foreign Affairs of Italy');
  });

  it('near-miss: an uppercase dateline still gives its country to the ministry', () => {
    const x = run(
      'ROME, May 3 (Agency) - Prime Minister Ana Lopez of Chile on Friday met Japanese Prime Minister Fumio Kishida, the Ministry of Foreign Affairs said.',
    );
    expect(x.organizations.map((o) => o.name)).toContain('Ministry of Foreign Affairs of Italy');
  });
});
