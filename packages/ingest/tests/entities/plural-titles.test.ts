import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('plural title before "Name of Country and Name of Country"', () => {
  it('gives each name the singular title for the country after it', () => {
    const x = run('Foreign Ministers Ola Berg of Norway and Nils Ek of Sweden met in Oslo on Monday.');
    const roleOf = (name: string) => {
      const r = x.persons.find((p) => p.name === name)?.roles[0];
      return [r?.title, x.nameOf(r?.country ?? null)];
    };
    expect(roleOf('Ola Berg')).toEqual(['Foreign Minister', 'Norway']);
    expect(roleOf('Nils Ek')).toEqual(['Foreign Minister', 'Sweden']);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Nils Ek', 'Ola Berg']);
  });
  it('takes three conjuncts', () => {
    const x = run(
      'Presidents Ana Lund of Finland, Ivo Tamm of Estonia and Jan Ozols of Latvia signed the accord.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana Lund', 'Ivo Tamm', 'Jan Ozols']);
  });
  it('does not read a lone titled name of a country as a list', () => {
    const x = run('Foreign Ministers Ola Berg of Norway arrived.');
    expect(x.persons.find((p) => p.name === 'Ola Berg')?.roles ?? []).toEqual([]);
  });
  it('never takes a plural title for a person', () => {
    const x = run('The Ministers met in Oslo and Ministers agreed on a plan.');
    expect(x.persons).toEqual([]);
  });
});
