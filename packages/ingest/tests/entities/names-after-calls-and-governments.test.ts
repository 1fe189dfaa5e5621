import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// nameAddressedTo, headOfGovernmentNamed, countryPossessiveBefore (src/entities/persons.ts) and
// royalStyledNames (src/entities/extract-entities.ts)

const names = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);

describe('nameAddressedTo', () => {
  it('"made a phone call to Kofi Mensah", "has spoken to Ana Ruiz": the full name is a person', () => {
    const x = run(
      'President Olof Sand on Tuesday made a phone call to Kofi Mensah. He has also spoken to Ana Ruiz.',
    );
    expect(names(x)).toEqual(['Olof Sand', 'Kofi Mensah', 'Ana Ruiz']);
  });
  it('near-miss: "went to San Pedro", "a call to Russia"', () => {
    const x = run('The delegation went to San Pedro Sula after a call to Russia.');
    expect(names(x)).toEqual([]);
  });
});

describe('headOfGovernmentNamed', () => {
  it('"the government of Marta Quino" names its head', () => {
    expect(names(run('Talks will resume once the government of Marta Quino takes office.'))).toEqual([
      'Marta Quino',
    ]);
  });
  it('near-miss: "the Government of Costa Rica" is a country’s', () => {
    expect(names(run('Talks will resume once the Government of Costa Rica agrees.'))).toEqual([]);
  });
});

describe('a longer country’s possessive, and royal styles', () => {
  it('"South Africa’s Thabo Dube": the possessive of a two-word country', () => {
    expect(names(run('Talks were held with South Africa’s Thabo Dube and Costa Rica’s Ana Vega.'))).toEqual([
      'Thabo Dube',
      'Ana Vega',
    ]);
  });
  it('"His Majesty King Abdullah" is also "King Abdullah"; a two-word name takes no style', () => {
    const x = run('His Majesty King Abdullah met President Olof Sand in Amman.');
    expect(x.persons.find((p) => p.name === 'Abdullah')?.aliases).toContain('King Abdullah');
    expect(x.persons.find((p) => p.name === 'Olof Sand')?.aliases).not.toContain('President Olof Sand');
  });
});
