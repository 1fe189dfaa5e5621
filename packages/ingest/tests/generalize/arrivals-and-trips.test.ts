import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const told = (x: X): Array<[string, string[]]> =>
  x.meetings.map((m) => [m.status, m.participants.map((p) => x.nameOf(p) ?? '?')]);

describe('notAReceptionOnArrival: a guest received on arrival is protocol, not talks', () => {
  it('"arrived in Nairobi and was received by the Foreign Minister" is no meeting', () => {
    const x = run(
      'Ghanaian President Kofi Mensah arrived in Nairobi on Wednesday morning and was received by Foreign Minister Ruth Wanjiru.',
    );
    expect(x.meetings).toEqual([]);
  });
  it('"was received at Jorge Chavez International Airport by" is no meeting', () => {
    const x = run(
      'Chilean President Ana Ruiz was received at Jorge Chavez International Airport by Vice President Tomas Vidal.',
    );
    expect(x.meetings).toEqual([]);
  });
  it('near-miss: "was received by President Y at State House" is a meeting', () => {
    const x = run(
      'Ghanaian President Kofi Mensah was received by Kenyan President Uhuru Kamau at State House on Wednesday.',
    );
    expect(told(x)).toEqual([['held', ['Kofi Mensah', 'Uhuru Kamau']]]);
  });
});

describe('receivedOnArrivalIn: who received the guest is no party to the talks told after', () => {
  it('"welcomed at the airport by Y and then headed to the palace to meet with Z" is a meeting with Z alone', () => {
    const x = run(
      'Chilean President Ana Ruiz was welcomed at the airport by Vice President Tomas Vidal and then headed to the palace to meet with Peruvian President Jon Dahl.',
    );
    expect(told(x)).toEqual([['held', ['Ana Ruiz', 'Jon Dahl']]]);
  });
});

describe('tripCarriedOut: the purpose of a trip told in the past was carried out', () => {
  it('"flew to Lima on Monday to meet President Y" is held', () => {
    expect(
      told(run('Chilean President Ana Ruiz flew to Lima on Monday to meet Peruvian President Jon Dahl.')),
    ).toEqual([['held', ['Ana Ruiz', 'Jon Dahl']]]);
  });
  it('near-miss: "will fly to Lima on Monday to meet President Y" is planned', () => {
    expect(
      told(run('Chilean President Ana Ruiz will fly to Lima on Monday to meet Peruvian President Jon Dahl.')),
    ).toEqual([['planned', ['Ana Ruiz', 'Jon Dahl']]]);
  });
});

describe('notAPresenceList: "Present at the talks were ..." seats the delegations at the talks told before', () => {
  it('the officials present join the talks, and the sentence tells no meeting of its own', () => {
    const x = run(
      'Presidents Ana Ruiz of Chile and Jon Dahl of Peru held bilateral talks at the palace in Lima on Friday. Present at the talks were Foreign Minister Tomas Vidal and Trade Minister Eva Soto.',
    );
    expect(told(x)).toEqual([['held', ['Ana Ruiz', 'Jon Dahl', 'Tomas Vidal', 'Eva Soto']]]);
  });
  it('near-miss: with no talks told before, "Present at the ceremony were A and B" is theirs', () => {
    const x = run('Present at the ceremony were Foreign Minister Tomas Vidal and Trade Minister Eva Soto.');
    expect(told(x)).toEqual([['held', ['Tomas Vidal', 'Eva Soto']]]);
  });
});
