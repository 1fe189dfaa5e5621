import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// A union's sitting told by its ministers, by who arrived at it, by who it gathered, by its last
// day (triggers.ts unionMinistersActed, attendance.ts arrivalAtSitting, anaphora.ts gatheredAfter,
// when-where.ts beforeClosing, merge.ts unnamedUnionSittingRetold).

const names = (x: ReturnType<typeof run>, refs: string[]) => refs.map((r) => x.nameOf(r));

describe('a union’s ministers as the subject', () => {
  it('unionMinistersActed: "ASEAN defence ministers discussed ... in Vientiane on Tuesday" is an ASEAN session', () => {
    const x = run(
      'VIENTIANE, Oct 8, 2024 - ASEAN defence ministers discussed maritime security in Vientiane on Tuesday.',
    );
    const s = x.meetings.find((m) => m.meetingKind === 'session');
    expect(x.nameOf(s?.forum ?? null)).toBe('Association of Southeast Asian Nations');
    expect(s?.status).toBe('held');
  });
  it('with neither day nor city it is no sitting ("NATO ministers agreed last year to ...")', () => {
    const x = run('NATO defence ministers agreed last year to raise spending.');
    expect(x.meetings).toHaveLength(0);
  });
  it('what the ministers agreed to hold is no future of their own sitting', () => {
    const x = run(
      'LIMA, June 13, 2022 - Mercosur Foreign Ministers on Monday agreed to hold the next summit in July.',
    );
    expect(x.meetings.find((m) => m.meetingKind === 'session')?.status).toBe('held');
  });
  it('unnamedUnionSittingRetold: "X has discussed the agenda with his colleagues Y and Z" is that sitting', () => {
    const x = run(
      'LIMA, June 13, 2022 - Mercosur Foreign Ministers on Monday agreed to hold the next summit in July. Argentine Foreign Minister Ana Rojas has discussed the agenda with her Brazilian and Paraguayan colleagues, Luis Paredes and Marta Quino, a statement said.',
    );
    const sittings = x.meetings.filter((m) => m.meetingKind !== 'summit');
    expect(sittings).toHaveLength(1);
    expect(names(x, sittings[0]?.participants ?? [])).toEqual(
      expect.arrayContaining(['Ana Rojas', 'Luis Paredes', 'Marta Quino']),
    );
  });
  it('a meeting of three in another city is not the union’s sitting', () => {
    const x = run(
      'LIMA, June 13, 2022 - Mercosur Foreign Ministers on Monday agreed in Lima to hold the next summit in July. On Tuesday Ana Rojas met Luis Paredes and Marta Quino in Quito.',
    );
    expect(x.meetings.filter((m) => m.meetingKind !== 'summit').length).toBeGreaterThanOrEqual(2);
  });
});

describe('who arrived at the sitting, who it gathered, and its last day', () => {
  it('arrivalAtSitting: "X told reporters as he arrived" after the summit puts X at it', () => {
    const x = run(
      'Leaders of the EU’s 27 member states met in Brussels on Thursday for a summit on defence. “We must act now,” Prime Minister Luis Paredes told reporters as he arrived.',
    );
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(names(x, s?.participants ?? [])).toContain('Luis Paredes');
  });
  it('someone who spoke at home, not on arriving, is not put there', () => {
    const x = run(
      'Leaders of the EU’s 27 member states met in Brussels on Thursday for a summit on defence. Prime Minister Luis Paredes told reporters in Lima that he was unhappy.',
    );
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(names(x, s?.participants ?? [])).not.toContain('Luis Paredes');
  });
  it('gatheredAfter: "The meeting brought together A, B and C" after a session is that session', () => {
    const x = run(
      'Andean Community foreign ministers met in Lima on Monday. The meeting brought together Foreign Minister Ana Rojas of Chile, Foreign Minister Luis Paredes of Peru and Foreign Minister Marta Quino of Bolivia.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(names(x, x.meetings[0]?.participants ?? [])).toEqual(
      expect.arrayContaining(['Ana Rojas', 'Luis Paredes', 'Marta Quino']),
    );
  });
  it('"The meeting gathered A, B and C" with no sitting before is their meeting', () => {
    const x = run(
      'The meeting gathered Foreign Minister Ana Rojas of Chile, Foreign Minister Luis Paredes of Peru and Foreign Minister Marta Quino of Bolivia.',
    );
    expect(names(x, x.meetings[0]?.participants ?? [])).toEqual(
      expect.arrayContaining(['Ana Rojas', 'Luis Paredes', 'Marta Quino']),
    );
  });
  it('beforeClosing: "The 44th ASEAN Summit will end on Friday" is the summit that opened', () => {
    const x = run(
      'VIENTIANE, Oct 9, 2024 - The 44th ASEAN Summit opened in Vientiane on Wednesday. Leaders discussed Myanmar. The 44th ASEAN Summit will end on Friday.',
    );
    const summits = x.meetings.filter((m) => m.meetingKind === 'summit');
    expect(summits).toHaveLength(1);
    expect(summits[0]?.date).toBe('2024-10-09');
  });
});

describe('a sitting named by its day', () => {
  const text =
    'LIMA, April 22, 2018 - Foreign ministers of the Andean Community began their two-day meeting here on Sunday. On Saturday, Foreign Minister Ana Rojas met with Foreign Minister Luis Paredes, who was invited to join part of Sunday’s meeting.';
  it('daySittingReferredTo: "who was invited to join part of Sunday’s meeting" joins the Sunday sitting, no second talks', () => {
    const x = run(text);
    const pairs = x.meetings.filter((m) => m.meetingKind === 'bilateral');
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.date).toBe('2018-04-21');
    const s = x.meetings.find((m) => m.meetingKind === 'session');
    expect(names(x, s?.participants ?? [])).toContain('Luis Paredes');
  });
  it('a day’s meeting with no sitting told before stays a meeting of its own', () => {
    const x = run(
      'LIMA, April 22, 2018 - Foreign Minister Ana Rojas said Sunday’s meeting with Foreign Minister Luis Paredes went well.',
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(1);
  });
});

describe('hosting a named sitting', () => {
  it('willHost: "who will host G7 ministerial security meeting" is the sitting, no talks with its host', () => {
    const x = run(
      'Minister Luis Paredes will host G7 ministerial security meeting on terrorism in Lima on Monday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
  it('"will host President X" is still a planned meeting', () => {
    const x = run('Prime Minister Ana Rojas will host President Luis Paredes in Lima next month.');
    expect(x.meetings.map((m) => m.status)).toEqual(['planned']);
  });
});

describe('bilaterals around a union sitting told as held', () => {
  const text =
    'LIMA – Ministers from the Andean Community countries were meeting in Lima on Monday. Foreign Minister Ana Rojas met one-on-one with Foreign Minister Luis Paredes ahead of the Andean Community meeting, where ministers from Chile, Peru and Bolivia were to join. Rojas also talked with her counterparts Marta Quino and Ivo Dantes about trade.';
  it('aheadOfHeldSittingOfForum: "ahead of the Andean Community meeting" is the held sitting, with the countries that join it', () => {
    const x = run(text);
    const sittings = x.meetings.filter((m) => m.meetingKind === 'session');
    expect(sittings).toHaveLength(1);
    expect(sittings[0]?.status).toBe('held');
    expect(names(x, sittings[0]?.participants ?? [])).toEqual(
      expect.arrayContaining(['Chile', 'Peru', 'Bolivia']),
    );
  });
  it('unnamedUnionSittingRetold: "X also talked with Y and Z" is another meeting, not the sitting retold', () => {
    const x = run(text);
    const session = x.meetings.find((m) => m.meetingKind === 'session');
    expect(names(x, session?.participants ?? [])).not.toContain('Marta Quino');
  });
});

describe('a dialogue to revive', () => {
  it('dialogueAsAim: "the approach is also about reviving a dialogue with X" is no meeting', () => {
    const x = run(
      'According to President Ana Rojas, the bloc’s approach is not only about deterrence, but also about reviving a dialogue with Peru.',
    );
    expect(x.meetings).toHaveLength(0);
  });
  it('"held a dialogue with X in Lima" is still a meeting', () => {
    const x = run('President Ana Rojas held a dialogue with President Luis Paredes in Lima on Monday.');
    expect(x.meetings).toHaveLength(1);
  });
});
