import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const said = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.quote]);
};

describe('"X told reporters "..." while Y said, "..."": each quotation to the speaker before it', () => {
  it('gives the second quotation to the second speaker', () => {
    expect(
      said(
        'Finnish Foreign Minister Aino Virta met Swedish Foreign Minister Karl Berg in Turku. Virta told reporters "the mood was very warm today" while Berg said, "We covered every single topic we had planned."',
      ),
    ).toEqual([
      ['Aino Virta', 'the mood was very warm today'],
      ['Karl Berg', 'We covered every single topic we had planned.'],
    ]);
  });
  it('keeps both quotations with one speaker who names another person as object', () => {
    expect(
      said(
        'Finnish Foreign Minister Aino Virta met Swedish Foreign Minister Karl Berg in Turku. Virta told Berg "the mood was very warm today" and added: "We covered every single topic we had planned."',
      ).map((s) => s[0]),
    ).toEqual(['Aino Virta', 'Aino Virta']);
  });
});
