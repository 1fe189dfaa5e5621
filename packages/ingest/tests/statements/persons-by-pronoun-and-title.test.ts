import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// openerReferredToAsPerson (src/entities/persons.ts), subjectOfParenthetical
// (src/events/statements/frames.ts) and the title heads of descriptions (src/entities/describe.ts).

const speakers = (x: ReturnType<typeof run>): string[] => x.statements.map((s) => x.nameOf(s.speaker) ?? '');

describe('openerReferredToAsPerson', () => {
  it('a lone word opening a sentence is a person when "she" or "he" refers back to it', () => {
    const x = run('Halvorsen praised the treaty, which she said would last. Lindqvist spoke next.');
    expect(x.persons.map((p) => p.name)).toContain('Halvorsen');
    const y = run('Okonjo said the port would open in May. He added that funds were ready.');
    expect(y.persons.map((p) => p.name)).toContain('Okonjo');
  });
  it('near-miss: a company that is "it", or a pronoun that belongs to a name in between', () => {
    const x = run('Vantaro said it would raise prices in May.');
    expect(x.persons.map((p) => p.name)).not.toContain('Vantaro');
    const y = run('Vantaro thanked Minister Ana Berg for her help.');
    expect(y.persons.map((p) => p.name)).not.toContain('Vantaro');
  });
});

describe('subjectOfParenthetical', () => {
  it('"X thanked Y for the deal which, she said, ...": the pronoun is the sentence subject', () => {
    const x = run(
      'Foreign Minister Olof Sand met Prime Minister Ana Berg in Oslo. Berg thanked Sweden for the deal which, she said, would bring order.',
    );
    expect(speakers(x)).toEqual(['Ana Berg']);
  });
  it('near-miss: a closing ", she said" is not the person the words name', () => {
    const x = run(
      'Prime Minister Ana Berg met Foreign Minister Olof Sand in Oslo. Sand stressed that the deal would bring order, she said.',
    );
    expect(speakers(x)).not.toContain('Olof Sand');
  });
});

describe('descriptions by title head', () => {
  it('"the chancellor" is the person whose title is chancellor', () => {
    const x = run(
      'Chancellor Olaf Brandt met Prime Minister Pedro Ruiz in Madrid. The chancellor said the talks went well.',
    );
    expect(speakers(x)).toEqual(['Olaf Brandt']);
  });
  it('near-miss: "the chancellor" fits no prime minister', () => {
    const x = run(
      'Prime Minister Pedro Ruiz met the German chancellor in Madrid. The chancellor said the talks went well.',
    );
    expect(speakers(x)).not.toContain('Pedro Ruiz');
  });
});

describe('nameAfterQuoteAndVerb (src/entities/persons.ts)', () => {
  it('"“…,” said Ingrid Solvang (Centre Party).": the full name after the verb is the speaker', () => {
    const x = run(
      '"We are delighted that the talks will resume in Oslo next week," said Ingrid Solvang (Centre Party).',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Ingrid Solvang']);
    expect(speakers(x)).toEqual(['Ingrid Solvang']);
  });
  it('near-miss: one word after the verb ("said Reuters") is no person', () => {
    const x = run('"Prices will rise by May," said Vantaro.');
    expect(x.persons).toEqual([]);
  });
});
