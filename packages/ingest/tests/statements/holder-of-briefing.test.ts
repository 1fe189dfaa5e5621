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

describe('"X held a joint press conference with Y." and what X says next', () => {
  it('gives the press conference to the holder’s next words', () => {
    const x = run(
      'President Ali Kaya held a joint press conference on Thursday with his Greek counterpart Nikos Pappas in Ankara. He especially underlined that the two countries agree on the islands.',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Ali Kaya', 'press_conference'],
    ]);
  });
  it('leaves the words of someone who held no briefing without a medium', () => {
    const x = run(
      'President Ali Kaya met his Greek counterpart Nikos Pappas in Ankara on Thursday. He especially underlined that the two countries agree on the islands.',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([['Ali Kaya', null]]);
  });
});
