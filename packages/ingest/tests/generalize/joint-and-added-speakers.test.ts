import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakersOf = (x: ReturnType<typeof run>): Array<string | null> =>
  x.statements.map((s) => x.nameOf(s.speaker));

const call = 'President Tomas Vidal of Peru spoke by phone with President Eva Lind of Chile on Saturday.';

describe('jointSpeakerBefore: reported words of "A and B" are a statement of each', () => {
  it('"the Peruvian Foreign Ministry and the Chilean Foreign Ministry confirmed that ..."', () => {
    const x = run(
      `${call} On March 26, the Peruvian Foreign Ministry and the Chilean Foreign Ministry confirmed that the main issues would be trade and migration.`,
    );
    expect(speakersOf(x)).toEqual([
      'Ministry of Foreign Affairs of Chile',
      'Ministry of Foreign Affairs of Peru',
    ]);
  });

  it('an institution named with its country after it still speaks ("the White House of the United States")', () => {
    const x = run(
      `${call} Later the Peruvian Foreign Ministry and the White House of the United States confirmed that a visit was planned.`,
    );
    expect(speakersOf(x)).toEqual(['White House', 'Ministry of Foreign Affairs of Peru']);
  });

  it('near-miss: "talks between A and B" before another speaker gives A nothing', () => {
    const x = run(`${call} The talks between Vidal and Lind went well, the Peruvian Foreign Ministry said.`);
    expect(speakersOf(x)).toEqual(['Ministry of Foreign Affairs of Peru']);
  });
});

describe('subjectOfComplement: a name after "said" that has its own verb is what was said', () => {
  it('"but said the Andean Accord (AA) remains the only way" has no speaker in the accord', () => {
    const x = run(
      `${call} The leaders backed the plan, but said the Andean Accord on Borders (AAB) remains the only viable way.`,
    );
    expect(speakersOf(x)).not.toContain('Andean Accord on Borders');
  });

  it('near-miss: "said Ana Ruiz on Monday" and "said Ruiz, adding" are the speaker', () => {
    const x = run(
      `${call} The plan is good, said Foreign Minister Ana Ruiz on Monday. Talks will go on, said Ruiz, adding that Lima was ready.`,
    );
    expect(speakersOf(x)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('addedAfterQuotation: ", adding that ..." after a quotation is one more statement', () => {
  it('gives the quotation and the added words a statement each', () => {
    const x = run(
      `${call} “It was brilliant,” Vidal said of the call, adding that in terms of results it was a remarkable one.`,
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.quote])).toEqual([
      ['Tomas Vidal', 'It was brilliant'],
      ['Tomas Vidal', null],
    ]);
  });

  it('near-miss: "adding" inside the quotation is the quotation’s', () => {
    const x = run(`${call} “It was brilliant, adding to what we did,” Vidal said.`);
    expect(x.statements).toHaveLength(1);
  });
});

describe('speakers of a story told from abroad', () => {
  const story =
    'MANILA: External Affairs Minister Raj Kumar on Monday held talks with Secretary of Foreign Affairs Teodoro Cruz.\n\n"Secretary Cruz and Minister Kumar are expected to discuss ties," the Department of Foreign Affairs tweeted on Monday.\n\nThe two officials will discuss health and security, it said.\n\nAhead of the visit, the Ministry of External Affairs had said that the two ministers will review ties.\n\nThe MEA said regional issues would also be discussed.';

  it('"..., it said." goes on with the institution that spoke; "the Ministry of External Affairs" and "the MEA" are India’s', () => {
    expect(speakersOf(run(story))).toEqual([
      'Ministry of Foreign Affairs of the Philippines',
      'Ministry of Foreign Affairs of the Philippines',
      'Ministry of External Affairs of India',
      'Ministry of External Affairs of India',
    ]);
  });

  it('near-miss: "it said" with no institution speaking before is nobody', () => {
    const x = run(`${call} The deal is good for both sides, it said.`);
    expect(x.statements).toHaveLength(0);
  });

  it('"X on Monday asked about the call, admitted ..." is X', () => {
    const x = run(
      `${call} Foreign minister Ana Ruiz on Monday asked about the call, admitted she was not aware of its substance.`,
    );
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });
});
