import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a seat of government used as the place of an event', () => {
  it('is a venue after a locative preposition and the place of the talks', () => {
    const x = run(
      'During the talks held in the Kremlin in early May, Ivan Orlov and Petr Sokol agreed on ten programs.',
    );
    expect(x.places.find((p) => p.name === 'Kremlin')?.placeKind).toBe('venue');
    expect(x.organizations.map((o) => o.name)).not.toContain('Kremlin');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Kremlin');
  });
  it('is a venue before an event noun', () => {
    const x = run('Ivan Orlov and Petr Sokol swapped the papers at a short White House ceremony on Monday.');
    expect(x.places.map((p) => p.name)).toContain('White House');
  });
  it('stays the government when it speaks or employs', () => {
    const x = run(
      'The Kremlin said the visit was useful, a Kremlin spokesman added, echoing warnings from the Kremlin.',
    );
    expect(x.organizations.map((o) => o.name)).toContain('Kremlin');
    expect(x.places.map((p) => p.name)).not.toContain('Kremlin');
  });
});
