import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// bodyConvened (src/events/meetings/triggers.ts) and "convened ... for a summit" (gatheredForSitting, keep.ts).

describe('a body or union that convenes', () => {
  it('"The OAS Permanent Council convened on Wednesday" is a session of that council', () => {
    const x = run('The OAS Permanent Council convened on Wednesday to discuss the situation in Haiti.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toMatch(/Permanent Council/);
  });
  it('"ECOWAS leaders convened in Abuja for an extraordinary summit" is an ECOWAS summit in Abuja', () => {
    const x = run('ECOWAS leaders convened in Abuja for an extraordinary summit on the crisis.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum), x.nameOf(m.place)])).toEqual([
      ['summit', 'Economic Community of West African States', 'Abuja'],
    ]);
  });
  it('a person who convened advisers holds no sitting', () => {
    const x = run('President Aron Velk convened his advisers on Wednesday.');
    expect(x.meetings).toEqual([]);
  });
});
