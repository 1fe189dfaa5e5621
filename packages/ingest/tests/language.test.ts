import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { detectLanguage } from '../src/text/language.js';

describe('language', () => {
  it.each([
    'Defence Minister Ivan Petrov met Olga Marsh in Vienna on Monday, the ministry said.',
    // one short sentence of names, with no function word but "in": trigrams alone guess Javanese
    'Austrian Foreign Minister Karel Weber met Czech Foreign Minister Jana Novak in Prague.',
    // headlines
    'Shoigu, Khrenin discuss drills',
    'Putin meets Lukashenko in Sochi',
    'Lavrov and Wang Yi hold talks in Beijing',
    'VIENNA, March 3. /Agency/. Envoys met.',
    // mostly English words around two names: trigrams alone guess Malagasy
    'T\n\nAmbassador Frank Mora met Ana Ruiz on Monday.',
    // names and capitalised titles are most of it; its few lower-case words are English
    'Foreign Minister Anna Berg of Sweden met Finnish Foreign Minister Elina Valtonen in Helsinki on Monday.',
    'Prime Minister Jonas Lind of Norway met President Ana Ruiz of Chile in Santiago on Tuesday.',
    // three lower-case words only ("met", "in", "on"), all English
    "Ana Ruiz met Luis Vega in China's Sanya on Wednesday.",
  ])('takes an English report as English, even one dense with foreign names: %s', (text) => {
    expect(detectLanguage(text)).toEqual({ code: 'en', english: true });
  });

  it.each([
    [
      'fr',
      'Le ministre de la Défense a rencontré son homologue à Vienne lundi pour discuter de la coopération militaire entre les deux pays.',
    ],
    [
      'de',
      'Der Verteidigungsminister traf am Montag seinen Amtskollegen in Wien, um über die militärische Zusammenarbeit beider Länder zu sprechen.',
    ],
    [
      'ru',
      'Министр обороны встретился в понедельник со своим коллегой в Вене, чтобы обсудить военное сотрудничество двух стран.',
    ],
    // short sentences that share a word or two with English ("in", "a") are still theirs
    ['de', 'Der österreichische Außenminister Karel Weber traf seine tschechische Amtskollegin in Prag.'],
    ['fr', 'Le ministre autrichien Karel Weber a rencontré son homologue tchèque à Prague.'],
    ['nl', 'De Oostenrijkse minister Karel Weber sprak met zijn Tsjechische collega Jana Novak in Praag.'],
    ['ro', 'Ministrul austriac Karel Weber s-a întâlnit cu omologul ceh la Praga.'],
    // the same shape in Dutch and German: their lower-case words are not English
    ['nl', 'Minister Anna Berg van Zweden ontmoette de Finse minister Elina Valtonen maandag in Helsinki.'],
    [
      'de',
      'Außenministerin Anna Berg aus Schweden traf die finnische Außenministerin Elina Valtonen am Montag in Helsinki.',
    ],
    ['de', 'Verteidigungsminister trifft Amtskollegen in Wien'],
    ['fr', 'Le ministre rencontre son homologue à Vienne'],
  ])('recognises %s and extracts nothing from it, saying so', (code, text) => {
    const x = extract(text);
    expect(x.language).toBe(code);
    expect(x.persons).toEqual([]);
    expect(x.meetings).toEqual([]);
    expect(x.warnings.join(' ')).toMatch(/only English is supported/);
  });
});
