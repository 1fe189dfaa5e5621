import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// givenNameAfterTitle (src/entities/persons.ts): a function word that is a given name.

describe('"General Secretary To Lam"', () => {
  it('is the full name, and "Lam" later is the same person', () => {
    const x = run('Party General Secretary To Lam received the envoy in Hanoi. Lam said ties were strong.');
    expect(x.persons.map((p) => p.name)).toEqual(['To Lam']);
  });
  it('"The President To Vote On": an English word after it names no one', () => {
    const x = run('The President To Vote On the bill was absent.');
    expect(x.persons).toEqual([]);
  });
});
