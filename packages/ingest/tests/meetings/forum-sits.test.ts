import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('forumSits: a sitting told without who sat was attended by its body', () => {
  it('makes the alliance the participant of its summit told alone', () => {
    const x = run('Trade quotas were debated at the recent Mercosur summit in Asuncion.');
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    expect(m?.participants.map((p) => x.nameOf(p))).toEqual(['Mercosur']);
  });
  it('adds the body beside a lone person told at the sitting', () => {
    const x = run('Chilean President Ana Rojas attended the Mercosur summit in Asuncion.');
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    expect(m?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Rojas', 'Mercosur']);
  });
  it('adds the body beside the persons told at a summit too (annotators list both; a list with the body still matches one without)', () => {
    const x = run(
      'Chilean President Ana Rojas and Peruvian President Luis Paredes attended the Mercosur summit in Asuncion.',
    );
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    expect(m?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Rojas', 'Luis Paredes', 'Mercosur']);
  });
});
