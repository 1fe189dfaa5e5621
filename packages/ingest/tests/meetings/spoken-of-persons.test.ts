import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// sendersAndAppointersIn (src/events/meetings/actors.ts): a person named as who appointed or sent
// a participant is spoken of, not present at the meeting.

const parts = (text: string): Array<Array<string | null>> => {
  const x = run(text);
  return x.meetings.map((m) => m.participants.map((r) => x.nameOf(r)));
};

describe('persons only spoken of at a meeting', () => {
  it('"the minister appointed by President-elect X": X is no participant', () => {
    expect(
      parts(
        'Peruvian Foreign Minister Ana Ruiz met Ivo Kask, the minister appointed by President-elect Lars Berg, in Lima on Monday.',
      ),
    ).toEqual([['Ana Ruiz', 'Ivo Kask']]);
  });
  it('"a message from President X", "an invitation for President X to attend": X is no participant', () => {
    expect(
      parts(
        'Peruvian Foreign Minister Ana Ruiz received Ivo Kask, who conveyed a message from President Lars Berg, in Lima on Monday.',
      ),
    ).toEqual([['Ana Ruiz', 'Ivo Kask']]);
    expect(
      parts(
        'Peruvian Foreign Minister Ana Ruiz held talks with her Estonian counterpart Ivo Kask in Lima on Monday. During the meeting, Kask received an invitation for President Lars Berg to visit Peru.',
      ),
    ).toEqual([['Ana Ruiz', 'Ivo Kask']]);
  });
  it('near-miss: the host named without such words is a participant', () => {
    expect(
      parts(
        'President Lars Berg received Ivo Kask, who handed him a letter from the Senate, in Lima on Monday.',
      ),
    ).toEqual([['Lars Berg', 'Ivo Kask']]);
  });
});
