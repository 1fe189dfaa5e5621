import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('the bodies listed after a joint sitting sat in it', () => {
  it('takes each body of "the joint session of A, B and C"', () => {
    const x = run(
      'A joint meeting of the CSTO Council of Defense Ministers and the CSTO Council of Foreign Ministers opened in Astana on Friday.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'session');
    expect((m?.participants ?? []).map((r) => x.nameOf(r))).toEqual(
      expect.arrayContaining([
        'Council of Foreign Ministers of the CSTO',
        'Council of Defense Ministers of the CSTO',
      ]),
    );
  });
  it('does not take the body of a sitting that is not joint', () => {
    const x = run('Kazakhstan hosted the session of the CSTO Council of Foreign Ministers in Astana.');
    const m = x.meetings.find((r) => r.meetingKind === 'session');
    // the joint-bodies rule adds nothing (forumSits may add the forum itself)
    const added = (m?.participants ?? []).filter((r) => r !== m?.forum);
    expect(added.map((r) => x.nameOf(r))).not.toContain('Council of Foreign Ministers of the CSTO');
  });
});
