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
