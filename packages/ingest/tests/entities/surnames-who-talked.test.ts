import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// surnamesWhoTalked (src/entities/persons.ts): two lone surnames around "spoke with" / "met".

describe('"Velkov spoke with Marandi": two lone surnames that talked', () => {
  it('are two persons, and the parties of the talks', () => {
    const x = run('Velkov spoke with Marandi on the sidelines of the forum about the grain corridor.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Marandi', 'Velkov']);
    expect(x.meetings[0]?.participants.map(x.nameOf).sort()).toEqual(['Marandi', 'Velkov']);
  });
  it('"Ostrava met Brno officials", "Northwind spoke with reporters": no person', () => {
    const x = run('Northwind spoke with reporters about the merger. Polaris met investors on Monday.');
    expect(x.persons).toEqual([]);
  });
});
