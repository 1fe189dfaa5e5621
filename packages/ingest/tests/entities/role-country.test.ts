import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const countries = (text: string): Array<[string, Array<string | null>]> => {
  const x = run(text);
  return x.persons.map((p) => [p.name, p.roles.map((r) => x.nameOf(r.country))]);
};

describe("a country after another person's name is that person's", () => {
  it('does not give the host the guest’s country', () => {
    expect(
      countries('Prime Minister Arjun Rao held talks with President Ines Duval of Belgium in Brussels.'),
    ).toEqual([
      ['Arjun Rao', [null]],
      ['Ines Duval', ['Belgium']],
    ]);
  });
  it('still gives a minister the one country the sentence names', () => {
    expect(countries('Defence Minister Arjun Rao said Belgium would buy the jets.')).toEqual([
      ['Arjun Rao', ['Belgium']],
    ]);
  });
});
