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

describe('numberedForum and tripCarriedOut: "who was visiting New York to attend the 72nd United Nations (UN) General Assembly"', () => {
  it('the numbered assembly, its acronym in brackets inside, is a sitting the visitor attended', () => {
    const x = run(
      'Foreign Minister Taro Kono, who was visiting New York to attend the 72nd United Nations (UN) General Assembly, hosted a dinner.',
    );
    const sitting = x.meetings.find((m) => m.meetingKind === 'session');
    expect([sitting?.status, x.nameOf(sitting?.participants[0] ?? null)]).toEqual(['held', 'Taro Kono']);
  });
  it('near-miss: "will be visiting New York to attend" the assembly is planned', () => {
    const x = run(
      'Foreign Minister Taro Kono will be visiting New York to attend the 72nd United Nations (UN) General Assembly.',
    );
    expect(x.meetings.map((m) => m.status)).toEqual(['planned']);
  });
});

describe('mergeable: "He also spoke with X" in a later sentence is another meeting', () => {
  it('stays apart from the talks told before, though it names two of their parties', () => {
    const x = run(
      'Defence Minister Ivan Petrov arrived in Minsk on Monday to take part in President Ana Ruiz’s talks with President Jon Dahl. Petrov visited Minsk two weeks ago to sign a protocol. He also spoke with President Dahl.',
    );
    expect(told(x)).toEqual([
      ['held', ['Ivan Petrov', 'Ana Ruiz', 'Jon Dahl']],
      ['held', ['Ivan Petrov', 'Jon Dahl']],
    ]);
  });
});
