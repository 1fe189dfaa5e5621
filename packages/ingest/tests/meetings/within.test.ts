import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The within rules (src/events/meetings/build.ts): sidelinesInSameSentence, sidelinesOfLatestSitting, jointSessionWithPartners; and sidelinersAttend.

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

describe('sidelinesOfLatestSitting: "on its sidelines" is within the sitting told before', () => {
  const summit =
    'Officials from Chile and Peru met in Lima. The Mercosur summit opened in Asuncion on Monday.';
  it('puts talks "on its sidelines" within the summit, at its place', () => {
    const x = run(`${summit} President Ana Rojas held talks with President Luis Paredes on its sidelines.`);
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const sitting = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(talks?.within).toBe(sitting?.ref);
    expect(x.nameOf(talks?.place ?? null)).toBe('Asunción');
  });
  it('leaves talks told later, not on its sidelines, on their own', () => {
    const x = run(`${summit} Later, President Ana Rojas held talks with President Luis Paredes.`);
    expect(x.meetings.find((m) => m.meetingKind === 'bilateral')?.within).toBeNull();
  });
});

describe('sidelinersAttend: who met on the sidelines of a summit was at it', () => {
  it('seats the pair of the side talks at the summit, which has no one else', () => {
    const x = run(
      'The Mercosur summit opened in Asuncion on Monday. On its sidelines, President Ana Rojas held talks with President Luis Paredes.',
    );
    const sitting = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(sitting?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Ana Rojas', 'Luis Paredes']);
  });
  it('does not seat them when the talks are not within it', () => {
    const x = run(
      'The Mercosur summit opened in Asuncion on Monday. Later, President Ana Rojas held talks with President Luis Paredes.',
    );
    const sitting = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(sitting?.participants.map((p) => x.nameOf(p))).toEqual(['Mercosur']);
  });
});

// sidelinesOfNext (when-where.ts) and otherDayInGroup (build.ts): a sideline meeting told with
// its day after the enclosing sitting is its own meeting, not the talks of another day.
describe('a sideline meeting dated after its sitting', () => {
  const text =
    'Prime Minister Aron Velk held a bilateral meeting with President Lena Moss on Sunday. During the meeting they discussed trade. The two leaders, who earlier met on the sidelines of the G7 summit in Hiroshima on Saturday, also discussed fisheries.';
  it('"met on the sidelines of the G7 summit in Hiroshima on Saturday" is Saturday’s meeting within the summit', () => {
    const x = run(text, { publishedAt: '2023-05-21' });
    const bilaterals = x.meetings.filter((m) => m.meetingKind === 'bilateral');
    expect(bilaterals.map((m) => [m.date, x.nameOf(m.place)])).toEqual([
      ['2023-05-21', null],
      ['2023-05-20', 'Hiroshima'],
    ]);
    const saturday = bilaterals[1];
    expect(x.meetings.find((m) => m.ref === saturday?.within)?.meetingKind).toBe('summit');
  });
  it('talks told again with no day stay one meeting', () => {
    const x = run(
      'Prime Minister Aron Velk held a bilateral meeting with President Lena Moss on Sunday. During the meeting they discussed trade. The two leaders also met their delegations.',
      { publishedAt: '2023-05-21' },
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'bilateral')).toHaveLength(1);
  });
});
