import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

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
