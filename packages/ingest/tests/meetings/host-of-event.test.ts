import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// hostOfEventBefore (src/events/meetings/triggers.ts): "the events hosted by X" names the host of
// an event already told, not a meeting of its own.

describe('"the summit hosted by <person>"', () => {
  it('adds the host to the summit and makes no second meeting', () => {
    const x = run(
      'LIMA — Leaders of four Andean countries met in Lima on Thursday for a summit.\n\n' +
        "President Aron Velk of Peru and the leaders of Bolivia and Ecuador attended the events hosted by Chile's Lidia Sarmo.",
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
    const names = x.meetings[0]?.participants.map((r) => x.nameOf(r));
    expect(names).toEqual(expect.arrayContaining(['Aron Velk', 'Lidia Sarmo']));
  });
  it('near-miss: "<person> hosted <person>" is still a meeting of the two', () => {
    const x = run('Chilean President Lidia Sarmo hosted Peruvian President Aron Velk in Santiago on Monday.');
    expect(x.meetings.length).toBe(1);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Aron Velk', 'Lidia Sarmo']);
  });
});
