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
