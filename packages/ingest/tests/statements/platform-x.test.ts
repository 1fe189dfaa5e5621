import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel]);
};

describe('the platform X ends a sentence; it is no initial', () => {
  it('splits after "on X." so the next sentence keeps its own speaker', () => {
    const text =
      'Foreign Minister Ines Varga of Hungary said the talks went well, writing on X. Tomas Kral, the foreign minister of Slovakia, said the border would stay open.';
    expect(run(text).persons.map((p) => p.name)).toEqual(['Ines Varga', 'Tomas Kral']);
    expect(said(text)).toEqual([
      ['Ines Varga', 'x'],
      ['Tomas Kral', null],
    ]);
  });
  it('keeps a middle initial X inside a name', () => {
    const x = run('Senator Paul X. Morrow said the bill would pass.');
    expect(x.persons.map((p) => p.name)).toEqual(['Paul X. Morrow']);
  });
});
