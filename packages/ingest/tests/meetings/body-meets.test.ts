import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a body that meets sits in session', () => {
  it('makes "the CSTO Council of Foreign Ministers also met" a session of its own', () => {
    const x = run(
      'CSTO defence ministers held a meeting in Yerevan on Monday. The CSTO Council of Foreign Ministers also met on Tuesday, with Minister Ana Rojas and Minister Luis Paredes.',
    );
    const sessions = x.meetings.filter((m) => m.meetingKind === 'session');
    expect(sessions.length).toBeGreaterThanOrEqual(2);
  });
  it('does not make a session of two persons who met on a body’s sidelines', () => {
    const x = run(
      'President Ana Rojas met President Luis Paredes in Quito on the sidelines of the Pacific Islands Forum.',
    );
    expect(x.meetings.find((m) => m.participants.length === 2)?.meetingKind).toBe('bilateral');
  });
});

describe('a later sitting told "ahead of" another one', () => {
  it('keeps the planned summit apart from the held ministerial', () => {
    const x = run(
      'ASEAN foreign ministers held a meeting in Hanoi on Monday ahead of the Manila summit. Leaders are expected to approve the plan at the ASEAN summit in Manila.',
    );
    const kinds = x.meetings.map((m) => `${m.meetingKind}:${m.status}`).sort();
    expect(kinds).toContain('summit:planned');
    expect(x.meetings.find((m) => m.status === 'held')?.meetingKind).not.toBe('summit');
  });
});
