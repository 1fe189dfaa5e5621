import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('schools and academies whose names go on after "of"', () => {
  it('takes the whole name, and the place words in it are no places', () => {
    const x = run(
      'He met students of the University of the North Atlantic and the Kyiv Institute of Public Policy.',
    );
    expect(x.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['University of the North Atlantic', 'Kyiv Institute of Public Policy']),
    );
    expect(x.places.map((p) => p.name)).not.toContain('North Atlantic');
  });
  it('does not make a name of a lowercase tail', () => {
    const x = run('The Institute of the ministry said nothing.');
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });
});
