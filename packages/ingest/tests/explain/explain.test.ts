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
  it('names the meeting rules that made a meeting, then its topic rules', () => {
    const meeting = explanations.find((e) => e.kind === 'meeting');
    expect(meeting?.label).toBe('bilateral, held: Aino Virta, Mart Kask');
    expect(meeting?.because.map((f) => f.rule)).toEqual([
      'meeting:participants:persons-in-clause',
      'meeting:kind:by-hint-and-forum',
      'topic:discussed-object',
      'topic:discussed-object',
    ]);
  });
  it('names the forum rule and the rule that seats a body no one else was told at', () => {
    const sitting = explainExtraction(
      extract('The recent meeting of the Arctic Council in Oslo ended on Monday.'),
    ).find((e) => e.kind === 'meeting');
    expect(sitting?.because.map((f) => f.rule)).toEqual([
      'meeting:forum:body-of-sitting',
      'meeting:kind:by-hint-and-forum',
      'meeting:participants:forum-sits',
    ]);
  });
  it('does not name a forum rule for two persons who met', () => {
    const meeting = explanations.find((e) => e.kind === 'meeting');
    expect(meeting?.because.some((f) => f.rule.startsWith('meeting:forum:'))).toBe(false);
  });
  it('keeps the rule names when the text needed normalising, on spans of the text as given', () => {
    const text = `${TEXT.replace('. ', '.\r\n\r\n')}`;
    const meeting = explainExtraction(extract(text)).find((e) => e.kind === 'meeting');
    expect(meeting?.because[0]?.rule).toBe('meeting:participants:persons-in-clause');
    for (const f of meeting?.because.filter((b) => b.rule.startsWith('meeting:')) ?? [])
      expect(text.slice(f.span.start, f.span.end)).toBe(f.span.exact);
  });
  it('reports "meeting-frame" for a sentence of a meeting that no named rule read', () => {
    const x = explainExtraction(
      extract(
        'Leaders held the Mercosur summit in Asuncion on Monday. President Ana Rojas said before the summit that tariffs would fall.',
      ),
    );
    const summit = x.find((e) => e.kind === 'meeting');
    expect(summit?.because.filter((f) => f.rule === 'meeting-frame').map((f) => f.span.start)).toEqual([56]);
  });
  it('counts how often each rule fired', () => {
    expect(ruleCounts(explanations)).toContainEqual(['topic:discussed-object', 2]);
  });
  it('explains nothing for an empty extraction', () => {
    expect(explainExtraction(extract(''))).toEqual([]);
  });
});
