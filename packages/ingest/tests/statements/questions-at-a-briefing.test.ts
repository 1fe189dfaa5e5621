import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const channels = (text: string): Array<[string | null, string | null, string | null]> => {
  const x = run(text);
  return x.statements.map((s) => [x.nameOf(s.speaker), s.channel, s.quote]);
};

describe('"X was asked about ... at a briefing": the medium of the answers after it', () => {
  it('gives the press briefing to the answers of the person asked', () => {
    expect(
      channels(
        'During a press briefing on Friday, Kremlin spokesman Ivan Petrov was asked about reports of a truce.\n"We have nothing to add yet," Petrov said.',
      ),
    ).toEqual([['Ivan Petrov', 'press_conference', 'We have nothing to add yet']]);
  });
  it('reads "attended a press conference, where he fielded a number of questions"', () => {
    expect(
      channels(
        'LIMA – Peru’s Foreign Ministry spokesman Ivan Petrov attended a regular press conference on Monday, where he fielded a number of questions.\nThe spokesman said “we are in close contact with Chile”.',
      ),
    ).toEqual([['Ivan Petrov', 'press_conference', 'we are in close contact with Chile']]);
  });
  it('gives no medium when the questions were asked nowhere named', () => {
    expect(
      channels(
        'Kremlin spokesman Ivan Petrov was asked about reports of a truce.\n"We have nothing to add yet," Petrov said.',
      ),
    ).toEqual([['Ivan Petrov', null, 'We have nothing to add yet']]);
  });
});

describe('"He said in an interview to X." only places the words before it', () => {
  it('makes no statement of it, and gives the interview to the words before', () => {
    expect(
      channels(
        "Kremlin Spokesman Ivan Petrov said that talks could take place in May. He said in an interview to the Rossiya-1 TV channel's ‘Evening. Kremlin.’ Programme.",
      ),
    ).toEqual([['Ivan Petrov', 'interview', null]]);
  });
  it('keeps "He said in an interview that ..." as a statement of its own', () => {
    expect(
      channels(
        'Kremlin Spokesman Ivan Petrov spoke on Monday. He said in an interview that talks could take place in May.',
      ),
    ).toEqual([['Ivan Petrov', 'interview', null]]);
  });
});
