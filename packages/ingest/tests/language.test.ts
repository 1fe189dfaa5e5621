import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { detectLanguage } from '../src/text/language.js';

describe('language', () => {
  it('takes an English report as English, even one dense with foreign names', () => {
    expect(detectLanguage('Defence Minister Ivan Petrov met Olga Marsh in Vienna on Monday, the ministry said.')).toEqual({
      code: 'en',
      english: true,
    });
  });

  it.each([
    ['fr', 'Le ministre de la Défense a rencontré son homologue à Vienne lundi pour discuter de la coopération militaire entre les deux pays.'],
    ['de', 'Der Verteidigungsminister traf am Montag seinen Amtskollegen in Wien, um über die militärische Zusammenarbeit beider Länder zu sprechen.'],
    ['ru', 'Министр обороны встретился в понедельник со своим коллегой в Вене, чтобы обсудить военное сотрудничество двух стран.'],
  ])('recognises %s and extracts nothing from it, saying so', (code, text) => {
    const x = extract(text);
    expect(x.language).toBe(code);
    expect(x.persons).toEqual([]);
    expect(x.meetings).toEqual([]);
    expect(x.warnings.join(' ')).toMatch(/only English is supported/);
  });
});
