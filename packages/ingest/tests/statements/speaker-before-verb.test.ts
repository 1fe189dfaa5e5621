import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('statements', () => {
  it('attributes a direct quote to the speaker after it', () => {
    const x = run('"We will keep working together," Defence Minister Ola Dahl said.');
    expect(x.statements).toHaveLength(1);
    expect(x.nameOf(x.statements[0]?.speaker ?? null)).toBe('Ola Dahl');
    expect(x.statements[0]?.quote).toBe('We will keep working together');
  });
});

describe('a retelling in other words', () => {
  it('reads the military department, the appositive speaker and the X account', () => {
    const x = run(
      'Belarusian Defence Minister Ivan Lis held talks in Minsk with Russian Defence Minister Oleg Orlov, the Belarusian military department reported on Telegram.\nPetr Kral, the head of the international cooperation department of the Belarusian Defence Ministry, posted on his X account that the talks were useful.',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Ministry of Defense of Belarus', 'telegram'],
      ['Petr Kral', 'x'],
    ]);
    expect(x.persons.find((p) => p.name === 'Petr Kral')?.roles[0]?.title).toBe(
      'Head of the international cooperation department of the Belarusian Defence Ministry',
    );
  });
});

describe('lowercase titles and appositive speakers', () => {
  it('"X, an aide to the Belarusian defence minister, wrote on X" is X\'s statement with the ministry in the role', () => {
    const x = run(
      'Petr Kral, an aide to the Belarusian defence minister, wrote on X that the dialogue was frank. The MoD of Belarus later confirmed the meeting.',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Petr Kral', 'x'],
      ['Ministry of Defense of Belarus', null],
    ]);
    expect(x.nameOf(x.persons[0]?.roles[0]?.organization ?? null)).toBe('Ministry of Defense of Belarus');
  });
});

describe('governments and day-first datelines', () => {
  it('"the Russian government\'s press service said" is that press service; a council is no press owner', () => {
    const x = run(
      "A session of the CSTO Collective Security Council opened in Minsk. Officials discussed energy prices, the Norwegian government's press service said.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Press service of the Government of Norway',
    ]);
  });
});

describe('a story’s own date and reported plans', () => {
  it('hears "the ministry dismissed the remarks as propaganda" as the ministry’s statement', () => {
    const x = run(
      'Defence Minister Oleg Marchuk spoke in Minsk. Lithuania’s Defence Ministry dismissed the remarks as “propaganda”.',
    );
    expect(x.statements.some((s) => x.nameOf(s.speaker) === 'Ministry of Defense of Lithuania')).toBe(true);
  });
});

describe('"SPEAKER said": the nearest mention before the verb that can speak', () => {
  it('gives the words to the minister before the verb', () => {
    const x = run('Finnish Foreign Minister Aino Virta said on Monday that the links were ready.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Aino Virta']);
  });
  it('does not take a person named after the verb for its subject', () => {
    expect(run('The crowd cheered Finnish Foreign Minister Aino Virta in Turku.').statements).toEqual([]);
  });
});
