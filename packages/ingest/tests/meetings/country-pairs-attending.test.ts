import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// namesInCountryPairsAfterPluralRole (src/entities/persons.ts) and attendeesNamedAfter with a
// future (src/events/meetings/anaphora.ts)

describe('"the Presidents of A, X; B, Y; and C, Z"', () => {
  it('names each president after their country, and "Also attending the summit will be" puts them there', () => {
    const x = run(
      'Foreign Minister Ana Soto will represent Chile at the 9th Andes Water Summit in Quito. Also attending the summit will be the Presidents of Ecuador, Luis Vera Campos; Colombia, Tomas Rey; and Peru, Marta Quino Salas, who chairs the pact.',
    );
    expect(x.persons.map((p) => p.name)).toEqual([
      'Ana Soto',
      'Luis Vera Campos',
      'Tomas Rey',
      'Marta Quino Salas',
    ]);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r) ?? '').sort()).toEqual([
      'Ana Soto',
      'Luis Vera Campos',
      'Marta Quino Salas',
      'Tomas Rey',
    ]);
  });
  it('near-miss: "the capitals of A, X; and B, Y" names no persons', () => {
    const x = run('The capitals of Chile, Santa Vela; and Peru, Villa Roca, were named.');
    expect(x.persons).toEqual([]);
  });
});
