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
