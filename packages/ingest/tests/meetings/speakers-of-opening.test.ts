import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// speakersOfOpening and OPENING_SPEECH (src/events/meetings/attendance.ts); a weekday after a
// city (isCityMention, src/entities/places.ts)

const SITTING =
  'The 12th session of the Council of Trade Ministers of the Coral Sea Forum opened in Suva Tuesday.';

describe('speakers of a sitting’s opening', () => {
  it('who will deliver a keynote address or a speech, or will address the session, attends it', () => {
    const x = run(
      `${SITTING} Prime Minister Ana Vula will deliver a keynote address at the inaugural session. Meanwhile, Foreign Minister Tomas Rabuka will deliver a speech after the election of officers. Secretary-General Lena Ortiz, Trade Minister Olof Sand and Minister Kofi Mensah will address the session.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Suva');
    expect(
      x.meetings[0]?.participants
        .map((r) => x.nameOf(r) ?? '')
        .filter((n) => / /.test(n))
        .sort(),
    ).toEqual(['Ana Vula', 'Kofi Mensah', 'Lena Ortiz', 'Olof Sand', 'Tomas Rabuka']);
  });
  it('near-miss: "in his statement" is no speech at the sitting', () => {
    const x = run(`${SITTING} In his statement, the analyst Tomas Rabuka said trade must grow.`);
    expect((x.meetings[0]?.participants ?? []).map((r) => x.nameOf(r))).not.toContain('Tomas Rabuka');
  });
});

describe('a title with an acronym in brackets before the name set off by commas', () => {
  it('"Speaking during the official opening of the summit, Chairperson of the Coral Sea Commission (CSC), X, said": X speaks and attends', () => {
    const x = run(
      `${SITTING} Speaking during the official opening of the session Outgoing Chairperson of the Coral Sea Commission (CSC), Marta Quino Salas, stressed the need for unity.`,
    );
    expect(x.persons.map((p) => p.name)).toContain('Marta Quino Salas');
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toContain('Marta Quino Salas');
  });
  it('near-miss: a body with its acronym before two countries set off by commas names no person', () => {
    const x = run('The Coral Sea Commission (CSC), Fiji and Tonga, said trade grew.');
    expect(x.persons).toEqual([]);
  });
});
