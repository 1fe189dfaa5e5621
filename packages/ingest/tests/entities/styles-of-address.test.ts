import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// "highness", "majesty", "excellency" among HONORIFICS (src/text/honorifics.ts): styles of
// address cue a person and are no part of the name.

describe('styles of address', () => {
  it('"His Excellency Aron Velk, President of Chile" is Aron Velk', () => {
    const x = run('Prime Minister Lena Moss received His Excellency Aron Velk, President of Chile.');
    expect(x.persons.map((p) => p.name)).toEqual(['Lena Moss', 'Aron Velk']);
  });
  it('"His Highness Sheikh Khalid Saad" leaves out the style', () => {
    const x = run('Prime Minister Lena Moss held talks with His Highness Sheikh Khalid Saad, Emir of Qatar.');
    expect(x.persons.map((p) => p.name)).not.toContain('Highness Sheikh Khalid Saad');
  });
  it('"Majesty" in a ship’s name is not a person', () => {
    const x = run('The cruise ship Majesty of the Seas docked in Lima.');
    expect(x.persons).toEqual([]);
  });
});

describe('chains of patronyms (personKey, tooLongForAName in src/entities/persons.ts)', () => {
  it('keeps cousins whose nasab ends in the same ancestor apart, and reads a chain of three "bin"', () => {
    const x = run(
      'Present were Minister of Culture Prince Badr bin Nawaf bin Abdullah; Minister of Sports Prince Nawaf bin Turki bin Faisal bin Abdullah; and Minister of Water Prince Khalid bin Saud bin Abdullah.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Badr bin Nawaf bin Abdullah',
        'Nawaf bin Turki bin Faisal bin Abdullah',
        'Khalid bin Saud bin Abdullah',
      ]),
    );
    expect(x.persons).toHaveLength(3);
  });
  it('near-miss: a headline of many capitalised words is still no name', () => {
    const x = run('Regional Leaders Gather For Talks On Water Deal Today\n\nThe talks began on Monday.');
    expect(x.persons).toEqual([]);
  });
});
