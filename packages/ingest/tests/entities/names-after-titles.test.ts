import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const persons = (text: string) => run(text).persons;

describe('names written after styles, long titles and bare initials', () => {
  it('reads an initial written without its point inside a name', () => {
    expect(persons('Prime Minister Tashi K Dorji received the envoy.').map((p) => p.name)).toEqual([
      'Tashi K Dorji',
    ]);
  });
  it('does not join a lone capital letter that no name follows', () => {
    expect(persons('Minister Anna Berg said plan B was ready.').map((p) => p.name)).toEqual(['Anna Berg']);
  });
  it('leaves a style of address out of the name and out of the title', () => {
    const x = persons(
      'Honourable Tevita Lolo, Prime Minister of Tonga, met Prime Minister Hon. Sione Vea on Monday.',
    );
    expect(x.map((p) => p.name)).toEqual(['Tevita Lolo', 'Sione Vea']);
    expect(x[1]?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
  });
  it('reads a name after "Governor-General"', () => {
    expect(
      persons('The premier held talks with Governor-General Maia Tane on Monday.').map((p) => p.name),
    ).toContain('Maia Tane');
  });
  it('ends a title at a common word after "and" and starts the name after it', () => {
    expect(
      persons('Minister of Foreign Affairs and Trade Olga Varga held talks on Tuesday.').map((p) => p.name),
    ).toEqual(['Olga Varga']);
  });
  it('keeps a given name that is no common word after "and"', () => {
    expect(
      persons('The talks with Prime Minister Anna Berg and Lars Holm ended.').map((p) => p.name),
    ).toEqual(['Anna Berg', 'Lars Holm']);
  });
});

describe('titleBase (src/entities/titles.ts): offices not yet taken up', () => {
  it('"President-elect Ana Ruiz", "Prime Minister-designate Mark Vella", "Congresswoman-elect Lia Soto"', () => {
    const x = run(
      'President-elect Ana Ruiz met Prime Minister-designate Mark Vella and Peruvian Congresswoman-elect Lia Soto in Lima.',
    );
    expect(x.persons.map((p) => [p.name, p.roles.map((r) => r.title)])).toEqual(
      expect.arrayContaining([
        ['Ana Ruiz', ['President-elect']],
        ['Mark Vella', ['Prime Minister-designate']],
        ['Lia Soto', ['Congresswoman-elect']],
      ]),
    );
  });
  it('near-miss: the title alone names no one, and is never part of a name', () => {
    const x = run('The President-elect will visit Lima. Minister-designate hearings begin on Monday.');
    expect(x.persons).toEqual([]);
  });
});
