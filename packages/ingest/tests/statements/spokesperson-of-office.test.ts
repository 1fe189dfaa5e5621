import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"the press secretary of the President of COUNTRY said": the office speaks', () => {
  it('makes the office an organization and gives it the words', () => {
    const x = run(
      'Aino Virta met Karl Berg in Turku. The press secretary of the President of Finland said the talks were useful.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Press Secretary of the President of Finland',
    ]);
    expect(x.organizations.map((o) => o.name)).toContain('Press Secretary of the President of Finland');
  });
  it('makes nothing of an office of a country that does not exist', () => {
    const x = run(
      'Aino Virta met Karl Berg in Turku. The press secretary of the President of Atlantis said the talks were useful.',
    );
    expect(x.statements).toEqual([]);
    expect(x.organizations.map((o) => o.name)).not.toContain('Press Secretary of the President of Atlantis');
  });
});
