import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// jointSessionWithPartners (src/events/meetings/build.ts): a joint session with partners is within the sitting told before.

describe('a joint sitting with partners', () => {
  const ministerial =
    'On 4-5 April in Brussels, Foreign Minister Ilze Berzina of Latvia took part in a meeting of NATO Ministers of Foreign Affairs.';
  it('is held within the sitting told before, at its place', () => {
    const x = run(
      `${ministerial} Energy security was discussed at a joint session with Austria, Ireland and Malta.`,
    );
    const nato = x.meetings.find((m) => m.forum && x.nameOf(m.forum) === 'NATO');
    const joint = x.meetings.find((m) => m !== nato && m.participants.length >= 3);
    expect(joint?.within).toBe(nato?.ref);
    expect(x.nameOf(joint?.place ?? null)).toBe('Brussels');
  });
  it('stands alone when nothing was told before it, or when it has a place of its own', () => {
    const alone = run('Energy security was discussed at a joint session with Austria, Ireland and Malta.');
    expect(alone.meetings.every((m) => m.within === null)).toBe(true);
    const elsewhere = run(
      `${ministerial} Energy security was discussed at a joint session with Austria, Ireland and Malta in Vienna.`,
    );
    expect(elsewhere.meetings.every((m) => m.within === null)).toBe(true);
  });
});
