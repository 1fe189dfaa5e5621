import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Sittings told by a headline, by a body's own verb or as a person's own (status.ts, merge.ts,
// triggers.ts, participants.ts).

describe('a headline sitting "scheduled for" a day', () => {
  const text =
    'Andean Summit scheduled for Lima July 21\n\nJune 13th 2022\n\nAndean Community foreign ministers on Monday agreed to hold the upcoming Summit of the Group in Lima on July 21.';
  it('scheduledForAfterTrigger: the headline summit is still to come, in the story’s year', () => {
    const x = run(text);
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.status).toBe('planned');
    expect(s?.date).toBe('2022-07-21');
  });
  it('sameDayUnnamedSitting: the headline and "the Summit of the Group" on that day are one summit', () => {
    const x = run(text);
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(1);
  });
  it('two sittings of different bodies on one day stay two', () => {
    const x = run(
      'June 13th 2022\n\nThe Andean Community summit will be held in Lima on July 21. The Mercosur summit will be held in Asunción on July 21.',
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(2);
  });
  it('a held summit in a past-tense headline stays held', () => {
    const x = run('Andean Summit held in Lima on July 21\n\nAugust 2nd 2022\n\nThe leaders met in Lima.');
    expect(x.meetings.find((m) => m.meetingKind === 'summit')?.status).toBe('held');
  });
});

describe('a body "of Ministers" that convened', () => {
  it('bodyConvened: "The SADC Council of Ministers convened on Monday" is a session of the council', () => {
    const x = run('The SADC Council of Ministers convened on Monday ahead of the summit.');
    const s = x.meetings.find((m) => m.meetingKind === 'session');
    expect(x.nameOf(s?.forum ?? null)).toMatch(/Council of Ministers/);
  });
  it('a council that "convened" a panel is still no session of another body', () => {
    const x = run('The finance minister convened reporters on Monday.');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('a sitting told as someone’s own', () => {
  it('ownerOfSitting: "dominated Chancellor X’s first EU summit" puts X at it', () => {
    const x = run('The energy crisis dominated Chancellor Ana Rojas’s first EU summit.');
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p))).toContain('Ana Rojas');
  });
  it('a person named earlier in the clause, not as the owner, is not put there', () => {
    const x = run('Chancellor Ana Rojas said the energy crisis dominated the first EU summit of the year.');
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p)) ?? []).not.toContain('Ana Rojas');
  });
});
