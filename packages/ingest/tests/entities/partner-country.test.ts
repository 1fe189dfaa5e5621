import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// partnerCountry (src/entities/roles.ts): the other side's country is not a minister's own.

function roleCountries(x: ReturnType<typeof run>): Array<string | null> {
  return x.persons.flatMap((p) => p.roles.map((r) => x.nameOf(r.country)));
}

describe('a minister with no country of her own', () => {
  it('"said ties with Japan were strong" does not make her Japanese', () => {
    const x = run('Foreign Minister Ana Ruiz said on Friday that ties with Japan had never been stronger.');
    expect(roleCountries(x)).toEqual([null]);
  });
  it('"said Chile would reopen the consulate": the one country her sentence names is hers', () => {
    const x = run('Foreign Minister Ana Ruiz said Chile would reopen the consulate.');
    expect(roleCountries(x)).toEqual(['Chile']);
  });
});
