import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const rolesOf = (x: X, name: string): string[] =>
  (x.persons.find((p) => p.name === name)?.roles ?? []).map(
    (r) => `${r.title}/${x.nameOf(r.country) ?? '-'}`,
  );

describe('"then-President X": an office held at the time told is a title', () => {
  it('names the person, with the title without "then-"', () => {
    const x = run(
      'In 2016, Portugal’s Prime Minister Ana Berg met with Brazil’s then-President Tom Lind in Lisbon.',
    );
    expect(rolesOf(x, 'Tom Lind')).toEqual(['President/Brazil']);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(['Ana Berg', 'Tom Lind']);
  });
  it('near-miss: "then" as a word before a title is no part of it', () => {
    const x = run('The talks ended. Then President Tom Lind said the talks were useful.');
    expect(rolesOf(x, 'Tom Lind')).toEqual(['President/-']);
  });
});

describe('pluralDemonym: a people is no person', () => {
  it('"300,000 Brazilians estimated to be living in Portugal" names no one', () => {
    expect(run('As many as 300,000 Brazilians estimated to be living in Portugal.').persons).toEqual([]);
  });
  it('near-miss: a surname ending in s after a title is still a person', () => {
    expect(run('President Ana Reyes said the talks were useful.').persons.map((p) => p.name)).toEqual([
      'Ana Reyes',
    ]);
  });
});

describe('administrationsOfLeaders: "the Lula administration said" is that country’s government', () => {
  it('the statement is the Government of Brazil’s', () => {
    const x = run(
      'Brazilian President Tom Lind visited Lisbon on Monday. The visit is “part of the relaunch of Brazil’s diplomatic relations”, the Lind administration said in a statement.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toContain('Government of Brazil');
  });
  it('near-miss: a leader of no stated country names no government', () => {
    const x = run('President Ana Berg met reporters. The Berg administration said the talks failed.');
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });
});
