import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"A, B and C are among the heads of delegations" seats them at the sitting told before', () => {
  it('adds the listed leaders to the summit', () => {
    const x = run(
      'The 9th summit of the Andean Community opened in Lima on Friday. President Ana Ruiz, President Tomas Vidal and Prime Minister Olga Petrova are among the heads of delegations.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Tomas Vidal', 'Olga Petrova']),
    );
  });
  it('near-miss: "among the critics of the summit" seats no one', () => {
    const x = run(
      'The 9th summit of the Andean Community opened in Lima on Friday. President Ana Ruiz is among the critics of the summit.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).not.toContain('Ana Ruiz');
  });
});

describe('townsBeforeTheirCountry: "in Khankendi, Azerbaijan" names a town of that country', () => {
  it('places the summit in a town the gazetteer does not know', () => {
    const x = run('The summit of the Andean Community opened on Friday in Villa Tunari, Bolivia.');
    expect(x.places.map((p) => [p.name, x.nameOf(p.country)])).toContainEqual(['Villa Tunari', 'Bolivia']);
    expect(x.meetings.map((m) => x.nameOf(m.place))).toEqual(['Villa Tunari']);
  });
  it('near-miss: "according to Ruiz, Bolivia ..." names no town', () => {
    const x = run('According to Ruiz, Bolivia is ready to talk.');
    expect(x.places.map((p) => p.name)).not.toContain('Ruiz');
  });
});
