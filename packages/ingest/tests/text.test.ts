import { describe, expect, it } from 'vitest';
import { findQuotations, foldName, splitSentences, tokenize } from '../src/index.js';

describe('foldName', () => {
  it('folds transliteration variants to one form', () => {
    expect(foldName('Andrei Belousov')).toBe(foldName('Andrey Belousov'));
    expect(foldName('Shoigu')).toBe(foldName('Shoygu'));
    expect(foldName('Lukashenko')).toBe(foldName('Lukashenka'));
    expect(foldName('Valeriy')).toBe(foldName('Valery'));
    expect(foldName('Sergei')).toBe(foldName('Sergey'));
    expect(foldName('Aleksander')).toBe(foldName('Alexander'));
    expect(foldName('Zelenskyy')).toBe(foldName('Zelensky'));
    expect(foldName('Erdoğan')).toBe(foldName('Erdogan'));
    expect(foldName('Ministry of Defence')).toBe(foldName('ministry of defense'));
  });
  it('keeps different names apart', () => {
    expect(foldName('Putin')).not.toBe(foldName('Patrushev'));
    expect(foldName('Ivanov')).not.toBe(foldName('Ivanova'));
  });
});

describe('splitSentences', () => {
  it('splits after terminal punctuation and at line breaks', () => {
    const text = 'The talks ended. Then a second round began!\nA new line starts here';
    expect(splitSentences(text).map((s) => s.exact)).toEqual([
      'The talks ended.',
      'Then a second round began!',
      'A new line starts here',
    ]);
  });
  it('does not split after abbreviations, initials or inside a dateline', () => {
    const text = 'Gen. Ivan Sidorov met Paul J. Marsh in St. Petersburg on Dec. 5 after the talks.';
    expect(splitSentences(text)).toHaveLength(1);
    expect(splitSentences('OSLO, May 3. /Agency/. The envoy left.')).toHaveLength(2);
  });
  it('does not split after a style of address ("H.E.", "H.R.H.")', () => {
    const text = 'As host, H.E. Anna Lind opened the summit, and H.R.H. the Crown Prince closed it.';
    expect(splitSentences(text)).toHaveLength(1);
    expect(splitSentences('The talks ended in Hue. He left.')).toHaveLength(2);
  });
  it('keeps a closing quotation mark with its sentence', () => {
    const s = splitSentences('"We are ready." The minister smiled.');
    expect(s.map((x) => x.exact)).toEqual(['"We are ready."', 'The minister smiled.']);
  });
  it('returns exact spans', () => {
    const text = '  Padded start.   Another one.  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.exact);
  });
});

describe('tokenize', () => {
  it('keeps apostrophes and hyphens inside words', () => {
    expect(tokenize("Norway's Kassym-Jomart can't").map((t) => t.text)).toEqual([
      "Norway's",
      'Kassym-Jomart',
      "can't",
    ]);
  });
  it('keeps a surrogate pair in one token', () => {
    const toks = tokenize('flag 🇺🇦 end');
    for (const t of toks) expect(t.text).toBe('flag 🇺🇦 end'.slice(t.start, t.end));
  });
});

describe('findQuotations', () => {
  it('finds curly and straight quotes without the marks', () => {
    const text = 'He said “we will return” and she added "not today".';
    expect(findQuotations(text).map((q) => q.inner.exact)).toEqual(['we will return', 'not today']);
  });
  it('treats possessive apostrophes as apostrophes, not closing marks', () => {
    const text = 'Norway’s envoy praised the ‘steady progress’ of the allies’ work.';
    expect(findQuotations(text).map((q) => q.inner.exact)).toEqual(['steady progress']);
  });
  it('nests a quotation inside another', () => {
    const text = '"The drill surprised our "rivals" more than expected," he said.';
    const qs = findQuotations(text);
    expect(qs.find((q) => q.depth === 0)?.inner.exact).toBe(
      'The drill surprised our "rivals" more than expected,',
    );
    expect(qs.find((q) => q.depth === 1)?.inner.exact).toBe('rivals');
  });
  it('accepts a single opening mark closed by a double one', () => {
    const text = 'She was quoted as saying that ‘the plan works."';
    expect(findQuotations(text)[0]?.inner.exact).toBe('the plan works.');
  });
  it('runs a quote cut at the end of the text to the paragraph end', () => {
    const text = '“We agreed on a second round. It will start soon.';
    const q = findQuotations(text)[0];
    expect(q?.open).toBe(true);
    expect(q?.inner.exact).toBe('We agreed on a second round. It will start soon.');
  });
  it('finds nothing in text with only apostrophes', () => {
    expect(findQuotations("It's the ministers' choice, isn't it?")).toEqual([]);
  });
});

describe('hard-wrapped lines', () => {
  it('joins a line that goes on in lowercase, and splits after a headline', () => {
    expect(splitSentences('The minister met his\ncounterpart today.')).toHaveLength(1);
    expect(splitSentences('Ministers Meet In Oslo\nThe talks began.')).toHaveLength(2);
  });
  it('joins a long wrapped line that ends in a comma, a word that needs more, or a title', () => {
    expect(
      splitSentences(
        'The talks come ahead of meetings next week between Ruiz,\nJapanese Prime Minister Ken Sato.',
      ),
    ).toHaveLength(1);
    expect(
      splitSentences(
        'The talks come ahead of a meeting next week with Philippine President\nLars Holm in Manila.',
      ),
    ).toHaveLength(1);
  });
  it('still splits after a headline ending in a plain word, and after a short line', () => {
    expect(
      splitSentences('Ruiz meets Sato for talks on trade in Tokyo this week\nTOKYO - The talks began.'),
    ).toHaveLength(2);
    expect(splitSentences('By Staff and\nAgencies report.')).toHaveLength(2);
  });
});
