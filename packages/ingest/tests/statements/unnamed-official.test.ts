import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// unnamedSpokesperson (src/events/statements/frames.ts): an official the text does not name.

describe('"a Japanese government official said"', () => {
  it('the government speaks, not the leader the sentence names', () => {
    const x = run(
      'Prime Minister Kenji Arata and President Mi-rae Han agreed to resume fishery talks, a senior Japanese government official said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Government of Japan']);
  });
  it('"an official of the port said" gives no government', () => {
    const x = run('Prime Minister Kenji Arata toured the docks, an official of the port said.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Government of Japan');
  });
});
