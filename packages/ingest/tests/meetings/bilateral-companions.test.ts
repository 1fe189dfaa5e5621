import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// spousesIn (src/events/meetings/actors.ts), toldAsBilateral (build.ts), otherSidesDiffer
// (merge.ts): who is a party of talks between two governments,
// and when two calls with one party are two calls.

describe('a leader’s spouse', () => {
  it('"the First Lady" and "his spouse Mrs" accompany the parties and are none', () => {
    const x = run(
      'President Aron Velk and the First Lady Ana Velk received visiting President Lena Moss and his spouse Mrs Ida Moss at State House, Nairobi.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf)])).toEqual([
      ['bilateral', ['Aron Velk', 'Lena Moss']],
    ]);
  });
  it('a minister named beside a leader is still a party', () => {
    const x = run(
      'President Aron Velk and his Finance Minister Ida Moss received President Lena Moss at State House, Nairobi.',
    );
    expect(x.meetings[0]?.participants.map(x.nameOf)).toEqual(['Aron Velk', 'Ida Moss', 'Lena Moss']);
  });
});

describe('talks the text calls bilateral', () => {
  it('"held bilateral talks" with a minister of one side named stays bilateral', () => {
    const x = run(
      'President Aron Velk, Finance Minister Ivo Sand and President Lena Moss held bilateral talks in Nairobi.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
  it('three persons holding talks not called bilateral are a multilateral meeting', () => {
    const x = run(
      'President Aron Velk, Finance Minister Ivo Sand and President Lena Moss held talks in Nairobi.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['multilateral']);
  });
});

describe('two calls with one party', () => {
  it('"Qatar’s foreign minister also spoke with Z by phone" is another call than X’s with Z', () => {
    const x = run(
      "Chilean Foreign Minister Ana Rojas received a phone call from her Peruvian counterpart Luis Paredes on Sunday. Qatar's foreign minister also spoke with Paredes via phone call on Sunday.",
      { publishedAt: '2024-04-15' },
    );
    expect(x.meetings.map((m) => m.participants.map(x.nameOf).sort())).toEqual([
      ['Ana Rojas', 'Luis Paredes'],
      ['Luis Paredes', 'Qatar'],
    ]);
  });
  it('the call retold with the other party’s country is the same call', () => {
    const x = run(
      'Chilean Foreign Minister Ana Rojas received a phone call from her Peruvian counterpart Luis Paredes on Sunday. During the call with Chile, Paredes discussed trade.',
      { publishedAt: '2024-04-15' },
    );
    expect(x.meetings).toHaveLength(1);
  });
});

// delegationToIt (src/events/meetings/anaphora.ts)
describe('a delegation named for talks told before', () => {
  const talks =
    'President Aron Velk and his visiting Chilean counterpart, President Lena Moss, led their delegations in bilateral talks at State House, Nairobi.';
  it('"X was accompanied to the talks by A, B and C" is no new meeting', () => {
    const x = run(
      `${talks} Velk was accompanied to the talks by Interior Minister Ivo Sand, Trade Minister Mira Holt and Energy Minister Tom Berg.`,
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('ministers who hold their own talks afterwards are another meeting', () => {
    const x = run(
      `${talks} Later, Trade Minister Ivo Sand and Energy Minister Mira Holt held their own talks.`,
    );
    expect(x.meetings).toHaveLength(2);
  });
});
