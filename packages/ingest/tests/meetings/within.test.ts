import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('meetings', () => {
  it('links a sideline meeting to the summit it took place within', () => {
    const x = run(
      'Prime Minister Lena Holm and President Piotr Nowak held talks on the sidelines of the NATO summit in Vilnius.',
    );
    const bilateral = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(bilateral?.within).toBe(summit?.ref);
    expect(x.nameOf(summit?.forum ?? null)).toBe('NATO');
  });
});
