import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('speakers at a sitting', () => {
  it('who speaks after the sitting took part in it; a bilateral is not widened', () => {
    const x = run(
      'A session of the CSTO Collective Security Council was held in Yerevan. After the meeting, Prime Minister Nikos Aram said two projects were agreed.',
    );
    const persons = x.meetings[0]?.participants.filter((r) => x.persons.some((p) => p.ref === r));
    expect(persons?.map((r) => x.nameOf(r))).toEqual(['Nikos Aram']);
    const y = run(
      'President Ada Berg met President Olof Sand in Oslo. After the talks, Spokesman Per Lind said the meeting went well.',
    );
    expect(y.meetings[0]?.participants.map((r) => y.nameOf(r)).sort()).toEqual(['Ada Berg', 'Olof Sand']);
  });
});

describe('officeHolderOnHeldSitting', () => {
  const SITTING =
    'Leaders of the Andes Water Pact met in Quito on Tuesday for their annual summit, chaired by President Lena Ortiz of Ecuador.';
  const personsAt = (x: ReturnType<typeof run>): string[] =>
    (x.meetings[0]?.participants ?? [])
      .filter((r) => x.persons.some((p) => p.ref === r))
      .map((r) => x.nameOf(r) ?? '')
      .sort();

  it('a minister whose later words are about the held summit took part in it', () => {
    const x = run(
      `${SITTING} Water was the first item. Peruvian Foreign Minister Tomas Vela said the pact needed a common fund for the dry years.`,
    );
    expect(personsAt(x)).toEqual(['Lena Ortiz', 'Tomas Vela']);
  });

  it('a spokesperson, an absentee, a summit still to come or one recalled in the sentence add nobody', () => {
    const spokesman = run(
      `${SITTING} Water was the first item. Government spokesman Raul Pena said the pact needed a common fund.`,
    );
    expect(personsAt(spokesman)).toEqual(['Lena Ortiz']);
    const absent = run(
      `${SITTING} Water was the first item. Bolivian President Ana Rios, absent because of floods at home, said the pact needed a fund.`,
    );
    expect(personsAt(absent)).toEqual(['Lena Ortiz']);
    const planned = run(
      'Leaders of the Andes Water Pact will meet in Quito next month for their annual summit. Water will be the first item. Peruvian Foreign Minister Tomas Vela said the pact needed a common fund.',
      { publishedAt: '2024-05-02' },
    );
    expect(planned.meetings[0]?.participants.map((r) => planned.nameOf(r))).not.toContain('Tomas Vela');
  });
});
