import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const meetingsOf = (x: ReturnType<typeof run>): string[] =>
  x.meetings.map(
    (m) => `${m.meetingKind}: ${m.participants.map((p) => x.nameOf(p)).join(', ')} @${x.nameOf(m.place)}`,
  );

describe('sameNumberedSitting: one numbered sitting wherever each telling places it', () => {
  it('"the 12th Andean summit to be held in Lima" and "arrived in Callao for the 12th Andean summit" are one', () => {
    const x = run(
      'Leaders started arriving in Peru ahead of the 12th Andean summit to be held in Lima today. The Chilean Foreign Minister Ana Soto arrived in Callao yesterday for the 12th Andean summit.',
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(1);
  });

  it('near-miss: the 12th and the 13th summit in two cities stay two', () => {
    const x = run(
      'The 12th Andean summit was held in Lima in May, with Chilean President Ana Soto. The 13th Andean summit was held in Quito in June, with Bolivian President Luis Vera.',
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(2);
  });
});

describe('attendance: who arrived in the city ahead of the summit is at it', () => {
  it('"A, B and C arrived in Lima ahead of the summit" after the summit was told', () => {
    const x = run(
      'Leaders started arriving in Peru ahead of the 12th Andean summit to be held in Lima today.\nEarlier yesterday, the Chilean President Ana Soto, the Bolivian President Luis Vera, and the Ecuadorian President Eva Lind arrived in Lima ahead of the summit that is due to take place today.',
    );
    expect(meetingsOf(x)).toEqual(['summit: Ana Soto, Luis Vera, Eva Lind @Lima']);
  });

  it('near-miss: arriving in a city with no sitting told seats nobody', () => {
    const x = run('The Chilean President Ana Soto arrived in Lima on Monday for a holiday.');
    expect(x.meetings).toHaveLength(0);
  });
});
