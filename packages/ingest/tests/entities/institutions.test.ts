import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const orgs = (text: string): string[] => run(text).organizations.map((o) => o.name);

describe('institutions named by capitalised words and a head noun', () => {
  it('finds chambers of parliament and a planning body', () => {
    const names = orgs(
      'Deputies of the State Duma and the Federation Council debated the budget on Tuesday.',
    );
    expect(names).toEqual(expect.arrayContaining(['State Duma', 'Federation Council']));
  });
  it('keeps an alliance acronym or a country name in front as part of the name', () => {
    expect(orgs('Ministers attended the OSCE Mediation Support Group in Vienna.')).toContain(
      'OSCE Mediation Support Group',
    );
    expect(orgs('Officials opened the Moldova Energy Security Forum in Chisinau.')).toContain(
      'Moldova Energy Security Forum',
    );
  });
  it('stops before the person named after a title', () => {
    const x = run('Speaker of the National Assembly of Latvia Anna Ozola opened the sitting.');
    expect(x.organizations.map((o) => o.name)).toContain('National Assembly of Latvia');
    expect(x.organizations.map((o) => o.name).some((n) => n.includes('Ozola'))).toBe(false);
  });
  it('does not make an institution of a bare head noun', () => {
    expect(orgs('The Council met on Monday and the Group agreed.')).toEqual([]);
  });
});

describe('a body of an alliance named before its holder', () => {
  it('ends the body at the alliance, not at the holder’s name', () => {
    const names = orgs(
      'Chairman of the Council of Ministers of the Union State Ivan Petrov opened the sitting.',
    );
    expect(names).toContain('Council of Ministers of the Union State');
    expect(names.some((n) => n.includes('Petrov'))).toBe(false);
  });
  it('still reads an acronym inside a body’s name', () => {
    expect(orgs('The Council of CIS Heads of Government met in Minsk.')).toContain(
      'Council of Heads of Government of the CIS',
    );
  });
});

describe('words that are not surnames', () => {
  it('takes no common word or pair of countries for a person', () => {
    const x = run(
      'Minister Maria Lind met the head of the Norway-Sweden council. Aviation Lieutenant General Olav Dahl attended.',
    );
    const names = x.persons.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Maria Lind', 'Olav Dahl']));
    expect(names).not.toContain('Aviation');
    expect(names).not.toContain('Norway-Sweden');
  });
  it('still takes a surname alone that is no English word', () => {
    expect(run('“We are ready,” Okonkwo said.').persons.map((p) => p.name)).toEqual(['Okonkwo']);
  });
});
