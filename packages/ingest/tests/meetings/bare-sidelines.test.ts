import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// sidelinesOfLatestSitting (src/events/meetings/build.ts): a bare "on the sidelines" points to the
// sitting told before.

const meetings = (text: string) => {
  const x = run(text);
  return x.meetings.map((m) => [
    m.meetingKind,
    m.participants.map(x.nameOf).sort(),
    x.nameOf(m.place),
    m.within ? 'within' : null,
  ]);
};

describe('"On the sidelines, X met Y": talks inside the sitting told before', () => {
  it('puts the talks within the session, at its place', () => {
    const found = meetings(
      'The Council of Ministers of the Andean Community held its 40th session in Quito on Monday. On the sidelines, Foreign Minister Tomas Ridd met Foreign Minister Ilse Marr to review trade.',
    );
    expect(found).toContainEqual(['bilateral', ['Ilse Marr', 'Tomas Ridd'], 'Quito', 'within']);
  });
  it('reads the phrase at the end of the clause too', () => {
    const found = meetings(
      'Andean foreign ministers met in Quito on Monday for a ministerial session. Tomas Ridd and Ilse Marr held talks on the sidelines.',
    );
    expect(found).toContainEqual(['bilateral', ['Ilse Marr', 'Tomas Ridd'], 'Quito', 'within']);
  });
  it('encloses nothing where no sitting was told before', () => {
    const found = meetings(
      'On the sidelines, Foreign Minister Tomas Ridd met Foreign Minister Ilse Marr in Lima to review trade.',
    );
    expect(found).toEqual([['bilateral', ['Ilse Marr', 'Tomas Ridd'], 'Lima', null]]);
  });
});
