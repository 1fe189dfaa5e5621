import { describe, expect, it } from 'vitest';
import { expectMeeting, fixtureArticle } from './fixture-records.js';

// Articles written for this test (tests/beyond-beat-3/calls-*.txt) in the shapes of governments'
// readouts and wire copy about calls and talks beyond the dev beat: a presidential press
// service's call told "on the phone", a call passed between two offices named by country, and a
// wire's foreign ministers met in Phnom Penh, told first by their countries, then by name, with
// trilateral talks to follow.

const article = (file: string) => fixtureArticle('beyond-beat-3', file);

describe('calls and talks beyond the dev beat', () => {
  it('calls-01: "spoke with his Uzbek counterpart on the phone on Monday"; a call received by an office from an office', () => {
    const x = article('calls-01-phone-readout.txt');
    expectMeeting(x, { kind: 'call', participants: ['Kassym Ormanov', 'Timur Alimov'], date: '2024-03-11' });
    expectMeeting(x, { kind: 'call', participants: ['Omar Haddad', 'Faisal Nasser'] });
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call', 'call']);
  });

  it('calls-02: "The top diplomats of South Korea and Japan met", then named; trilateral talks to follow', () => {
    const x = article('calls-02-ministers-phnom-penh.txt');
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Park Min', 'Sato Ken'],
      place: 'Phnom Penh',
      date: '2022-08-04',
    });
    expectMeeting(x, { kind: 'multilateral', participants: ['Park Min', 'Sato Ken', 'Aron Velk'] });
    const pair = x.meetings.find((m) => m.meetingKind === 'bilateral');
    expect(pair?.participants.map(x.nameOf)).toEqual(['Park Min', 'Sato Ken']);
  });
});
