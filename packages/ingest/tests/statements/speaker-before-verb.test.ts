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

describe('a title with commas of its own between the person and the verb', () => {
  it('"X, minister of economy, trade and industry of Japan, said" gives X', () => {
    const x = run(
      'Kenji Arai, minister of economy, trade and industry of Japan, said that the meeting went well.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Kenji Arai']);
  });
  it('does not reach past a clause with quotation marks in it', () => {
    const x = run('Kenji Arai, who called the plan "a fine idea, really", and his aides, said nothing new.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Kenji Arai');
  });
});

describe('a negated verb of saying', () => {
  it('"X did not confirm reports" is a statement of X', () => {
    const x = run(
      'Kremlin spokesman Ivan Petrov on Tuesday did not confirm reports that the envoys had met in Ankara.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ivan Petrov']);
  });
  it('"X did not attend" is not', () => {
    const x = run('Kremlin spokesman Ivan Petrov on Tuesday did not attend the talks in Ankara.');
    expect(x.statements).toEqual([]);
  });
});

describe('"Prime Minister X today said": a day word between the speaker and the verb', () => {
  it('gives the words to the person before "today said"', () => {
    const x = run(
      'KUALA LUMPUR, April 4 ― Prime Minister Datuk Seri Ahmad Rafiq today said that his meeting with President Budi Santoso discussed border issues.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ahmad Rafiq']);
  });
  it('does not read "today" as a speaker’s word when no one stands before it', () => {
    const x = run('Border issues were discussed today, officials in Kuala Lumpur said.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([]);
  });
});

describe('"X in a statement said", "X during the meeting expressed": the medium or occasion between speaker and verb', () => {
  it('gives the words to the institution before "in a statement said"', () => {
    const x = run(
      'The Ministry of Foreign Affairs of Norway in a statement said, "The two ministers agreed to meet again in spring."',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ministry of Foreign Affairs of Norway']);
  });
  it('gives the words to the person before "during the meeting expressed"', () => {
    const x = run(
      'Norwegian Foreign Minister Ivar Lunde met Finnish Foreign Minister Aino Virta in Oslo. Minister Lunde during the meeting expressed concern about fishing quotas.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ivar Lunde']);
  });
  it('does not skip a noun between them ("Lunde’s deputy in a statement said")', () => {
    const x = run('Minister Ivar Lunde’s deputy in a statement said the talks were useful.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Ivar Lunde');
  });
});

describe('"X, spokesperson for the Y Ministry announced": an appositive left open before the verb', () => {
  it('gives the words to the person, not to the ministry at the end of the appositive', () => {
    const x = run(
      'Omar Rahimi, spokesperson for the interim Foreign Ministry announced on Twitter that both sides agreed to meet again.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Omar Rahimi']);
  });
  it('leaves a ministry that is the subject after a non-position appositive to the ministry', () => {
    const x = run(
      'Omar Rahimi met the envoy on Monday. The Foreign Ministry of Jordan announced on Twitter that both sides agreed to meet again.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Omar Rahimi');
  });
});
