import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// visitToPerson (src/events/meetings/keep.ts): a visit is a meeting only when paid to a person.

describe('capitalised triggers and visits', () => {
  it('a visit to a city with a welcome is no meeting; a visit to a person is', () => {
    expect(
      run("President Ada Berg's visit to Oslo was marked by a warm reception from Governor Olof Sand.")
        .meetings,
    ).toEqual([]);
  });
});
