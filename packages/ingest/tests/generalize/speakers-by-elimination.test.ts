import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const speakers = (x: X): Array<string | null> => x.statements.map((s) => x.nameOf(s.speaker));
const rolesOf = (x: X, name: string): string[] =>
  (x.persons.find((p) => p.name === name)?.roles ?? []).map(
    (r) => `${r.title}/${x.nameOf(r.country) ?? '-'}`,
  );

describe('onlyOneLeft: a national description names the one holder not ruled out by country', () => {
  const text =
    'Foreign Minister Ana Berg, in a telephone conversation on Friday, congratulated Minister of Foreign Affairs of the Republic of Poland Tom Lind on his appointment. In this context, the Romanian minister pointed out that 2024 will mark an anniversary.';
  it('"the Romanian minister" is Berg, since Lind is Poland’s', () => {
    expect(speakers(run(text))).toEqual(['Ana Berg', 'Ana Berg']);
  });
  it('near-miss: with no holder ruled out by country, "the Belarusian leader" is still no guess', () => {
    const x = run(
      'President Ana Berg met reporters in Oslo. The Belarusian leader said the talks were useful.',
    );
    expect(speakers(x)).not.toContain('Ana Berg');
  });
});

describe('shortFormOfTitle: "Minister X" after "Minister of Foreign Affairs of Poland X" is the same office', () => {
  it('brings no second role, and no country from its own sentence', () => {
    const x = run(
      'Ana Berg spoke with Minister of Foreign Affairs of Poland Tom Lind. Minister Tom Lind reconfirmed the support of Poland for Romania’s accession.',
    );
    expect(rolesOf(x, 'Tom Lind')).toEqual(['Minister of Foreign Affairs/Poland']);
  });
  it('near-miss: "President" is no short form of "Vice President"', () => {
    const x = run('Vice President Ana Berg met reporters. President Ana Berg said no.');
    expect(rolesOf(x, 'Ana Berg')).toEqual(['Vice President/-', 'President/-']);
  });
});

describe('fullNameThenVerbOfSaying / subjectOfSpeakingOpener: persons cued by how they speak', () => {
  it('"Michalis Giorgallas referred to ...", "Ana Berg also mentioned ..." are persons who spoke', () => {
    const x = run('Michalis Giorgallas referred to the new council. Ana Berg also mentioned the programme.');
    expect(x.persons.map((p) => p.name)).toEqual(['Michalis Giorgallas', 'Ana Berg']);
    expect(speakers(x)).toEqual(['Michalis Giorgallas', 'Ana Berg']);
  });
  it('"Speaking at a press conference, Michalis Giorgallas, first made reference to ..." is a person', () => {
    const x = run(
      'Speaking at a press conference, Michalis Giorgallas, first made reference to the new council.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Michalis Giorgallas']);
  });
  it('near-misses: "referred to as" names a thing; a lone word after the opener may be a company', () => {
    expect(run('The region, referred to as the Sahel, is dry.').statements).toEqual([]);
    expect(run('Speaking in Oslo, Statkraft Energy will open a plant.').persons).toEqual([]);
  });
});

describe('counterparts from A, B and C attend a sitting', () => {
  it('"will be attended by their counterparts from Portugal, France and Greece"', () => {
    const x = run(
      'The summit in Lisbon will be attended by their counterparts from Portugal, France and Greece.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Portugal', 'France', 'Greece']);
  });
  it('near-miss: "talks with counterparts" names no countries', () => {
    const x = run('The summit in Lisbon will be attended by their counterparts.');
    expect(x.meetings[0]?.participants ?? []).toEqual([]);
  });
});

describe('meetingJudgedAfter: “It was a very constructive meeting” is the meeting told before', () => {
  it('one call, no second meeting of the speaker', () => {
    const x = run(
      'The Chilean Foreign Minister, Ana Berg, held a virtual meeting with her Peruvian counterpart, Tom Lind, after the creation of a migration committee.\n“It was a very constructive meeting in which we reaffirmed our commitment to continue working together with friendly and neighboring countries on the challenges associated with migration,” Berg said in a video sent to the press.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Berg', 'Tom Lind']);
  });
  it('near-miss: with nothing told before, the judged meeting is told here', () => {
    const x = run('“It was a very constructive meeting,” Berg said of her talks with Tom Lind.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toContain('Tom Lind');
  });
});

describe('homeOfficial: "The Prime Minister" is the holder named without a country', () => {
  it('a readout’s own prime minister, not the foreign one named nearer with his country', () => {
    const x = run(
      'Prime Minister Ana Berg spoke with Prime Minister Tom Lind of Italy on Friday. The Prime Minister reiterated that the attack was a breach of the convention.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Berg']);
  });
  it('near-miss: when both are named with their countries, the nearest is it', () => {
    const x = run(
      'Japanese Prime Minister Ana Berg met Australian Prime Minister Tom Lind. The Prime Minister said the talks were useful.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Tom Lind']);
  });
});
