import { describe, expect, it } from 'vitest';
import { explainExtraction, extract } from '../../src/index.js';
import { run } from '../helpers.js';

// The back-reference rules (src/events/meetings/anaphora.ts): speakerAtTheMeeting, chairedByAfter, listedAfterReference.

describe('sittings told over several sentences', () => {
  it('adds who chaired and who represented countries, and prefers the body as forum', () => {
    const x = run(
      'A session of the CSTO Council of Defense Ministers opened in Astana on Tuesday. The meeting was chaired by Defense Minister Ruslan Tamm. Russia is represented by Defense Minister Ivan Orlov.',
      { publishedAt: '2023-11-22' },
    );
    const m = x.meetings[0];
    expect(x.nameOf(m?.forum ?? null)).toBe('Council of Defense Ministers of the CSTO');
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual([
      'Council of Defense Ministers of the CSTO',
      'Ivan Orlov',
      'Ruslan Tamm',
    ]);
    const orlov = x.persons.find((p) => p.name === 'Ivan Orlov');
    expect(x.nameOf(orlov?.roles[0]?.country ?? null)).toBe('Russia');
  });
});

describe('speakerAtTheMeeting: who speaks "at the summit" took part in it', () => {
  const rulesOf = (text: string): string[] =>
    explainExtraction(extract(text)).flatMap((e) =>
      e.kind === 'meeting' ? e.because.map((f) => f.rule) : [],
    );
  it('seats the president who said so at the summit', () => {
    const text =
      'Leaders held the Mercosur summit in Asuncion on Monday. President Ana Rojas said at the summit that tariffs would fall.';
    expect(run(text).meetings[0]?.participants.map((p) => run(text).nameOf(p))).toContain('Ana Rojas');
    expect(rulesOf(text)).toContain('meeting:participants:speaker-at-the-meeting');
  });
  it('does not seat one who spoke before it', () => {
    const text =
      'Leaders held the Mercosur summit in Asuncion on Monday. President Ana Rojas said before the summit that tariffs would fall.';
    expect(run(text).meetings[0]?.participants.map((p) => run(text).nameOf(p))).not.toContain('Ana Rojas');
    expect(rulesOf(text)).not.toContain('meeting:participants:speaker-at-the-meeting');
  });
});
