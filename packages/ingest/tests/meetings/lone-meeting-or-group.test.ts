import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// loneMeetingOrGroup (src/events/meetings/kind.ts): a meeting with one party is a passing mention, unless one person meets a group.

describe('meetings', () => {
  it('does not make a meeting from a trigger word with nobody at it', () => {
    expect(run('Meeting deadlines is hard for any office.').meetings).toEqual([]);
  });
});

describe('loneMeetingOrGroup: one person meeting a group is a multilateral meeting', () => {
  it('makes "held a meeting with the ambassadors of ..." multilateral', () => {
    const x = run('President Ana Rojas held a meeting with the ambassadors of the EU countries in Santiago.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['multilateral']);
  });
  it('drops "held a meeting" with nobody else told', () => {
    expect(run('President Ana Rojas held a meeting in Santiago.').meetings).toEqual([]);
  });
});
