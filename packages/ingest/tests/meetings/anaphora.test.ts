import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// decideAnaphoric (src/events/meetings/anaphora.ts): "the meeting" with nothing new points back to the latest meeting.

describe('meetings', () => {
  it('points an anaphor back instead of making a new meeting', () => {
    const x = run(
      'Defence Minister Karl Berg met Defence Minister Jan Dvorak in Prague. The meeting lasted two hours.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('meetings of several countries', () => {
  const lima =
    'LIMA, June 7, 2024 — The foreign ministers of Chile, Peru and Bolivia met in Lima on Friday to discuss water rights.';
  it('hears "X hosted the meeting, which was attended by Y and Z" as the same meeting, with its people', () => {
    const x = run(
      `${lima} Peruvian Foreign Minister Ana Torres hosted the meeting, which was attended by Chilean Foreign Minister Luis Rojas and Bolivian Foreign Minister Eva Quispe.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(
      expect.arrayContaining(['Ana Torres', 'Luis Rojas', 'Eva Quispe']),
    );
  });
  it('keeps a hosted meeting apart when it adds a place of its own', () => {
    const x = run(
      `${lima} Peruvian Foreign Minister Ana Torres hosted the meeting of their deputies in Cusco on Saturday.`,
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(2);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
});

describe('joinsToldSitting: "The meeting was attended by A and B" after talks of two', () => {
  const talks =
    'Peruvian President Ana Torres received Chilean President Luis Rojas at the palace in Lima on Friday for talks on water rights.';
  it('joins the attendees to the talks told before, as no new meeting of theirs', () => {
    const x = run(
      `${talks} The meeting was attended by the Minister Delegate for Trade, Eva Quispe, and the adviser to the President for the Andes, Rosa Mamani.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(
      expect.arrayContaining(['Ana Torres', 'Luis Rojas', 'Eva Quispe', 'Rosa Mamani']),
    );
  });
  it('near-miss: two others meeting in a sentence of their own is a meeting of theirs', () => {
    const x = run(
      `${talks} On Saturday, Peruvian Trade Minister Eva Quispe met Chilean Trade Minister Rosa Mamani in Cusco.`,
    );
    expect(x.meetings).toHaveLength(2);
  });
});
