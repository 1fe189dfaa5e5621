import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// hasBodies (src/entities/organizations.ts): an alliance the gazetteer lists no bodies of may
// name its own, and a sitting of that body is found with its place.

describe('a body an alliance names for itself', () => {
  it('"the ECOWAS Council of Ministers met in Abuja" is a session of that council in Abuja', () => {
    const x = run('The ECOWAS Council of Ministers met in Abuja on Monday.', { publishedAt: '2025-05-08' });
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum), x.nameOf(m.place), m.date])).toEqual([
      ['session', 'Council of Ministers of the ECOWAS', 'Abuja', '2025-05-05'],
    ]);
    const body = x.organizations.find((o) => o.name === 'Council of Ministers of the ECOWAS');
    expect(x.nameOf(body?.parent ?? null)).toBe('Economic Community of West African States');
  });
  it('"earlier this week" gives the sitting no date', () => {
    const x = run(
      'The ECOWAS Council of Ministers meeting in Abuja, earlier this week, endorsed the candidate.',
      {
        publishedAt: '2025-05-08',
      },
    );
    expect(x.meetings.map((m) => [x.nameOf(m.place), m.date ?? null])).toEqual([['Abuja', null]]);
  });
  it('"the ECOWAS Authority of Heads of State and Government" is a body, its sitting apart from the ministers\'', () => {
    const x = run(
      'The 60th Ordinary Session of the ECOWAS Authority of Heads of State and Government opened in Accra on Sunday. The ECOWAS Council of Ministers met in Accra earlier this week.',
      { publishedAt: '2025-05-11' },
    );
    expect(x.meetings.map((m) => [x.nameOf(m.forum), m.date ?? null])).toEqual([
      ['Authority of Heads of State and Government of the ECOWAS', '2025-05-11'],
      ['Council of Ministers of the ECOWAS', null],
    ]);
  });
  it('"the Palestinian Authority" is no body of an alliance', () => {
    const x = run('The Palestinian Authority and ECOWAS officials held talks in Cairo.');
    expect(x.organizations.some((o) => /Authority of/.test(o.name))).toBe(false);
  });
  it('a council of a country is no body of an alliance', () => {
    const x = run('The Ghanaian Council of State met in Accra on Monday.', { publishedAt: '2025-05-08' });
    expect(x.organizations.some((o) => /of the ECOWAS|of the AU/.test(o.name))).toBe(false);
  });
});
