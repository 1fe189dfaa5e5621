import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// statesOfAGroupNoVerb (src/events/statements/triggers.ts): "states" after an acronym or
// "member" is the noun, not a verb of saying.

describe('"the Andean Community (CAN) states"', () => {
  it('makes no statement of the body before "states"', () => {
    const x = run(
      'Trade will top the agenda of the 12th session of the Council of the Andean Community (CAN) states, to be held in Lima.',
    );
    expect(x.statements).toEqual([]);
  });
  it('near-miss: "The Council states that ..." is still a statement of the Council', () => {
    const x = run('The Andean Council states that trade with Chile will grow next year.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Andean Council']);
  });
});
