import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakersOf = (x: ReturnType<typeof run>): Array<string | null> =>
  x.statements.map((s) => x.nameOf(s.speaker));
const meetingsOf = (x: ReturnType<typeof run>): string[] =>
  x.meetings.map((m) => `${m.meetingKind} ${m.status}: ${m.participants.map((p) => x.nameOf(p)).join(', ')}`);

const visit = 'Federal Chancellor Olaf Berger welcomed Danish Prime Minister Lene Holm to Berlin on Monday.';

describe('descriptionBeforeAdverbial: "said the Chancellor at the press conference"', () => {
  it('the description before where the words were said is the speaker', () => {
    const x = run(
      `${visit} “This is a good day for us,” said the Chancellor at the press conference that followed.`,
    );
    expect(speakersOf(x)).toEqual(['Olaf Berger']);
  });

  it('"the Federal Chancellor" is the chancellor too', () => {
    const x = run(`${visit} The Federal Chancellor stressed: “We want to work together.”`);
    expect(speakersOf(x)).toEqual(['Olaf Berger']);
  });

  it('near-miss: a phrase that describes no office speaks for nobody', () => {
    const x = run(`${visit} “This is a good day for us,” said the team at the press conference.`);
    expect(x.statements).toHaveLength(0);
  });
});

describe('a pronoun after "however," opens a clause of its own', () => {
  const call =
    'After a phone call with the President of Chile, Ana Soto, Peruvian President Luis Vera announced that they would meet in May.';

  it('"The Peruvian president gave no details, however, he said ..." is the Peruvian president', () => {
    const x = run(
      `${call} The Peruvian president did not give details, however, he said that they spoke of the summit.`,
    );
    expect(speakersOf(x)).toEqual(['Luis Vera', 'Luis Vera']);
  });

  it('"Vera gave no details, but he said ..." is Vera', () => {
    const x = run(
      `${call} Vera did not give details of the call, but he said that they spoke of the summit.`,
    );
    expect(speakersOf(x)).toEqual(['Luis Vera', 'Luis Vera']);
  });
});

describe('lastDoubleMarkOf: an opening mark typed where the quotation closes', () => {
  const call = 'Peruvian President Luis Vera spoke by phone with Chilean Prime Minister Ana Soto on Friday.';

  it('closes the quotation, so the words after it attribute it', () => {
    const x = run(
      `${call}\n\n“We had a warm conversation with Prime Minister Soto. We agreed to meet soon, “the president wrote on his Twitter account.`,
    );
    expect(speakersOf(x)).toEqual(['Luis Vera']);
    expect(x.statements[0]?.quote).toBe(
      'We had a warm conversation with Prime Minister Soto. We agreed to meet soon',
    );
  });

  it('near-miss: a quotation closed properly and a second one after it stay two', () => {
    const x = run(`${call}\n\n“We had a warm talk,” Vera said, “and we will meet soon.”`);
    expect(x.statements.map((s) => s.quote)).toEqual(['We had a warm talk', 'and we will meet soon.']);
  });
});

describe('a series of bilateral meetings, and interactions', () => {
  it('"had a series of bilateral meetings including discussions with A and B" is one meeting with each', () => {
    const x = run(
      'Prime Minister Ravi Nair on Thursday had a series of bilateral meetings including discussions with Kenyan President Ali Omar and Ghanaian President Kofi Mensah in London.',
    );
    expect(meetingsOf(x)).toEqual([
      'bilateral held: Ravi Nair, Ali Omar',
      'bilateral held: Ravi Nair, Kofi Mensah',
    ]);
  });

  it('"interacted with" a leader is a meeting; "is set for an interaction" one to come', () => {
    const x = run(
      'Prime Minister Ravi Nair interacted with President of Kiribati, Tane Mau, in London. Bangladeshi Prime Minister Amina Rahman is set for an interaction with Nair on Friday.',
    );
    expect(meetingsOf(x)).toEqual([
      'bilateral held: Ravi Nair, Tane Mau',
      'bilateral planned: Amina Rahman, Ravi Nair',
    ]);
  });

  it('near-miss: a series of meetings with one party is one meeting', () => {
    const x = run(
      'Prime Minister Ravi Nair had a series of meetings with Kenyan President Ali Omar in London on Thursday.',
    );
    expect(meetingsOf(x)).toEqual(['bilateral held: Ravi Nair, Ali Omar']);
  });

  it('near-miss: interacting with the media is no meeting', () => {
    const x = run('Prime Minister Ravi Nair interacted with the media in London on Thursday.');
    expect(x.meetings).toHaveLength(0);
  });
});
