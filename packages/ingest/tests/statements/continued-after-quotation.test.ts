import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.quote]);
};

const lead = 'Prime Minister Ahmad Rafiq met President Budi Santoso in Jakarta.';

describe('"“...,” X continued.": the words go on after a quotation', () => {
  it('gives the quotation to the name before "continued"', () => {
    expect(
      speakers(
        `${lead} "Our teams will meet next month to settle the border," said Santoso.\n“We are focusing on these issues to strengthen the bond,” Rafiq continued.`,
      ),
    ).toEqual([
      ['Budi Santoso', 'Our teams will meet next month to settle the border'],
      ['Ahmad Rafiq', 'We are focusing on these issues to strengthen the bond'],
    ]);
  });
  it('does not read "continued his visit" as words', () => {
    expect(speakers(`${lead} Rafiq continued his visit to Bandung on Friday.`)).toEqual([]);
  });
});
