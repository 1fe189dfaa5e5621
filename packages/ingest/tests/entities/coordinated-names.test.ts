import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a bare name coordinated with a known person', () => {
  it('is a person, and the meeting between the two has both', () => {
    const x = run(
      'President Ivan Orlov spoke on Monday. Aides hinted at a possible meeting between Orlov and Sokol in Vienna.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ivan Orlov', 'Sokol']);
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ivan Orlov', 'Sokol']);
  });
  it('joins the known person whose name word it is', () => {
    const x = run(
      'President Ivan Orlov met Chinese leader Xi Jinping. The deal reached by Orlov and Xi holds.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ivan Orlov', 'Xi Jinping']);
  });
  it('leaves a common word or an unknown pair alone', () => {
    expect(
      run('President Ivan Orlov spoke. The rift between Orlov and Parliament grew.').persons.map(
        (p) => p.name,
      ),
    ).toEqual(['Ivan Orlov']);
    expect(run('The firm of Brenner and Sokol won the tender.').persons).toEqual([]);
  });
});
