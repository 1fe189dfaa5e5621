import { describe, expect, it } from 'vitest';
import { dateInClause } from '../src/dates.js';
import { run } from './helpers.js';

describe('meetings', () => {
  it('makes a bilateral meeting from two named persons and a trigger, with place and date', () => {
    const x = run(
      'Finnish Foreign Minister Aino Virta met with her Estonian counterpart Mart Kask in Tallinn on Tuesday.',
      { publishedAt: '2024-03-07' },
    );
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0];
    expect(m?.meetingKind).toBe('bilateral');
    expect(m?.participants.map((r) => x.nameOf(r))).toEqual(['Aino Virta', 'Mart Kask']);
    expect(x.nameOf(m?.place ?? null)).toBe('Tallinn');
    expect(m?.date).toBe('2024-03-05');
    expect(m?.status).toBe('held');
  });
  it('does not make a meeting from a trigger word with nobody at it', () => {
    expect(run('Meeting deadlines is hard for any office.').meetings).toEqual([]);
  });
  it('links a sideline meeting to the summit it took place within', () => {
    const x = run(
      'Prime Minister Lena Holm and President Piotr Nowak held talks on the sidelines of the NATO summit in Vilnius.',
    );
    const bilateral = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(bilateral?.within).toBe(summit?.ref);
    expect(x.nameOf(summit?.forum ?? null)).toBe('NATO');
  });
  it('points an anaphor back instead of making a new meeting', () => {
    const x = run(
      'Defence Minister Karl Berg met Defence Minister Jan Dvorak in Prague. The meeting lasted two hours.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('reads a phone call and a planned meeting', () => {
    const call = run('President Anna Lind spoke by phone with President Tomas Vrba.');
    expect(call.meetings[0]?.meetingKind).toBe('call');
    const planned = run('President Anna Lind will meet President Tomas Vrba in Riga next week.');
    expect(planned.meetings[0]?.status).toBe('planned');
  });
  it('leaves out a person who skipped a summit', () => {
    const x = run('Prime Minister Eva Sand skipped the latest CSTO summit in Minsk.');
    expect(x.meetings[0]?.participants).toEqual([]);
  });
  it('makes a session of a body with its forum and keeps the defined acronym', () => {
    const x = run(
      'President Ivo Mark took part in the session of the Council of Heads of State of the Commonwealth of Independent States in Astana.',
    );
    const m = x.meetings[0];
    expect(m?.meetingKind).toBe('summit');
    expect(x.nameOf(m?.forum ?? null)).toBe('Council of Heads of State of the CIS');
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

describe('meeting references', () => {
  it('"their negotiations in <place>" is another meeting of the pair named before', () => {
    const x = run(
      'President Ada Berg will meet President Olof Sand soon. Berg said they agreed on it during their negotiations in Riga on March 2.',
      { publishedAt: '2024-05-01' },
    );
    expect(x.meetings).toHaveLength(2);
    const riga = x.meetings.find((m) => m.place && x.nameOf(m.place) === 'Riga');
    expect(riga?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
    expect(riga?.status).toBe('held');
  });
  it('one trip to two sittings told in one sentence is one meeting', () => {
    const x = run(
      'Prime Minister Ole Brun travelled to Astana to attend a meeting of the Eurasian Economic Council and an informal meeting of CIS heads.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
  });
});

describe('news written by others', () => {
  it('reads the dateline as the story date for weekdays', () => {
    const x = run(
      'RIGA, April 12. /Agency/. Defence Minister Ivo Kalns met Defence Minister Rolf Dahl on Tuesday.',
      { publishedAt: '2024-06-05' },
    );
    expect(x.meetings[0]?.date).toBe('2024-04-09');
  });
  it('keeps the date of a call off the summit the call prepares', () => {
    const x = run(
      'Foreign Minister Ada Holm on Monday held phone talks with Foreign Minister Ivo Tamm to prepare the upcoming NATO summit in Vilnius.',
      { publishedAt: '2024-06-05' },
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(x.meetings.find((m) => m.meetingKind === 'call')?.date).toBe('2024-06-03');
    expect(summit?.date ?? null).toBeNull();
  });
  it('a body as the subject of "will meet" is a sitting with that forum', () => {
    const x = run('The SCO Council of Heads of State will meet in Astana on July 3.', {
      publishedAt: '2024-06-05',
    });
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Council of Heads of State of the SCO');
    expect(x.meetings[0]?.status).toBe('planned');
  });
});

describe('sittings told over several sentences', () => {
  it('adds who chaired and who represented countries, and prefers the body as forum', () => {
    const x = run(
      'A session of the CSTO Council of Defense Ministers opened in Astana on Tuesday. The meeting was chaired by Defense Minister Ruslan Tamm. Russia is represented by Defense Minister Ivan Orlov.',
      { publishedAt: '2023-11-22' },
    );
    const m = x.meetings[0];
    expect(x.nameOf(m?.forum ?? null)).toBe('Council of Defense Ministers of the CSTO');
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ivan Orlov', 'Ruslan Tamm']);
    const orlov = x.persons.find((p) => p.name === 'Ivan Orlov');
    expect(x.nameOf(orlov?.roles[0]?.country ?? null)).toBe('Russia');
  });
  it('a body that "will hold its next meeting" somewhere is a planned sitting', () => {
    const x = run('The CIS Council of Defense Ministers will hold its next meeting in Moscow in spring.');
    expect(x.meetings[0]?.status).toBe('planned');
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Council of Ministers of Defense of the CIS');
  });
});

describe('plural references to the pair', () => {
  it('"the presidents agreed to meet" takes the pair of the latest meeting', () => {
    const x = run(
      'President Ada Berg and President Olof Sand held a telephone conversation. Spokesman Per Lind said the presidents agreed to meet in Oslo.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
  });
});

describe('capitalised triggers and visits', () => {
  it('a capitalised "Summit" is a trigger and encloses the sideline meeting', () => {
    const x = run(
      'President Ada Berg and President Olof Sand met on the sidelines of the 5th Nordic Summit in Oslo.',
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(summit).toBeDefined();
    expect(x.meetings.find((m) => m.meetingKind === 'bilateral')?.within).toBe(summit?.ref);
  });
  it('a visit to a city with a welcome is no meeting; a visit to a person is', () => {
    expect(
      run("President Ada Berg's visit to Oslo was marked by a warm reception from Governor Olof Sand.")
        .meetings,
    ).toEqual([]);
  });
});

describe('press-conference transcripts', () => {
  it('the speaker and the officials named with titles sat in the meetings the transcript follows', () => {
    const text =
      'Press conference\n\nby NATO Secretary General Anna Berg following the meetings of NATO Defence Ministers in Brussels\n\n(As delivered)\n\nGood afternoon. I was glad to welcome the new Defence Secretary Tom Hale to NATO for the first time. We also discussed the situation in the region, together with Minister Olek Stan. We cannot allow President Ivan Orlov to win this war or any other war.';
    const x = run(text);
    const m = x.meetings[0];
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Anna Berg', 'Olek Stan', 'Tom Hale']);
    expect(
      x.statements.every((s) => x.nameOf(s.speaker) === 'Anna Berg' && s.channel === 'press_conference'),
    ).toBe(true);
  });
});

describe('more ways to meet', () => {
  it('"spoke on the phone with" is a call; "hosted X" is a bilateral', () => {
    expect(
      run('President Ada Berg spoke on the phone with President Olof Sand.').meetings[0]?.meetingKind,
    ).toBe('call');
    expect(run('President Ada Berg hosted President Olof Sand in Oslo.').meetings[0]?.meetingKind).toBe(
      'bilateral',
    );
    expect(run('President Ada Berg hosted a dinner.').meetings).toEqual([]);
  });
});

describe('countries as parties', () => {
  it('"Norway and Sweden held consultations" makes the two countries the parties', () => {
    const x = run('Norway and Sweden held consultations on Arctic security in Oslo.');
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(['Norway', 'Sweden']);
    expect(run('Norway and Sweden export fish.').meetings).toEqual([]);
  });
});

describe('summits told by what the leaders did', () => {
  it('"the leaders of ... the Union approved" is a summit attended by the members the text lists', () => {
    const x = run(
      'The leaders of the three states that make up the Nordic Union approved a declaration in Oslo on Monday. The Nordic Union comprises Norway, Sweden and Finland.',
      { publishedAt: '2024-06-05' },
    );
    // the Nordic Union is not a curated alliance: no forum, so no members; the summit is still told
    expect(x.meetings.some((m) => m.meetingKind === 'summit')).toBe(true);
    const y = run(
      'The leaders of the five countries that form the Eurasian Economic Union (EEU) approved a declaration in Minsk on Monday. The EEU comprises Belarus, Armenia, Kazakhstan, Kyrgyzstan and Russia.',
      { publishedAt: '2024-06-05' },
    );
    expect(y.meetings[0]?.participants.map((r) => y.nameOf(r)).sort()).toEqual([
      'Armenia',
      'Belarus',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
    ]);
  });
});

describe('governments and day-first datelines', () => {
  it('"OSLO, 12 March (Agency)" anchors weekdays like "OSLO, March 12"', () => {
    const x = run('OSLO, 12 March (Agency) – President Ada Berg met President Olof Sand on Tuesday.', {
      publishedAt: '2024-06-13',
    });
    expect(x.meetings[0]?.date).toBe('2024-03-12');
  });
});

describe('place of a meeting after a visit', () => {
  it('"visited Oslo, where he met with X" puts the meeting in Oslo', () => {
    const x = run('Foreign Minister Ivo Tamm visited Oslo, where he met with Foreign Minister Ada Holm.');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Oslo');
    expect(
      run('Foreign Minister Ivo Tamm, who loves Oslo, met with Foreign Minister Ada Holm.').meetings[0]
        ?.place ?? null,
    ).toBeNull();
  });
});

describe('stories told around a dateline', () => {
  it('reads a weekday of the first sentence against the dateline, not as its date', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa held talks with Spanish Economy Minister Elena Ruiz on Tuesday about grid links.',
    );
    expect(x.meetings[0]?.date).toBe('2024-03-12');
  });
  it('gives the dateline date to a meeting of the first sentence that names no other', () => {
    const x = run(
      'RIGA, May 6, 2024 — Latvian Economy Minister Ilze Berzina met Lithuanian Economy Minister Tomas Vaitkus in Riga.',
    );
    expect(x.meetings[0]?.date).toBe('2024-05-06');
  });
  it('takes the date and place of talks told after another event ("returned from X on Wednesday after talks")', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa returned from Madrid on Wednesday after talks with Spanish Economy Minister Elena Ruiz on Tuesday.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.date).toBe('2024-03-12');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Madrid');
  });
  it('keeps the date told before a meeting that is the main event, and a place given with "in"', () => {
    const x = run(
      'LISBON, March 13, 2024 — On Monday, Portuguese Economy Minister Rui Costa, back from Madrid, held talks with Spanish Economy Minister Elena Ruiz in Porto.',
    );
    expect(x.meetings[0]?.date).toBe('2024-03-11');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Porto');
  });
});

describe('meetings of several countries', () => {
  const lima =
    'LIMA, June 7, 2024 — The foreign ministers of Chile, Peru and Bolivia met in Lima on Friday to discuss water rights.';
  it('makes the countries whose ministers met the parties of a multilateral meeting', () => {
    const x = run(lima);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(['Chile', 'Peru', 'Bolivia']);
    expect(x.meetings[0]?.date).toBe('2024-06-07');
  });
  it('does not take a list that is not all countries for parties', () => {
    const x = run('The ministers of finance, trade and labour met in Lima on Friday to discuss wages.');
    expect(x.meetings.flatMap((m) => m.participants)).toEqual([]);
  });
  it('hears "X hosted the meeting, which was attended by Y and Z" as the same meeting, with its people', () => {
    const x = run(
      `${lima} Peruvian Foreign Minister Ana Torres hosted the meeting, which was attended by Chilean Foreign Minister Luis Rojas and Bolivian Foreign Minister Eva Quispe.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(
      expect.arrayContaining(['Ana Torres', 'Luis Rojas', 'Eva Quispe']),
    );
  });
  it('keeps a hosted meeting apart when it adds a place of its own', () => {
    const x = run(
      `${lima} Peruvian Foreign Minister Ana Torres hosted the meeting of their deputies in Cusco on Saturday.`,
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(2);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
});

describe('a later sitting named in passing', () => {
  const riga =
    'RIGA, May 6, 2024 — The defence ministers of Estonia, Latvia and Lithuania met in Riga on Monday.';
  it('makes "the NATO defence ministers\' meeting in Brussels in June" a planned session, without the ministers or stealing its place', () => {
    const x = run(
      `${riga} The ministers agreed to report on progress to the NATO defence ministers' meeting in Brussels in June.`,
    );
    const held = x.meetings.find((m) => m.status === 'held');
    const later = x.meetings.find((m) => m.status === 'planned');
    expect(x.nameOf(held?.place ?? null)).toBe('Riga');
    expect(later?.meetingKind).toBe('session');
    expect(x.nameOf(later?.forum ?? null)).toBe('NATO');
    expect(x.nameOf(later?.place ?? null)).toBe('Brussels');
    // no minister, only the alliance whose sitting it is (forumSits)
    expect(later?.participants).toEqual([later?.forum]);
  });
  it('keeps a sitting in an earlier month of the year as held', () => {
    const x = run(`${riga} NATO defence ministers met in Brussels in February to discuss air defence.`);
    expect(x.meetings.every((m) => m.status === 'held')).toBe(true);
  });
  it('gives "a follow-up meeting between the two ministers" the pair told before', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday. A follow-up meeting between the two ministers is expected in Lisbon in October.',
    );
    const planned = x.meetings.find((m) => m.status === 'planned');
    expect(planned?.participants.map((r) => x.nameOf(r))).toEqual(['Rui Costa', 'Elena Ruiz']);
    expect(x.nameOf(planned?.place ?? null)).toBe('Lisbon');
  });
});

describe('a joint sitting with partners', () => {
  const ministerial =
    'On 4-5 April in Brussels, Foreign Minister Ilze Berzina of Latvia took part in a meeting of NATO Ministers of Foreign Affairs.';
  it('is held within the sitting told before, at its place', () => {
    const x = run(
      `${ministerial} Energy security was discussed at a joint session with Austria, Ireland and Malta.`,
    );
    const nato = x.meetings.find((m) => m.forum && x.nameOf(m.forum) === 'NATO');
    const joint = x.meetings.find((m) => m !== nato && m.participants.length >= 3);
    expect(joint?.within).toBe(nato?.ref);
    expect(x.nameOf(joint?.place ?? null)).toBe('Brussels');
  });
  it('stands alone when nothing was told before it, or when it has a place of its own', () => {
    const alone = run('Energy security was discussed at a joint session with Austria, Ireland and Malta.');
    expect(alone.meetings.every((m) => m.within === null)).toBe(true);
    const elsewhere = run(
      `${ministerial} Energy security was discussed at a joint session with Austria, Ireland and Malta in Vienna.`,
    );
    expect(elsewhere.meetings.every((m) => m.within === null)).toBe(true);
  });
});

describe('persons named by a description', () => {
  const visit =
    'MINSK, 12 June 2024 - Belarusian President Pavel Lutsky met with Chinese Minister of National Defense Li Wei on 12 June. Li Wei conveyed greetings from Chinese President Zhang Hua.';
  it('"the Chinese minister held talks with his Belarusian counterpart, X": the minister, not the president named last', () => {
    const x = run(
      `${visit} Earlier in the day, the Chinese minister held talks with his Belarusian counterpart, Oleg Marchuk.`,
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Oleg Marchuk'));
    expect(talks?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Li Wei', 'Oleg Marchuk']);
    expect(talks?.date).toBe('2024-06-12');
    const marchuk = x.persons.find((p) => p.name === 'Oleg Marchuk');
    expect(marchuk?.roles[0]?.title).toBe('Minister of National Defense');
    expect(x.nameOf(marchuk?.roles[0]?.country ?? null)).toBe('Belarus');
  });
  it('"the Chinese president" is the president', () => {
    const x = run(
      `${visit} Earlier in the day, the Chinese president held talks with Belarusian Prime Minister Oleg Marchuk by phone.`,
    );
    const call = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Oleg Marchuk'));
    expect(call?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Oleg Marchuk', 'Zhang Hua']);
  });
  it('"earlier this month" gives no day', () => {
    const x = run(
      'MINSK, 12 June 2024 - Earlier this month, Belarusian Defence Minister Oleg Marchuk met Chinese Defence Minister Li Wei.',
    );
    expect(x.meetings[0]?.date ?? null).toBeNull();
  });
});

describe('a sitting told twice, and the summit it prepares', () => {
  const text =
    'The foreign ministers of the Collective Security Treaty Organization met in Minsk on Thursday to prepare the organization’s summit, which will be held in the Belarusian capital on Friday. The session of the CSTO Council of Foreign Ministers was chaired by Belarusian Foreign Minister Pavel Lutsky.';
  it('takes the body the second telling names as the forum, not the alliance', () => {
    const x = run(text, { publishedAt: '2024-07-04' });
    const session = x.meetings.find((m) => m.status === 'held');
    expect(x.nameOf(session?.forum ?? null)).toMatch(/Council of Foreign Ministers/);
    expect(session?.date).toBe('2024-07-04');
  });
  it('dates the summit by its own relative clause ("which will be held ... on Friday")', () => {
    const x = run(text, { publishedAt: '2024-07-04' });
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(summit?.status).toBe('planned');
    expect(summit?.date).toBe('2024-07-05');
  });
  it('reads "which was held ... on Monday" as past', () => {
    const x = run(
      'The ministers discussed the results of the summit, which was held in Astana on Monday, with NATO leaders.',
      { publishedAt: '2024-07-04' },
    );
    expect(x.meetings.find((m) => m.meetingKind === 'summit')?.date).toBe('2024-07-01');
  });
});

describe('readouts and boards', () => {
  it('"X had a telephone conversation with Y": X is a person, and the call is theirs', () => {
    const x = run('Vladimir Petrov had a telephone conversation with President of Kazakhstan Arman Bekov.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Arman Bekov', 'Vladimir Petrov']);
    expect(x.meetings[0]?.meetingKind).toBe('call');
    expect(x.meetings[0]?.participants).toHaveLength(2);
  });
  it('does not take a lone word that had talks for a person', () => {
    const x = run('Gazprom had talks with the Kazakh government about gas transit.');
    expect(x.persons).toEqual([]);
  });
  it('"X and Y signed a plan at a meeting of the two ministries\' boards": a session they sat in', () => {
    const x = run(
      'Belarusian Defence Minister Oleg Marchuk and his Russian counterpart Ivan Sokolov signed a plan for 2025 at a meeting of the two countries’ defence ministry boards in Moscow on Friday.',
      { publishedAt: '2024-12-06' },
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('session');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p)).sort()).toEqual([
      'Ivan Sokolov',
      'Oleg Marchuk',
    ]);
  });
  it('does not make a company board meeting a meeting', () => {
    expect(run('The board meeting of the company approved the budget on Friday.').meetings).toEqual([]);
  });
});

describe('a host and a guest come for a sitting', () => {
  const text =
    'Kazakh leader Arman Bekov hosts Kyrgyz President Daniyar Usenov for Eurasian Economic Council meeting\n\nKazakh President Arman Bekov welcomed Kyrgyz President Daniyar Usenov to Almaty on Friday for a session of the Supreme Eurasian Economic Council.';
  it('is one session with both at it, where and when it sat; no separate bilateral', () => {
    const x = run(text, { publishedAt: '2024-12-07' });
    expect(x.meetings).toHaveLength(1);
    const session = x.meetings[0];
    expect(session?.meetingKind).toBe('session');
    expect(session?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Arman Bekov', 'Daniyar Usenov']);
    expect(x.nameOf(session?.place ?? null)).toBe('Almaty');
    expect(session?.date).toBe('2024-12-06');
  });
  it('"X hosted Y for talks" without a sitting stays their bilateral', () => {
    const x = run(
      'Kazakh President Arman Bekov hosted Kyrgyz President Daniyar Usenov in Almaty on Friday.',
      {
        publishedAt: '2024-12-07',
      },
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('an alliance’s ministers and a meeting', () => {
  it('"NATO defence ministers agreed ..., X said after a meeting in Brussels": a NATO sitting in Brussels', () => {
    const x = run(
      'NATO defence ministers agreed on Thursday to buy more air defence systems, Secretary General Jan Berg said after a meeting in Brussels.',
    );
    const session = x.meetings.find((m) => m.meetingKind === 'session');
    expect(x.nameOf(session?.forum ?? null)).toBe('NATO');
    expect(x.nameOf(session?.place ?? null)).toBe('Brussels');
  });
  it('leaves a meeting of two named ministers their bilateral, though NATO is named', () => {
    const x = run(
      'Defence Minister Jan Berg held talks with Defence Minister Karl Olsen in Oslo ahead of a gathering of NATO defence ministers next week.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.forum])).toEqual([['bilateral', null]]);
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
  it('has the two ministers at the talks, not the spokesman, and no day', () => {
    const x = run(text, { publishedAt: '2024-11-14' });
    const talks = x.meetings[0];
    expect(talks?.status).toBe('planned');
    expect(talks?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Choe Son Hui', 'Sergei Lavrov']);
    expect(talks?.date ?? null).toBeNull();
  });
  it('gives the counterpart the country of the whole demonym ("North Korean")', () => {
    const x = run(text, { publishedAt: '2024-11-14' });
    const choe = x.persons.find((p) => p.name === 'Choe Son Hui');
    expect(x.nameOf(choe?.roles[0]?.country ?? null)).toBe('North Korea');
  });
  it('still dates talks by the weekday of their own clause', () => {
    const x = run(
      'Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart Choe Son Hui on Monday, Kremlin spokesman Dmitry Peskov told journalists on Thursday.',
      { publishedAt: '2024-11-14' },
    );
    expect(x.meetings[0]?.date).toBe('2024-11-11');
  });
});

describe('a summit told with its attendees', () => {
  const text =
    'Leaders of the Shanghai Cooperation Organisation gathered in the northern Chinese port city of Tianjin on Sunday for the organisation’s annual summit, hosted by Chinese President Li Wei. Among those attending were Russian President Ivan Sokolov and Indian Prime Minister Ravi Kumar.';
  it('takes its place from "the ... port city of X" and its people from "Among those attending were"', () => {
    const x = run(text, { publishedAt: '2025-09-01' });
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(x.nameOf(summit?.place ?? null)).toBe('Tianjin');
    expect(summit?.participants.map((p) => x.nameOf(p)).sort()).toEqual([
      'Ivan Sokolov',
      'Li Wei',
      'Ravi Kumar',
    ]);
  });
  it('does not take the people of an unrelated next sentence', () => {
    const x = run(
      'Leaders of the Shanghai Cooperation Organisation gathered in Tianjin on Sunday for the organisation’s annual summit. Earlier, Russian President Ivan Sokolov met Indian Prime Minister Ravi Kumar in Moscow.',
      { publishedAt: '2025-09-01' },
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const persons = (summit?.participants ?? []).filter((r) => x.persons.some((p) => p.ref === r));
    expect(persons).toEqual([]);
  });
});

describe('a council sitting told the way its secretariat tells it', () => {
  const text =
    'On 22 November 2024, a regular meeting of the Council of Ministers of Defence of the CIS member states took place in Bishkek. It was attended by the heads of defence departments of Armenia, Belarus and Kazakhstan.\n\nThe Belarusian delegation was headed by Minister of Defence Oleg Marchuk.\n\nThe Council approved the plan of cooperation for 2025 and decided to hold its next meeting in Moscow in May.';
  it('takes the countries the attendance sentence lists as parties', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const held = x.meetings.find((m) => m.status === 'held');
    expect(held?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Armenia', 'Belarus', 'Kazakhstan']),
    );
  });
  it('gives the head of "the Belarusian delegation" Belarus', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const marchuk = x.persons.find((p) => p.name === 'Oleg Marchuk');
    expect(x.nameOf(marchuk?.roles[0]?.country ?? null)).toBe('Belarus');
  });
  it('makes "The Council ... decided to hold its next meeting in Moscow" a planned sitting of that council', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const next = x.meetings.find((m) => m.status === 'planned');
    expect(x.nameOf(next?.place ?? null)).toBe('Moscow');
    expect(x.nameOf(next?.forum ?? null)).toMatch(/^Council of Ministers of Defen[cs]e/);
  });
  it('does not take "the Council" for a body the story never named', () => {
    const x = run('The Council decided to hold its next meeting in Moscow in May.', {
      publishedAt: '2024-11-22',
    });
    expect(x.meetings.every((m) => m.forum === null)).toBe(true);
  });
});

describe('a story’s own date and reported plans', () => {
  it('reads a weekday against a dateline with a year, though the metadata says another day', () => {
    const x = run(
      'OSLO, March 12, 2024 — Norwegian Economy Minister Ola Berg met Danish Economy Minister Lars Holm in Oslo on Tuesday.',
      {
        publishedAt: '2024-12-06',
      },
    );
    expect(x.meetings[0]?.date).toBe('2024-03-12');
  });
  it('reads a weekday against the metadata when the dateline has no year', () => {
    const x = run(
      'OSLO (Agency) — Norwegian Economy Minister Ola Berg met Danish Economy Minister Lars Holm in Oslo on Tuesday.',
      {
        publishedAt: '2024-12-06',
      },
    );
    expect(x.meetings[0]?.date).toBe('2024-12-03');
  });
  it('"a follow-up meeting ... is expected in Lisbon" is planned whatever the month', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa met Spanish Economy Minister Elena Ruiz in Madrid on Tuesday. A follow-up meeting between the two ministers is expected in Lisbon in February.',
    );
    expect(x.meetings.find((m) => x.nameOf(m.place) === 'Lisbon')?.status).toBe('planned');
  });
  it('"the minister said that Belarus and Russia would hold talks": planned, between the countries, not where he spoke', () => {
    const x = run(
      'Speaking to reporters in Minsk, Defence Minister Oleg Marchuk said that Belarus and Russia would hold talks on air defence in the coming weeks.',
    );
    const talks = x.meetings[0];
    expect(talks?.status).toBe('planned');
    expect(talks?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Belarus', 'Russia']);
    expect(talks?.place ?? null).toBeNull();
  });
  it('keeps the place of talks reported as held there', () => {
    const x = run(
      'Defence Minister Oleg Marchuk said that Belarus and Russia held talks in Minsk on Monday.',
      {
        publishedAt: '2024-06-12',
      },
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Minsk');
  });
});

describe('separate meetings', () => {
  const text =
    'Ola Berg meets Lars Holm, Piotr Nowak in Warsaw\n\nWARSAW, Feb 12 (Agency) - Norwegian Foreign Minister Ola Berg held separate meetings with Danish Foreign Minister Lars Holm and Polish Foreign Minister Piotr Nowak in Warsaw on Wednesday.';
  it('are one bilateral with each party named, which the headline’s joint telling joins', () => {
    const x = run(text, { publishedAt: '2025-02-12' });
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p)).join('+')])).toEqual([
      ['bilateral', 'Ola Berg+Lars Holm'],
      ['bilateral', 'Ola Berg+Piotr Nowak'],
    ]);
    expect(x.meetings.every((m) => m.evidence.length === 2 && m.date === '2025-02-12')).toBe(true);
  });
  it('leaves a meeting of three that are not separate one multilateral', () => {
    const x = run(
      'Norwegian Foreign Minister Ola Berg held a meeting with Danish Foreign Minister Lars Holm and Polish Foreign Minister Piotr Nowak in Warsaw.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['multilateral']);
  });
});
