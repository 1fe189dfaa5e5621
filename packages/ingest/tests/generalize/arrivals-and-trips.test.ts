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

describe('attendedSitting: "the ministers are in Addis Ababa, attending the 46th Ordinary Session"', () => {
  it('a sitting being attended is held, in its place', () => {
    const x = run(
      'The ministers are in Addis Ababa, attending the 46th Ordinary Session of the Executive Council of the African Union.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.status, x.nameOf(m.place)])).toEqual([
      ['session', 'held', 'Addis Ababa'],
    ]);
  });
  it('near-miss: "are considering attending a session" tells no sitting', () => {
    expect(run('The ministers are considering attending a session of the council.').meetings).toEqual([]);
  });
});

describe('notSpokeToThePress: speaking to reporters or to an outlet is no meeting', () => {
  it('"A and B spoke to reporters" and "spoke to ENA" tell no meeting', () => {
    expect(
      run('Foreign Minister Ana Berg and Foreign Minister Jon Dahl spoke to reporters in Oslo.').meetings,
    ).toEqual([]);
    expect(
      run('Foreign Minister Ana Berg and Foreign Minister Jon Dahl spoke to ENA in Addis Ababa.').meetings,
    ).toEqual([]);
  });
  it('near-miss: "spoke to Foreign Minister X" is a conversation', () => {
    expect(told(run('Foreign Minister Ana Berg spoke to Foreign Minister Jon Dahl on Monday.'))).toEqual([
      ['held', ['Ana Berg', 'Jon Dahl']],
    ]);
  });
});
