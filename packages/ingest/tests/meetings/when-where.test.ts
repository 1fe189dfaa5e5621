import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// ownClause, placeAndDateHere, settleWhenWhere (src/events/meetings/when-where.ts): place and date from the trigger’s own clause first.

describe('news written by others', () => {
  it('keeps the date of a call off the summit the call prepares', () => {
    const x = run(
      'Foreign Minister Ada Holm on Monday held phone talks with Foreign Minister Ivo Tamm to prepare the upcoming NATO summit in Vilnius.',
      { publishedAt: '2024-06-05' },
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(x.meetings.find((m) => m.meetingKind === 'call')?.date).toBe('2024-06-03');
    expect(summit?.date ?? null).toBeNull();
  });
});

describe('stories told around a dateline', () => {
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

describe('a sitting told twice, and the summit it prepares', () => {
  const text =
    'The foreign ministers of the Collective Security Treaty Organization met in Minsk on Thursday to prepare the organization’s summit, which will be held in the Belarusian capital on Friday. The session of the CSTO Council of Foreign Ministers was chaired by Belarusian Foreign Minister Pavel Lutsky.';
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

describe('a visit announced by a spokesman', () => {
  it('still dates talks by the weekday of their own clause', () => {
    const x = run(
      'Russian Foreign Minister Sergei Lavrov held talks with his North Korean counterpart Choe Son Hui on Monday, Kremlin spokesman Dmitry Peskov told journalists on Thursday.',
      { publishedAt: '2024-11-14' },
    );
    expect(x.meetings[0]?.date).toBe('2024-11-11');
  });
});

describe('a story’s own date and reported plans', () => {
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

// afterPeriodClause (src/events/meetings/when-where.ts): the day of a period told in a relative
// clause before the trigger does not date the meeting.
describe('a period’s day in a relative clause', () => {
  it('"the presidency, which starts on 1 July," does not date the talks that follow', () => {
    const x = run(
      'Against the backdrop of the Nordic Council presidency, which starts on 1 July, President Ada Berg and President Olof Sand held talks in Oslo.',
      { publishedAt: '2020-06-29' },
    );
    expect(x.meetings.map((m) => m.date)).toEqual([null]);
  });
  it('the talks’ own day is kept when the period clause comes after them', () => {
    const x = run(
      'President Ada Berg and President Olof Sand held talks in Oslo on 3 June on the fisheries pact, which took effect in May.',
      { publishedAt: '2020-06-29' },
    );
    expect(x.meetings.map((m) => m.date)).toEqual(['2020-06-03']);
  });
});

// countryAfterMeetingVerb (src/events/meetings/when-where.ts)
describe('a country right after a meeting verb', () => {
  it('"leaders met in <country>" places the summit in the country when no city is named', () => {
    const x = run('Leaders of the African Union met in Rwanda on Tuesday to discuss trade.', {
      publishedAt: '2025-03-06',
    });
    expect(x.meetings.map((m) => x.nameOf(m.place))).toEqual(['Rwanda']);
  });
  it('"will be held in <country>" places a planned sitting', () => {
    const x = run(
      'The next meeting of the defence ministers of the African Union will be held in 2026 in Ghana.',
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Ghana');
  });
  it('a country after "the war in" is no place of the talks', () => {
    const x = run('Foreign Minister Ana Ruiz and Foreign Minister Jan Berg held talks on the war in Sudan.');
    expect(x.meetings[0]?.place ?? null).toBeNull();
  });
  it('a city the sentence names wins over the country', () => {
    const x = run('Foreign Minister Ana Ruiz met Foreign Minister Jan Berg in Norway, in Oslo, on Monday.');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Oslo');
  });
});

// goingOnNow (src/events/meetings/when-where.ts)
describe('a sitting going on as the story is written', () => {
  it('"are currently meeting in <city>" is held on the story’s day', () => {
    const x = run('Leaders of the African Union are currently meeting in Addis Ababa.', {
      publishedAt: '2025-03-06',
    });
    expect(x.meetings.map((m) => [m.date, x.nameOf(m.place)])).toEqual([['2025-03-06', 'Addis Ababa']]);
  });
  it('"is under way" dates the session', () => {
    const x = run('The 40th Ordinary Session of the African Union Executive Council is under way in Accra.', {
      publishedAt: '2025-03-06',
    });
    expect(x.meetings[0]?.date).toBe('2025-03-06');
  });
  it('a meeting going on with no story date has no date', () => {
    const x = run('Leaders of the African Union are currently meeting in Addis Ababa.');
    expect(x.meetings[0]?.date ?? null).toBeNull();
  });
});
