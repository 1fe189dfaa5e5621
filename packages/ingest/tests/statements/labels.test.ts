import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.quote]);
};

describe('speech introduced by a speaker label', () => {
  it('reads a transcript turn "Name, Title:" above its paragraph as a quotation', () => {
    const text =
      'The defence ministers gathered in Riga on Friday.\n\nIngrid Olsen, Minister of Defence of Norway:\nWe leave this room with a common plan for the winter.\n\nThe meeting closed at noon.';
    expect(said(text)).toEqual([['Ingrid Olsen', 'We leave this room with a common plan for the winter.']]);
  });
  it('reads a headline "Surname: claim" as the speaker reported, not quoted', () => {
    const x = run(
      'Okonkwo: Trade routes must stay open for every member\n\nLAGOS, May 3. The talks went on.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Okonkwo']);
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.quote, s.content])).toEqual([
      ['Okonkwo', null, 'Trade routes must stay open for every member'],
    ]);
  });
  it('takes no heading word for a speaker', () => {
    const x = run('Analysis: Trade routes must stay open for every member\n\nThe talks went on.');
    expect(x.persons).toEqual([]);
    expect(x.statements).toEqual([]);
  });
  it('takes no plural noun alone for a person', () => {
    const x = run('Defence Minister Jonas Berg of Sweden opened the session. Allies pledged more support.');
    expect(x.persons.map((p) => p.name)).toEqual(['Jonas Berg']);
  });
});

describe('a headline claim told again in the body', () => {
  it('joins the body statement of its speaker instead of standing alone', () => {
    const text =
      'Posted: 3 May 2024\n\nOkonkwo: Trade routes must stay open for every member\n\nTrade Minister Chidi Okonkwo said on Friday that the routes had to stay open.';
    const x = run(text);
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.evidence.map((e) => e.exact.slice(0, 8))).toEqual(['Okonkwo:', 'Trade Mi']);
  });
});
