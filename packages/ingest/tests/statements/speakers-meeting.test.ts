import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Rule speakersMeeting (about.ts): words whose sentence names no meeting are about the first
// meeting told before them that the speaker takes part in.
describe('the meeting a speaker takes part in', () => {
  const backdrop =
    'The talks came weeks after the G20 summit in Rome. Defence Minister Ana Lopes held talks with Defence Minister Ivo Maric in Lisbon on Tuesday.';
  it('takes the talks the speaker sat in, not a summit named before them in passing', () => {
    const x = run(`${backdrop}\n"We must build this partnership step by step," Lopes said.`);
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const st = x.statements.find((s) => /step by step/.test(s.quote ?? ''));
    expect(talks).toBeDefined();
    expect(st?.about).toBe(talks?.ref);
  });
  it('leaves a speaker who sits in no meeting to the meeting told first', () => {
    const x = run(`${backdrop}\n"It is a good sign," spokesman Petr Hala said.`);
    const first = [...x.meetings].sort(
      (a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0),
    )[0];
    const st = x.statements.find((s) => /good sign/.test(s.quote ?? ''));
    expect(st?.about).toBe(first?.ref);
  });
});
