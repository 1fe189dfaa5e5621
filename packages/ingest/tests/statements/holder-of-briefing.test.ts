import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = (text: string): Array<[string | null, string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel, s.quote]);
};

describe('"X held a media briefing." and the quotations after it', () => {
  it('gives the unattributed quotation to the one who held the briefing, through it', () => {
    expect(
      said(
        "Adebayo's spokesperson Tunde Okafor held a media briefing on Wednesday about the president's programme.\n\n“There will be a conversation between the two heads of state but I can't give the timeline.”",
      ),
    ).toEqual([
      [
        'Tunde Okafor',
        'press_conference',
        "There will be a conversation between the two heads of state but I can't give the timeline.",
      ],
    ]);
  });
  it('leaves a quotation after a briefing held by no one named to no one', () => {
    expect(
      said(
        'The ministry held a media briefing on Wednesday.\n\n“There will be a conversation between the two heads of state soon.”',
      ),
    ).toEqual([]);
  });
});
