import { describe, expect, it } from 'vitest';
import { dateInClause } from '../src/dates.js';
import { run } from './helpers.js';

describe('statements', () => {
  it('attributes a direct quote to the speaker after it', () => {
    const x = run('"We will keep working together," Defence Minister Ola Dahl said.');
    expect(x.statements).toHaveLength(1);
    expect(x.nameOf(x.statements[0]?.speaker ?? null)).toBe('Ola Dahl');
    expect(x.statements[0]?.quote).toBe('We will keep working together');
  });
  it('attributes indirect speech and resolves a pronoun in the next sentence', () => {
    const x = run(
      'Foreign Minister Ada Roth said the talks were useful. She also noted that trade had grown.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ada Roth', 'Ada Roth']);
    expect(x.statements[0]?.quote).toBeNull();
  });
  it('makes no statement from a sentence without a speaker', () => {
    expect(run('Trade had grown over the year, and prices fell.').statements).toEqual([]);
  });
  it('reads the channel from the sentence and keeps it for the same speaker', () => {
    const x = run(
      'In an interview with a local channel, President Ivo Lahti said the plan was ready. Lahti added that funding was secured.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual(['interview', 'interview']);
    expect(run('Minister Rein Toom wrote on X that the visit was over.').statements[0]?.channel).toBe('x');
    expect(
      run("The press service of Latvia's Ministry of Defence confirmed the visit on its Telegram channel.")
        .statements[0]?.channel,
    ).toBe('telegram');
  });
  it('gives words relayed by a ministry to the person, and the ministry its own words', () => {
    const x = run(
      "Minister Lea Kivi noted that ties were strong, Estonia's Foreign Ministry said. The ministry said a new round was agreed.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Lea Kivi',
      'Ministry of Foreign Affairs of Estonia',
    ]);
  });
  it('continues the previous speaker for an unattributed quotation in the next paragraph', () => {
    const x = run(
      '"The first part is done," Minister Pia Lund said.\n"The second part starts in May and needs more funds."',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Pia Lund', 'Pia Lund']);
  });
});

describe('dates', () => {
  const anchor = { iso: '2025-05-14', source: 'meta' };
  it('resolves weekdays against the anchor, forward for the future', () => {
    expect(dateInClause('They met on Wednesday.', anchor)).toBe('2025-05-14');
    expect(dateInClause('They met on Monday.', anchor)).toBe('2025-05-12');
    expect(dateInClause('They will meet on Thursday.', anchor)).toBe('2025-05-15');
    expect(dateInClause('They met last Wednesday.', anchor)).toBe('2025-05-07');
  });
  it('reads full dates, day-month with the anchor year, and ranges by their first day', () => {
    expect(dateInClause('On September 15, 2021 the council sat.', null)).toBe('2021-09-15');
    expect(dateInClause('On 23-24 March the ministers met.', anchor)).toBe('2025-03-23');
    expect(dateInClause('They met yesterday.', anchor)).toBe('2025-05-13');
  });
  it('gives no date when nothing fixes it', () => {
    expect(dateInClause('They met recently.', anchor)).toBeNull();
    expect(dateInClause('They met on Friday.', null)).toBeNull();
  });
});

describe('news written by others', () => {
  it('resolves "the ministry" after "according to", and "for his part"', () => {
    const x = run(
      "Estonia's Ministry of Defence hosted the talks. According to the ministry, the sides agreed. Minister Rein Kask, for his part, noted progress.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Ministry of Defense of Estonia',
      'Rein Kask',
    ]);
  });
});

describe('speakers that are not the previous one', () => {
  it('does not hand an anonymous source’s quote to the previous speaker', () => {
    const x = run(
      'Minister Ola Dahl said the talks went well.\n"It is a pattern we have seen before," a diplomat said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ola Dahl']);
  });
  it('gives "the press service said" to the press service named before', () => {
    const x = run(
      'The talks began, the Kremlin press service said. "Documents will be signed," the press service said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Press service of the Kremlin',
      'Press service of the Kremlin',
    ]);
  });
});

describe('attributes of statements', () => {
  it('a headline reporting the words joins the body statement', () => {
    const x = run(
      'President Ada Berg announces new talks with Olof Sand\nPresident Ada Berg said on Monday that new talks were agreed.',
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.evidence).toHaveLength(2);
  });
  it('a press service and its institution share the channel of the report', () => {
    const x = run(
      'The talks began, the Kremlin press service said in a statement. "Documents will be signed," the Kremlin said.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual(['press_release', 'press_release']);
  });
  it('"spoke about" is speech; "spoke by phone" is not', () => {
    expect(run('In an interview, President Ada Berg spoke about the plan.').statements[0]?.channel).toBe(
      'interview',
    );
    expect(run('President Ada Berg spoke by phone with President Olof Sand.').statements).toEqual([]);
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

describe('inverted attribution with a title', () => {
  it('"...," said Russian Foreign Minister X gives X, not the ministry his title implies', () => {
    const x = run('"We are ready for talks," said Norwegian Foreign Minister Ola Dahl.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ola Dahl']);
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

describe('a quotation spanning sentences', () => {
  const lead =
    'Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday.';
  it('is one statement when the words after it only say who spoke and where', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa said in a statement published by the Ministry of Economy of Portugal.`,
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.quote).toMatch(/^We have the sun .* to the north,?$/);
  });
  it('is followed by a second statement when the words after it report more', () => {
    const x = run(
      `${lead}\n\n"We have the sun and they have the grid. Together we can export power to the north," Costa said on Wednesday, adding that Portuguese firms would bid for the first contracts next year.`,
    );
    expect(x.statements).toHaveLength(2);
  });
});

describe('what a statement is about', () => {
  const call = 'Defence Minister Karl Berg spoke by phone with Defence Minister Jan Dvorak on Monday.';
  it('is the call referred back to, not the sitting named as its time ("following the June summit")', () => {
    const x = run(
      `${call} "The purpose of the call was to keep channels open following the June summit of NATO leaders in Vienna," spokesman Petr Hala said.`,
    );
    const theCall = x.meetings.find((m) => m.meetingKind === 'call');
    const st = x.statements.find((s) => /purpose of the call/.test(s.quote ?? ''));
    expect(st?.about).toBe(theCall?.ref);
  });
  it('is the sitting its own sentence tells when nothing refers back', () => {
    const x = run(
      `${call} "We expect progress at the summit of NATO leaders in Vienna in June," spokesman Petr Hala said.`,
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const st = x.statements.find((s) => /expect progress/.test(s.quote ?? ''));
    expect(summit).toBeDefined();
    expect(st?.about).toBe(summit?.ref);
  });
});

describe('"he said" after a sentence that named the speaker', () => {
  it('is the speaker the previous sentence began with, even when a preposition ended the one before', () => {
    const x = run(
      'Russia was represented by Foreign Minister Sergey Lavrov. Lavrov told reporters after the meeting that the drafts were ready. "We have agreed on all the documents for the heads of state," he said.',
    );
    const quoted = x.statements.find((s) => s.quote?.startsWith('We have agreed'));
    expect(x.nameOf(quoted?.speaker ?? null)).toBe('Sergey Lavrov');
  });
  it('is not a person named after "by" in the same sentence', () => {
    const x = run(
      'Foreign Minister Anna Lind spoke first. The session was chaired by Foreign Minister Piotr Nowak. "We agreed on the agenda," she said.',
    );
    const quoted = x.statements.find((s) => s.quote?.startsWith('We agreed'));
    expect(x.nameOf(quoted?.speaker ?? null)).toBe('Anna Lind');
  });
});

describe('readouts and boards', () => {
  it('does not take a lone word that had talks for a person', () => {
    const x = run('Gazprom had talks with the Kazakh government about gas transit.');
    expect(x.persons).toEqual([]);
  });
});

describe('"X, a spokesperson for Y said"', () => {
  it('gives X no title: the phrase is who said so', () => {
    const x = run(
      'Healey held talks with his German counterpart Boris Weber, a spokesperson for the Ministry of Defence said.',
    );
    const weber = x.persons.find((p) => p.name === 'Boris Weber');
    expect(weber?.roles.map((r) => r.title) ?? []).not.toContain('Spokesperson for the Ministry of Defence');
  });
});

describe('a visit announced by a spokesman', () => {
  const text =
    'Lavrov to visit Pyongyang next week, Kremlin says\n\nMOSCOW, Nov 14 (AP) — Russian Foreign Minister Sergei Lavrov will travel to North Korea next week for talks with his North Korean counterpart Choe Son Hui, Kremlin spokesman Dmitry Peskov told journalists on Thursday.';
  it('folds "..., Kremlin says" in the headline into the spokesman’s statement', () => {
    const x = run(text, { publishedAt: '2024-11-14' });
    expect(x.statements).toHaveLength(1);
    expect(x.nameOf(x.statements[0]?.speaker ?? null)).toBe('Dmitry Peskov');
    expect(x.statements[0]?.evidence).toHaveLength(2);
  });
});

describe('a council sitting told the way its secretariat tells it', () => {
  const text =
    'On 22 November 2024, a regular meeting of the Council of Ministers of Defence of the CIS member states took place in Bishkek. It was attended by the heads of defence departments of Armenia, Belarus and Kazakhstan.\n\nThe Belarusian delegation was headed by Minister of Defence Oleg Marchuk.\n\nThe Council approved the plan of cooperation for 2025 and decided to hold its next meeting in Moscow in May.';
  it('gives the head of "the Belarusian delegation" Belarus', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const marchuk = x.persons.find((p) => p.name === 'Oleg Marchuk');
    expect(x.nameOf(marchuk?.roles[0]?.country ?? null)).toBe('Belarus');
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
