import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const roles = (text: string): Array<[string, string[]]> =>
  run(text).persons.map((p) => [p.name, p.roles.map((r) => r.title)]);

describe('titles of other systems: crown prince, sultan, chairperson, state councillor', () => {
  it('reads the title before the name and keeps it out of the name', () => {
    expect(
      roles(
        'Jordanian Crown Prince Karim bin Adel met the Omani Sultan Badr bin Said. Union chairperson Lena Okoro and State Councillor Li Wen attended. Taoiseach Ciaran Boyle sent greetings.',
      ),
    ).toEqual([
      ['Karim bin Adel', ['Crown Prince']],
      ['Badr bin Said', ['Sultan']],
      ['Lena Okoro', ['Chairperson']],
      ['Li Wen', ['State Councillor']],
      ['Ciaran Boyle', ['Taoiseach']],
    ]);
  });
  it('leaves a bare Prince in a place name alone', () => {
    expect(roles('Premier Ann Doyle of Prince Edward Island opened the session.')).toEqual([
      ['Ann Doyle', ['Premier']],
    ]);
  });
});
