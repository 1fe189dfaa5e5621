import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// convenedOfficials (src/events/meetings/triggers.ts): a host gathering officials of several states.

describe('a host that convenes officials of a union', () => {
  it('"X convened foreign ministers from member states of the African Union" is a session in its city', () => {
    const x = run(
      'Ethiopia convened foreign ministers from member states of the African Union on Friday in Addis Ababa.',
      { publishedAt: '2025-05-03' },
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum), x.nameOf(m.place), m.date])).toEqual([
      ['session', 'African Union', 'Addis Ababa', '2025-05-02'],
    ]);
  });
  it('"brought together leaders of" is a summit', () => {
    const x = run('Egypt brought together leaders of the Arab League on Sunday in the city of Alexandria.', {
      publishedAt: '2025-05-03',
    });
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.place)])).toEqual([['summit', 'Alexandria']]);
  });
  it('officials convened with no states or union named hold no sitting', () => {
    const x = run('The ministry convened officials on Friday to review the budget.');
    expect(x.meetings).toEqual([]);
  });
  it('"convened ministers of state in his office" names no union: no sitting', () => {
    const x = run('The minister convened ministers of state in his office.');
    expect(x.meetings).toEqual([]);
  });
});
