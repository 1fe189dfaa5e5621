import { describe, expect, it } from 'vitest';
import { analyse } from '../src/doc.js';

describe('analyse', () => {
  it('works out the dateline and the date it gives the story once, for every stage', () => {
    const text = 'MINSK, April 12 /BelTA/. Alexander Lukashenko met the envoy on Tuesday.';
    const doc = analyse(text, { publishedAt: '2024-05-02T10:00:00Z' }, 'en');
    expect(doc.language).toBe('en');
    expect(doc.dateline && text.slice(doc.dateline.start, doc.dateline.end)).toBe('MINSK, April 12');
    expect(doc.anchor).toEqual({ iso: '2024-04-12', source: 'dateline' });
    expect(doc.sentences).toHaveLength(2);
    expect(doc.sentenceTokens).toEqual([0, 8, 16]);
  });

  it('reads the date from the metadata when no dateline opens the story', () => {
    const text = 'Alexander Lukashenko met the envoy in Minsk, April 12 being a holiday.';
    const doc = analyse(text, { publishedAt: '2024-05-02' }, 'en');
    expect(doc.dateline).toBeNull();
    expect(doc.anchor).toEqual({ iso: '2024-05-02', source: 'meta' });
  });

  it('has no anchor when neither the text nor the metadata dates it', () => {
    expect(analyse('The envoy left on Tuesday.', {}, 'en').anchor).toBeNull();
  });
});
