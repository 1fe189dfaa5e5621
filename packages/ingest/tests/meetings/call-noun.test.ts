import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// callNoun and virtualMeeting (src/events/meetings/triggers.ts): a call said with the noun "call",
// and a meeting of two held over a video link.

describe('the noun "call"', () => {
  it('"X held a call with Y" is their call', () => {
    const x = run(
      'Norwegian Prime Minister Lena Moss held a call with Chilean President Aron Velk on Monday.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map(x.nameOf)])).toEqual([
      ['call', ['Lena Moss', 'Aron Velk']],
    ]);
  });
  it('"In a call with Y, X discussed ..." is their call', () => {
    const x = run('In a call with President Aron Velk, Prime Minister Lena Moss discussed fishing quotas.');
    expect(x.meetings[0]?.meetingKind).toBe('call');
    expect(x.meetings[0]?.participants.map(x.nameOf).sort()).toEqual(['Aron Velk', 'Lena Moss']);
  });
  it('"called for", "a call for restraint" and "answered the call" are no call', () => {
    const x = run(
      'President Aron Velk called for restraint, and Prime Minister Lena Moss repeated his call for calm after she answered the call with Minister Ivo Sand in mind.',
    );
    expect(x.meetings).toEqual([]);
  });
});

describe('"over the phone"', () => {
  it('"X and Y discussed the crisis over the phone" is their call', () => {
    const x = run(
      'President Aron Velk and Prime Minister Lena Moss discussed the crisis over the phone on Monday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('a threat made over the phone by one person is no meeting', () => {
    const x = run('President Aron Velk said threats against him were made over the phone.');
    expect(x.meetings).toEqual([]);
  });
});

describe('virtual meetings', () => {
  it('"X and Y held a virtual summit" is a call of the two', () => {
    const x = run('President Aron Velk and Prime Minister Lena Moss held a virtual summit on Friday.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('an alliance’s virtual summit stays a summit', () => {
    const x = run('BRICS leaders held a virtual summit on Friday, hosted by President Aron Velk.');
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('call');
  });
});

describe('a readout headline', () => {
  it('"Readout of X’s Call with Y" makes "X spoke today with Y" their call', () => {
    const x = run(
      "Readout of President Aron Velk's Call with Prime Minister Lena Moss of Norway\n\nPresident Aron Velk spoke today with Prime Minister Lena Moss of Norway. The two leaders discussed fisheries.",
      { publishedAt: '2024-03-05' },
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.date])).toEqual([['call', '2024-03-05']]);
  });
  it('a headline "Calls for restraint" makes no call of a meeting', () => {
    const x = run(
      'President Aron Velk Calls for Restraint\n\nPresident Aron Velk spoke today with Prime Minister Lena Moss of Norway in Oslo.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});
