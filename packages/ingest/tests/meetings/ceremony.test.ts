import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('two parties acting together at a ceremony', () => {
  it('is a meeting of the two', () => {
    const x = run(
      'President Ivan Orlov and Prime Minister Petr Sokol swapped the ratified copies at a brief ceremony on Friday.',
    );
    expect(x.meetings.map((m) => m.participants.map((r) => x.nameOf(r)).sort())).toEqual([
      ['Ivan Orlov', 'Petr Sokol'],
    ]);
  });
  it('is no meeting when one person attends it', () => {
    const x = run('President Ivan Orlov laid a wreath at a ceremony on Friday.');
    expect(x.meetings).toEqual([]);
  });
});
