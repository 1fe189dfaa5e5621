import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const channels = (text: string): Array<[string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel]);
};

describe('"“...,” he wrote on his Twitter account": the medium of the subject before', () => {
  it('gives X to the lead statement of the person the pronoun stands for', () => {
    expect(
      channels(
        'LIMA, May 2. The defence ministers of Peru and Chile met in Lima, Pedro Salas, head of the Peruvian defence ministry’s cooperation department, said on Monday.\n\n"The ministers discussed the border and joint exercises," he wrote on his Twitter account.',
      ),
    ).toEqual([
      ['Pedro Salas', 'x'],
      ['Pedro Salas', 'x'],
    ]);
  });
  it('gives no medium when the post names someone else', () => {
    expect(
      channels(
        'LIMA, May 2. The defence ministers of Peru and Chile met in Lima, Pedro Salas, head of the Peruvian defence ministry’s cooperation department, said on Monday.\n\nChilean minister Ana Rojas wrote on her Twitter account that the talks were useful.',
      ),
    ).toEqual([
      ['Pedro Salas', null],
      ['Ana Rojas', 'x'],
    ]);
  });
});

describe('"Answering BelTA\'s question, X said": words given to an outlet are an interview', () => {
  it('reads a named outlet’s question as an interview', () => {
    expect(
      channels(
        "Answering BelTA's question about the summit, State Secretary of the Security Council Ivan Lis said: “The position of the other side will not hinder the work.”",
      ),
    ).toEqual([['Ivan Lis', 'interview']]);
  });
  it('does not read a person’s question at a meeting as an interview', () => {
    expect(
      channels(
        "Answering President Karl Berg's question about the summit, State Secretary of the Security Council Ivan Lis said: “The position of the other side will not hinder the work.”",
      ),
    ).toEqual([['Ivan Lis', null]]);
  });
});
