import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The holder of a body's office as wire and AU pages write it (issue 9):
// endsInAnInstitutionNoun and honorificAfterComma (src/entities/persons.ts), "chairperson" as a
// description head (src/entities/describe.ts) and holderOfTheBody (src/events/statements/frames.ts).

const persons = (x: ReturnType<typeof run>) => x.persons.map((p) => [p.name, p.roles.map((r) => r.title)]);
const speakers = (x: ReturnType<typeof run>) => x.statements.map((s) => x.nameOf(s.speaker));

describe('"the Secretary-General of the Andean Community, Carla Mendez"', () => {
  it('names no person "Andean Community": a name ending in an institution noun is a body', () => {
    const x = run(
      'The Secretary-General of the Andean Community, Carla Mendez, opened the session in Lima on Monday.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Carla Mendez']);
  });
  it('near-miss: a person whose name is cued stays a person', () => {
    const x = run(
      'President Aron Velk met Foreign Minister Carla Mendez in Lima on Monday to discuss trade.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Aron Velk', 'Carla Mendez']);
  });
});

describe('"the Chairperson of the Commission, Mr. Tomas Ridd gave ...": the title before the honorific', () => {
  it('gives the holder the title, and "the chairperson (of the Commission) said" is the holder', () => {
    const x = run(
      'The Chairperson of the Andean Commission, Mr. Tomas Ridd gave an overview of the state of the union in Lima on Monday. The chairperson said trade would grow. The chairperson of the Andean Commission said tariffs would fall.',
    );
    expect(persons(x)).toEqual([['Tomas Ridd', ['Chairperson of the Andean Commission']]]);
    expect(speakers(x)).toEqual(['Tomas Ridd', 'Tomas Ridd']);
  });
  it('near-miss: with no holder named, "the spokesman of the ministry said" leaves the ministry speaking', () => {
    const x = run(
      'The spokesman of the Peruvian Ministry of Foreign Affairs said the talks in Lima were useful.',
    );
    expect(speakers(x)).toEqual(['Ministry of Foreign Affairs of Peru']);
  });
});

describe('namedInstitutions with "Community" and "Alliance" heads (src/entities/organizations.ts)', () => {
  it('"The Andean Community said", "the Pacific Alliance": unions the gazetteer does not know', () => {
    // (an alliance is no speaker in the eval conventions' sense: speakingRef, statements/speaker.ts)
    const x = run(
      'The Andean Community said trade would grow. The Pacific Alliance agreed in Lima on Monday.',
    );
    expect(x.organizations.map((o) => [o.name, o.orgKind])).toEqual([
      ['Andean Community', 'alliance'],
      ['Pacific Alliance', 'alliance'],
    ]);
  });
  it('near-miss: "the international community" and a lone "Alliance" name no union', () => {
    const x = run('The international community said the Alliance would meet in Lima on Monday.');
    expect(x.organizations.map((o) => o.name)).not.toContain('international community');
    expect(x.organizations.filter((o) => o.orgKind === 'alliance').map((o) => o.name)).not.toContain(
      'Alliance',
    );
  });
});

describe('namedInstitutions with "Pact", "Organization" and "Association" heads', () => {
  it('"the Andes Water Pact", "the Coral Fisheries Organisation": institutions, not persons', () => {
    const x = run(
      'Leaders of the Andes Water Pact met in Quito. The Coral Fisheries Organisation and the Island Ports Association sent observers.',
    );
    expect(x.persons.map((p) => p.name)).toEqual([]);
    expect(x.organizations.map((o) => [o.name, o.orgKind])).toEqual([
      ['Andes Water Pact', 'alliance'],
      ['Coral Fisheries Organisation', 'other'],
      ['Island Ports Association', 'other'],
    ]);
  });
  it('near-miss: a lone "the pact" or "Organization" names no institution', () => {
    const x = run('The pact was signed in Quito. Organization of the event was praised.');
    expect(x.organizations).toEqual([]);
  });
});
