import { describe, expect, it } from 'vitest';
import { invalidSpans, segmentText } from '../src/highlight.ts';

const marked = (text: string, spans: { start: number; end: number }[]) =>
  segmentText(text, spans).map((segment) => [segment.text, segment.spans]);

describe('segmentText', () => {
  it('cuts the text at the offsets, not where the words first occur', () => {
    const text = 'Oslo met Oslo.';
    expect(marked(text, [{ start: 9, end: 13 }])).toEqual([
      ['Oslo met ', []],
      ['Oslo', [0]],
      ['.', []],
    ]);
  });

  it('shows overlapping and nested spans; each span is the concatenation of its segments', () => {
    const text = 'Ministers met in Alma-Ata on Monday.';
    const spans = [
      { start: 0, end: 25 },
      { start: 17, end: 35 },
      { start: 17, end: 25 },
    ];
    const segments = segmentText(text, spans);
    expect(segments.map((segment) => [segment.text, segment.spans])).toEqual([
      ['Ministers met in ', [0]],
      ['Alma-Ata', [0, 1, 2]],
      [' on Monday', [1]],
      ['.', []],
    ]);
    spans.forEach((span, index) => {
      const joined = segments
        .filter((segment) => segment.spans.includes(index))
        .map((segment) => segment.text)
        .join('');
      expect(joined).toBe(text.slice(span.start, span.end));
    });
  });

  it('counts UTF-16 code units, as the API does', () => {
    const text = 'Café 🇧🇾 Minsk';
    const start = text.indexOf('Minsk');
    expect(start).toBe(10); // the flag is two astral characters, four code units
    expect(marked(text, [{ start, end: start + 5 }]).at(-1)).toEqual(['Minsk', [0]]);
  });

  it('leaves out spans that do not fit and reports those whose exact text differs', () => {
    const text = 'short';
    expect(
      marked(text, [
        { start: 2, end: 99 },
        { start: 3, end: 3 },
      ]),
    ).toEqual([['short', []]]);
    expect(
      invalidSpans(text, [
        { start: 0, end: 5, exact: 'short' },
        { start: 0, end: 5, exact: 'shirt' },
        { start: 4, end: 9, exact: 't' },
      ]),
    ).toEqual([
      { start: 0, end: 5, exact: 'shirt' },
      { start: 4, end: 9, exact: 't' },
    ]);
  });

  it('returns the empty text as no segments', () => {
    expect(segmentText('', [])).toEqual([]);
  });
});
