import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('sittings told over several sentences', () => {
  it('adds who chaired and who represented countries, and prefers the body as forum', () => {
    const x = run(
      'A session of the CSTO Council of Defense Ministers opened in Astana on Tuesday. The meeting was chaired by Defense Minister Ruslan Tamm. Russia is represented by Defense Minister Ivan Orlov.',
      { publishedAt: '2023-11-22' },
    );
    const m = x.meetings[0];
    expect(x.nameOf(m?.forum ?? null)).toBe('Council of Defense Ministers of the CSTO');
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ivan Orlov', 'Ruslan Tamm']);
    const orlov = x.persons.find((p) => p.name === 'Ivan Orlov');
    expect(x.nameOf(orlov?.roles[0]?.country ?? null)).toBe('Russia');
  });
});
