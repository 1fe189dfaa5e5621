import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const persons = (text: string): string[] => run(text).persons.map((p) => p.name);

describe('a social platform is a medium, never a person', () => {
  it('does not take "Truth Social" set off before a title for a person', () => {
    expect(
      persons(
        'In a post on Truth Social, the U.S. President stated that the call with Chinese President Li Wei was “long”.',
      ),
    ).toEqual(['Li Wei']);
  });
  it('still takes a person whose name holds a platform-like word', () => {
    expect(persons('Ana Facebookova, the deputy minister, said the talks were long.')).toEqual([
      'Ana Facebookova',
    ]);
  });
});
