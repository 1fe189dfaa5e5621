import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const channels = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel]);
};

describe('"X made the remarks at a press conference": the medium of the words before', () => {
  it('gives the press conference to the statements just before', () => {
    expect(
      channels(
        'Chilean Foreign Minister Pablo Reyes said the summit would be hard. "We expect long nights in Lima," he said. Reyes made the remarks at a press conference in Santiago.',
      ),
    ).toEqual([
      ['Pablo Reyes', 'press_conference'],
      ['Pablo Reyes', 'press_conference'],
    ]);
  });
  it('reads "He was speaking at a news conference"', () => {
    expect(
      channels(
        'Chilean Foreign Minister Pablo Reyes said the summit would be hard. He was speaking at a news conference.',
      ),
    ).toEqual([['Pablo Reyes', 'press_conference']]);
  });
  it('leaves the words of someone else alone', () => {
    expect(
      channels(
        'Chilean Foreign Minister Pablo Reyes said the summit would be hard. Peruvian Foreign Minister Ana Soto said the summit would be easy. Soto made the remarks at a press conference.',
      ),
    ).toEqual([
      ['Pablo Reyes', null],
      ['Ana Soto', 'press_conference'],
    ]);
  });
  it('gives nothing when the sentence names no medium', () => {
    expect(
      channels(
        'Chilean Foreign Minister Pablo Reyes said the summit would be hard. He made the remarks in Lima.',
      ),
    ).toEqual([['Pablo Reyes', null]]);
  });
});

describe('the words right after the placing sentence', () => {
  it('keep the medium until someone else speaks', () => {
    expect(
      channels(
        'Chilean Foreign Minister Pablo Reyes said the summit would be hard. Reyes made the remarks at a press conference.\n"We expect long nights in Lima," he said.\nPeruvian Foreign Minister Ana Soto said the summit would be easy.',
      ),
    ).toEqual([
      ['Pablo Reyes', 'press_conference'],
      ['Pablo Reyes', 'press_conference'],
      ['Ana Soto', null],
    ]);
  });
});
