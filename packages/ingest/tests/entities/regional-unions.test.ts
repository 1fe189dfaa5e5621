import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Regional unions of states added to the curated list (src/gazetteer/organizations.ts): sessions
// and summits of any alliance, not only the first beat's.

const alliances = (x: ReturnType<typeof run>): string[] =>
  x.organizations.filter((o) => o.orgKind === 'alliance').map((o) => o.name);

describe('unions beyond the first beat', () => {
  it('finds CARICOM, the EAC and the V4 by name or acronym, and their summits', () => {
    const x = run(
      'CARICOM leaders opened their summit in Georgetown on Monday. East African Community heads of state met in Arusha, and the V4 presidents gathered in Bratislava.',
    );
    expect(alliances(x)).toEqual(
      expect.arrayContaining(['Caribbean Community', 'East African Community', 'Visegrad Group']),
    );
    expect(x.meetings.some((m) => m.meetingKind === 'summit' && x.nameOf(m.place) === 'Georgetown')).toBe(
      true,
    );
  });
  it('near-miss: a lower-case "community" or an unknown acronym names no union', () => {
    const x = run('The business community in Lima welcomed the ABC plan on Monday, officials said.');
    expect(alliances(x)).toEqual([]);
  });
});
