import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const personNames = (x: X): string[] => x.persons.map((p) => p.name);
const participantsOf = (x: X, i = 0): Array<string | null> =>
  (x.meetings[i]?.participants ?? []).map((p) => x.nameOf(p));
const roleOf = (x: X, name: string): string | undefined => {
  const role = x.persons.find((p) => p.name === name)?.roles[0];
  return role ? `${role.title}|${x.nameOf(role.organization)}|${x.nameOf(role.country)}` : undefined;
};

describe('counterpartsInList: "her counterparts X of Sweden and Y of Ecuador"', () => {
  const x = run(
    "Chile's Foreign Minister Ana Ruiz on Tuesday met with her counterparts Tomas Lind of Sweden and Pablo Soria of Ecuador before the summit.",
  );
  it('every name of the list is a person holding the subject’s office in the country after it', () => {
    expect(personNames(x)).toEqual(expect.arrayContaining(['Tomas Lind', 'Pablo Soria']));
    expect(roleOf(x, 'Tomas Lind')).toBe('Foreign Minister|Ministry of Foreign Affairs of Sweden|Sweden');
    expect(roleOf(x, 'Pablo Soria')).toBe('Foreign Minister|Ministry of Foreign Affairs of Ecuador|Ecuador');
  });
  it('the meeting has the three ministers, and not their countries beside them', () => {
    expect(x.meetings).toHaveLength(1);
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'Tomas Lind', 'Pablo Soria']);
  });
  it('"his peers from Chile, A; Ecuador, B; and Peru, C": the pairs without a repeated "from"', () => {
    const y = run(
      'Foreign Minister Luis Vega met with his peers from Chile, Ana Ruiz; Ecuador, Pablo Soria; and Peru, Tomas Vidal.',
    );
    expect(personNames(y)).toEqual(expect.arrayContaining(['Ana Ruiz', 'Pablo Soria', 'Tomas Vidal']));
    expect(roleOf(y, 'Tomas Vidal')).toBe('Foreign Minister|Ministry of Foreign Affairs of Peru|Peru');
    const all = y.meetings.flatMap((m) => m.participants.map((p) => y.nameOf(p)));
    expect(all).toEqual(expect.arrayContaining(['Ana Ruiz', 'Pablo Soria', 'Tomas Vidal']));
    expect(all).not.toContain('Chile');
  });
  it('near-miss: "met her counterparts in Europe" lists no one, and a name of a country after "met" is no counterpart', () => {
    const y = run("Chile's Foreign Minister Ana Ruiz met Tomas Lind of Sweden in Santiago on Tuesday.");
    expect(roleOf(y, 'Tomas Lind')).toBeUndefined();
    const z = run("Chile's Foreign Minister Ana Ruiz met her counterparts in Europe on Tuesday.");
    expect(personNames(z)).toEqual(['Ana Ruiz']);
  });
});

describe('countryOfPersonBeside: "met with Ana Ruiz of Chile" seats Ana Ruiz, not Chile too', () => {
  it('a country after "<name> of" is the person’s', () => {
    const x = run('Foreign Minister Luis Vega met with Ana Ruiz of Chile in Lima.');
    expect(participantsOf(x)).toEqual(['Luis Vega', 'Ana Ruiz']);
  });
  it('near-miss: countries met as such stay parties', () => {
    const x = run('Foreign Minister Luis Vega met with Chile, Argentina and Brazil in Lima.');
    expect(participantsOf(x)).toEqual(expect.arrayContaining(['Chile', 'Argentina', 'Brazil']));
  });
});

describe('subjectAfterFrontedCounterpart: "After talks with his Ghanaian counterpart, X, Nigerian Foreign Minister Y said"', () => {
  it('the counterpart holds the office of the subject named after him, in his own country', () => {
    const x = run(
      'After talks with his Ghanaian counterpart, Kofi Mensah, Nigerian Foreign Minister Yusuf Tuggar told reporters the meeting was useful.',
    );
    expect(roleOf(x, 'Kofi Mensah')).toBe('Foreign Minister|Ministry of Foreign Affairs of Ghana|Ghana');
  });
  it('near-miss: a person with a role named before still comes first', () => {
    const x = run(
      'Defence Minister Ana Ruiz of Chile met her Peruvian counterpart, Luis Vega, before Foreign Minister Tomas Lind of Chile arrived.',
    );
    expect(roleOf(x, 'Luis Vega')).toBe('Defence Minister|Ministry of Defense of Peru|Peru');
  });
});

describe('hostCountryOfVisit: a named person’s visit to a foreign country is a meeting with that country', () => {
  it.each([
    'Nigerian President Bola Tinubu paid a state visit to France on Monday.',
    'Nigerian President Bola Tinubu visited France on Monday.',
    'During Nigerian President Bola Tinubu’s visit to France in May, the two sides discussed trade.',
  ])('%s', (text) => {
    const x = run(text);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.meetingKind).toBe('bilateral');
    expect(participantsOf(x)).toEqual(['Bola Tinubu', 'France']);
  });
  it('a city visited stands for its country, and is the place', () => {
    const x = run('Nigerian President Bola Tinubu arrived on Monday for a state visit to Paris.');
    expect(participantsOf(x)).toEqual(['Bola Tinubu', 'France']);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Paris');
  });
  it('near-miss: a trip at home, and a trip to attend another meeting, are no visit meeting', () => {
    expect(run('Nigerian President Bola Tinubu visited Lagos on Monday.').meetings).toEqual([]);
    const y = run(
      'Russian President Ivan Petrov will pay a working visit to Minsk on Thursday to take part in the CSTO summit.',
    );
    expect(y.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
});

describe('groupGathered: a group of officials that convened, gathered or assembled somewhere', () => {
  it('"Leaders from six countries along the Danube convened in Austria’s Linz" is a sitting in Linz', () => {
    const x = run(
      'Leaders from six countries along the Danube convened in Austria’s Linz on Wednesday to discuss river cooperation.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Linz');
  });
  it('"Foreign ministers of A, B and C gathered in Quito" seats the three countries', () => {
    const x = run('Foreign ministers of Chile, Peru and Bolivia gathered in Quito on Monday.');
    expect(x.meetings).toHaveLength(1);
    expect(participantsOf(x)).toEqual(['Chile', 'Peru', 'Bolivia']);
  });
  it('near-miss: protesters gathering are no sitting, and "convened for a bilateral meeting" is one meeting', () => {
    expect(run('Protesters gathered in Linz on Wednesday.').meetings).toEqual([]);
    const x = run(
      'Defence Ministers of Chile and Peru, Ana Ruiz and Luis Vega, convened for a bilateral meeting in Lima on Monday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('conferred: "A and B conferred for an hour in Lima"', () => {
  it('is a meeting of the two, where they conferred', () => {
    const x = run(
      'Foreign Minister Ana Ruiz of Chile and Peru’s Foreign Minister Luis Vega conferred for an hour in Lima on Friday.',
    );
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'Luis Vega']);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lima');
  });
  it('near-miss: an honour conferred on someone is no meeting', () => {
    expect(run('The university conferred an honorary degree on Ana Ruiz in Lima.').meetings).toEqual([]);
  });
});

describe('countryPossessive: "in China’s Sanya" names the city', () => {
  it('the city after a country’s possessive and a locative is a place', () => {
    const x = run('The leaders met in China’s Sanya on Wednesday.');
    expect(x.places.map((p) => p.name)).toContain('Sanya');
  });
  it('near-miss: a small town after a country’s possessive with no locative before is no place', () => {
    const x = run('The leaders praised Austria’s Steyr on Wednesday.');
    expect(x.places.map((p) => p.name)).not.toContain('Steyr');
    expect(run('The leaders met in Austria’s Steyr on Wednesday.').places.map((p) => p.name)).toContain(
      'Steyr',
    );
  });
});

describe('visitsToldByTheirMeetings: a visit whose meetings with persons are told is those meetings', () => {
  it('"will visit China. President Wei Tong will have talks with her": the talks only', () => {
    const x = run(
      'President Ana Ruiz of Peru will visit China next week. President Wei Tong will have talks with her.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'Wei Tong']);
  });
  it('a visit retold with the host in person has the host, not the country beside him', () => {
    const x = run(
      'Lavrov to visit Pyongyang next week\n\nRussian Foreign Minister Sergei Lavrov will travel to North Korea next week for talks with his North Korean counterpart Choe Son Hui.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(participantsOf(x).sort()).toEqual(['Choe Son Hui', 'Sergei Lavrov']);
  });
  it('near-miss: a visit with no meeting told stays a meeting with the country', () => {
    const x = run(
      'President Ana Ruiz of Peru will visit China next week. She will also open a trade fair in Shanghai.',
    );
    expect(participantsOf(x)).toEqual(['Ana Ruiz', 'China']);
  });
});

describe('hostCountryOfVisit for a visitor of no told country: a country visited, not a city', () => {
  it('"the visit of Prime Minister X to Iran" is a meeting with Iran', () => {
    const x = run(
      'Both sides looked forward to the visit of Prime Minister Imran Aziz to Iran in the near future.',
    );
    expect(participantsOf(x)).toEqual(['Imran Aziz', 'Iran']);
  });
  it('near-miss: a city visited by a visitor of no told country may be at home, and a possessive names no place visited', () => {
    expect(run('President Bola Adeyemi visited Lagos on Monday.').meetings).toEqual([]);
    expect(
      run('President Kemal Aras’s recent visit to Turkey’s neighbour Iraq was a success.').meetings,
    ).toEqual([]);
  });
});
