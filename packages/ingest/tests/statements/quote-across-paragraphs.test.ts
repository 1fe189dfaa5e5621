import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/text/quotes.js';
import { run } from '../helpers.js';

// Rule quotationsAcrossParagraphs (text/quotes.ts): a quoted paragraph left open is continued by
// the next paragraph, with a new opening mark or with none, and attributed where it closes.
const lead = 'Foreign Minister Lena Holm held talks with Foreign Minister Tomas Varga in Vienna on Monday.';

describe('a quotation that runs over a paragraph break', () => {
  it('joins “AAA. ¶ “BBB,” she said. into one statement of the speaker named at the close', () => {
    const text = `${lead}\n\n“We spoke for three hours about the border crossings.\n\n“We will meet again before the winter,” Holm said after the talks.\n`;
    const x = run(text);
    const holm = x.persons.find((p) => p.name === 'Lena Holm');
    const mine = x.statements.filter((s) => /three hours|before the winter/.test(s.quote ?? ''));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.speaker).toBe(holm?.ref);
    expect(mine[0]?.quote).toMatch(/^We spoke for three hours[\s\S]*before the winter$/);
  });
  it('joins "AAA. ¶ BBB," she said. when the second paragraph opens with no mark', () => {
    const text = `${lead}\n\n"We spoke for three hours about the border crossings.\n\nWe will meet again before the winter," Holm said.\n`;
    const x = run(text);
    const mine = x.statements.filter((s) => /three hours|before the winter/.test(s.quote ?? ''));
    expect(mine).toHaveLength(1);
    expect(x.persons.find((p) => p.ref === mine[0]?.speaker)?.name).toBe('Lena Holm');
  });
  it('leaves an open quotation alone when the next paragraph neither opens nor closes one', () => {
    const text = `“We spoke for three hours about the border crossings.\n\nThe two ministers also visited a museum. Holm called it “a fine day”.\n`;
    const qs = findQuotations(text).filter((q) => q.depth === 0);
    expect(qs.map((q) => q.inner.exact)).toEqual([
      'We spoke for three hours about the border crossings.',
      'a fine day',
    ]);
    expect(qs[0]?.open).toBe(true);
  });
  it('does not join a closed quotation to the next quoted paragraph', () => {
    const text = `“We spoke for three hours,” Holm said.\n\n“It was useful,” Varga said.\n`;
    expect(findQuotations(text).map((q) => q.inner.exact)).toEqual([
      'We spoke for three hours,',
      'It was useful,',
    ]);
  });
});
