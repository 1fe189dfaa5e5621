import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const quotes = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.quote]);
};

describe('a quoted title of a work is nobody’s words', () => {
  it('keeps the quotation of the sentence and drops the lecture’s title', () => {
    expect(
      quotes(
        'Prime Minister Ahmad Rafiq visited Jakarta. “The visit achieved its purpose,” he told reporters after delivering a public lecture, ‘Strategic Relations: Challenges and Hopes’ at a forum here.',
      ),
    ).toEqual([['Ahmad Rafiq', 'The visit achieved its purpose']]);
  });
  it('still quotes words after "in his speech,"', () => {
    expect(
      quotes(
        'Prime Minister Ahmad Rafiq visited Jakarta. In his speech, “We will open the border next year,” Rafiq said.',
      ),
    ).toEqual([['Ahmad Rafiq', 'We will open the border next year']]);
  });
});
