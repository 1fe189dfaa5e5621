import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// unionMembersAttend (src/events/meetings/build.ts): a summit of a union the text lists the members of is attended by them
// (and by the union itself where no one else is told: annotators enter the body, the members, or both).

describe('summits told by what the leaders did', () => {
  it('"the leaders of ... the Union approved" is a summit attended by the members the text lists', () => {
    const x = run(
      'The leaders of the three states that make up the Nordic Union approved a declaration in Oslo on Monday. The Nordic Union comprises Norway, Sweden and Finland.',
      { publishedAt: '2024-06-05' },
    );
    // the Nordic Union is not a curated alliance: no forum, so no members; the summit is still told
    expect(x.meetings.some((m) => m.meetingKind === 'summit')).toBe(true);
    const y = run(
      'The leaders of the five countries that form the Eurasian Economic Union (EEU) approved a declaration in Minsk on Monday. The EEU comprises Belarus, Armenia, Kazakhstan, Kyrgyzstan and Russia.',
      { publishedAt: '2024-06-05' },
    );
    expect(y.meetings[0]?.participants.map((r) => y.nameOf(r)).sort()).toEqual([
      'Armenia',
      'Belarus',
      'Eurasian Economic Union',
      'Kazakhstan',
      'Kyrgyzstan',
      'Russia',
    ]);
  });
});
