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

describe('words that go on from the same speaker’s words before', () => {
  const text = [
    'Foreign Minister Ivar Lunde met his Chilean counterpart Rosa Vidal in Munich on Friday. He also met his Kenyan counterpart Tom Odera in Munich.',
    'Lunde said it was a “pleasure” to meet Odera in Munich.',
    '“Shared views on recent developments in East Africa,” Lunde posted on X.',
  ].join('\n\n');
  it('are about the meeting the speaker’s previous words were about, not the first meeting of the article', () => {
    const x = run(text);
    const odera = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Tom Odera'));
    const post = x.statements.find((s) => /Shared views/.test(s.quote ?? ''));
    expect(odera).toBeDefined();
    expect(post?.about).toBe(odera?.ref);
  });
  it('do not go on from another speaker’s words', () => {
    const x = run(
      `${text.split('\n\n').slice(0, 2).join('\n\n')}\n\n“Shared views on recent developments in East Africa,” Vidal posted on X.`,
    );
    const odera = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Tom Odera'));
    const post = x.statements.find((s) => /Shared views/.test(s.quote ?? ''));
    expect(post?.about).not.toBe(odera?.ref);
  });
});
