import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// countryPairAtTrigger (src/events/meetings/participants.ts, parties.ts): two countries written as the parties.

describe('countries as parties', () => {
  it('"Norway and Sweden held consultations" makes the two countries the parties', () => {
    const x = run('Norway and Sweden held consultations on Arctic security in Oslo.');
    expect(x.meetings[0]?.participants.map((r) => x.nameOf(r))).toEqual(['Norway', 'Sweden']);
    expect(run('Norway and Sweden export fish.').meetings).toEqual([]);
  });
});
