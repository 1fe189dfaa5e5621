import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Collective subjects ("the two sides", "the participants", "both ministers"): under the
// evaluation conventions a country or a "side" has no speaker of its own; the words belong to
// the institution that relays them (documentReferredBack, ministryReferredBack in frames.ts).
const lead =
  'Foreign Minister Anna Berg held talks with Foreign Minister Tomas Varga in Vienna on Monday, the Austrian Foreign Ministry’s press service reported.\n\n';

describe('collective speakers', () => {
  it('gives "the participants stressed ..., the press service said" to the press service', () => {
    const x = run(
      `${lead}The participants stressed that trade must grow, the press service said in a statement.`,
    );
    const st = x.statements.find((s) => /participants stressed/.test(s.evidence.at(-1)?.exact ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toMatch(
      /^Press service of the Ministry of Foreign Affairs of Austria$/,
    );
  });
  it('gives "the sides noted ..., the ministry said" to the ministry', () => {
    const x = run(`${lead}The sides noted that trade must grow, the ministry said.`);
    const st = x.statements.find((s) => /sides noted/.test(s.evidence.at(-1)?.exact ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toBe('Ministry of Foreign Affairs of Austria');
  });
  it('makes no statement of "the two sides agreed" that no one relays', () => {
    const x = run(
      'Foreign Minister Anna Berg held talks with Foreign Minister Tomas Varga in Vienna on Monday.\n\nThe two sides agreed to expand trade and to meet again in May.',
    );
    expect(x.statements.filter((s) => /two sides agreed/.test(s.evidence.at(-1)?.exact ?? ''))).toEqual([]);
  });
});

describe('two persons as one subject ("A and B stressed")', () => {
  it('makes no statement of "Berg and Varga stressed the need ..." that no one relays', () => {
    const x = run(`${lead}Berg and Varga stressed the need to cooperate closely on energy.`);
    expect(x.statements.filter((s) => /Varga stressed/.test(s.evidence.at(-1)?.exact ?? ''))).toEqual([]);
  });
  it('gives "Berg and Varga agreed ..., the ministry said" to the ministry', () => {
    const x = run(`${lead}Berg and Varga agreed to meet again in May, the ministry said.`);
    const st = x.statements.find((s) => /Varga agreed/.test(s.evidence.at(-1)?.exact ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toBe('Ministry of Foreign Affairs of Austria');
  });
  it('still gives "Berg, after talks with Varga, stressed" to Berg', () => {
    const x = run(`${lead}Speaking after the talks, Berg stressed the need to cooperate closely on energy.`);
    const st = x.statements.find((s) => /Berg stressed/.test(s.evidence.at(-1)?.exact ?? ''));
    expect(x.nameOf(st?.speaker ?? null)).toBe('Anna Berg');
  });
});
