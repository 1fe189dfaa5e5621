import { describe, expect, it } from 'vitest';
import { explainExtraction, extract, ruleCounts } from '../../src/index.js';

const TEXT =
  'Foreign Minister Aino Virta met Foreign Minister Mart Kask in Tallinn on Tuesday. The sides discussed energy security and a ferry link across the gulf.';

describe('explainExtraction', () => {
  const explanations = explainExtraction(extract(TEXT));
  it('gives every record the rules that produced it and exact spans', () => {
    for (const e of explanations) {
      expect(e.because.length).toBeGreaterThan(0);
      for (const f of e.because) expect(TEXT.slice(f.span.start, f.span.end)).toBe(f.span.exact);
    }
  });
  it('names the topic rules of a meeting next to its frame', () => {
    const meeting = explanations.find((e) => e.kind === 'meeting');
    expect(meeting?.label).toBe('bilateral, held: Aino Virta, Mart Kask');
    expect(meeting?.because.map((f) => f.rule)).toEqual([
      'meeting-frame',
      'topic:discussed-object',
      'topic:discussed-object',
    ]);
  });
  it('counts how often each rule fired', () => {
    expect(ruleCounts(explanations)).toContainEqual(['topic:discussed-object', 2]);
  });
  it('explains nothing for an empty extraction', () => {
    expect(explainExtraction(extract(''))).toEqual([]);
  });
});
