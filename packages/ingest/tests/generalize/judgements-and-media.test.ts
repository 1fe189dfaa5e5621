import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const said = (x: X): string[] => x.statements.map((s) => `${x.nameOf(s.speaker)}: ${s.quote ?? s.content}`);

describe('calledOnNotCalledUp: "called the meeting with X in Moscow “sincere”" is a judgement in words', () => {
  it('a long object before the quotation still makes the quotation the speaker’s', () => {
    const x = run(
      'Foreign Minister Ana Berg called the meeting with her Russian counterpart Tom Lind in Moscow on Tuesday “sincere and constructive.”',
    );
    expect(said(x)).toEqual(['Ana Berg: sincere and constructive.']);
  });
  it('near-miss: "called the hotel in Oslo" with no quotation is no statement', () => {
    expect(run('Ana Berg called the hotel in Oslo on Tuesday.').statements).toEqual([]);
  });
});

describe('"termed the talks “productive”": a verb of naming with a quotation', () => {
  it('is a statement of the subject', () => {
    const x = run('Foreign Minister Ana Berg termed the talks with Tom Lind “productive”.');
    expect(said(x)).toEqual(['Ana Berg: productive']);
  });
  it('near-miss: "termed" with no quotation says nothing', () => {
    expect(run('Foreign Minister Ana Berg termed the agreement a treaty.').statements).toEqual([]);
  });
});

describe('channelOf: the medium is named by the telling, not by the quoted words', () => {
  it('"He added that Berg “welcomed the briefing”" names no press conference', () => {
    const x = run(
      'Spokesman Tom Lind confirmed the call. He added that Berg “welcomed the briefing and expressed support”.',
    );
    expect(x.statements.map((s) => s.channel)).toEqual([null, null]);
  });
  it('near-miss: "told a briefing" outside the quotation is a press conference', () => {
    const x = run('“We welcomed the talks,” Spokesman Tom Lind told a briefing on Monday.');
    expect(x.statements.map((s) => s.channel)).toEqual(['press_conference']);
  });
});

describe('findLowercaseMinistries: "the interior ministry in Rome said"', () => {
  it('is Italy’s interior ministry, and it speaks', () => {
    const x = run(
      'Germany and Italy are planning to hold talks on migration, the interior ministry in Rome said Tuesday.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ministry of Internal Affairs of Italy']);
  });
  it('near-miss: a ministry "in" a city that is no capital names no country', () => {
    expect(run('The talks were useful, the interior ministry in Milan said.').organizations).toEqual([]);
  });
});

describe('personBeforeParticipialClause: "X, having greeted Y, noted ..." is X’s', () => {
  it('the subject before the clause speaks', () => {
    const x = run(
      'Uzbek President Ana Berg, having greeted Tom Lind, noted the increased level of trust between the two states.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Berg']);
  });
  it('near-miss: with no clause between, the nearest subject speaks', () => {
    const x = run(
      'Uzbek President Ana Berg greeted Tom Lind. Tom Lind noted the increased level of trust between the two states.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Tom Lind']);
  });
});

describe('UPPER_CASE_NAME_THEN_TITLE: "ANA BERG, PRIME MINISTER OF NORWAY:" opens a transcript turn', () => {
  const transcript = `ANA BERG, PRIME MINISTER OF NORWAY: I’m very pleased to welcome Prime Minister Soto to Oslo. Today we discussed how we can keep working together.

TOMAS SOTO, PRIME MINISTER OF CHILE: Thank you for the warm welcome. We discussed trade and fisheries.

REPORTER, NRK: Prime Minister, what about the treaty?`;
  it('each turn is its speaker’s, and the surname named before is the same person', () => {
    const x = run(transcript);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Berg', 'Tomas Soto']);
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana Berg', 'Tomas Soto']);
  });
  it('near-miss: a label with no title ("REPORTER, NRK:") names no speaker', () => {
    const x = run('REPORTER, NRK: Prime Minister, what do you make of the treaty that was signed today?');
    expect(x.statements).toEqual([]);
  });
});
