import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const meetingsOf = (x: X): string[][] => x.meetings.map((m) => m.participants.map((p) => x.nameOf(p) ?? '?'));
const describedAs = (x: X): Array<[string, string | null]> =>
  x.mentions.filter((m) => m.via === 'description').map((m) => [m.exact, x.nameOf(m.ref)]);

describe('mentionsByDescription: "the President" stands for the holder the story named', () => {
  it('"The President met Prime Minister X" is a meeting of the president named before and X', () => {
    const x = run(
      'Chilean President Ana Ruiz arrived in Lima on Sunday. The President met Prime Minister Jon Dahl on Monday.',
    );
    expect(describedAs(x)).toEqual([['President', 'Ana Ruiz']]);
    expect(meetingsOf(x)).toEqual([['Ana Ruiz', 'Jon Dahl']]);
  });
  it('"The Emir will host the summit": the emir named before hosts it', () => {
    const x = run(
      'Emir Tamim bin Hamad of Qatar arrived in Cairo. The Emir will host the Arab summit next year.',
    );
    expect(meetingsOf(x)).toEqual([['Tamim bin Hamad']]);
    expect(x.meetings[0]?.meetingKind).toBe('summit');
  });
  it('near-miss: a description nobody in the story holds mentions no one', () => {
    const x = run('Prime Minister Jon Dahl spoke on Sunday. The President met the press on Monday.');
    expect(describedAs(x)).toEqual([]);
    expect(x.meetings).toEqual([]);
  });
  it('near-miss: a title set before a name is that name’s, not a description', () => {
    const x = run(
      'Chilean President Ana Ruiz arrived in Lima on Sunday. The President, Jon Dahl, met her on Monday.',
    );
    expect(describedAs(x)).toEqual([]);
  });
  it('near-miss: a description inside quoted words is left to the quotation', () => {
    const x = run(
      'Chilean President Ana Ruiz arrived in Lima on Sunday. "I told the President about it," Prime Minister Jon Dahl said.',
    );
    expect(describedAs(x)).toEqual([]);
  });
});

describe('mentionsByDescription: a description two persons fit is no mention', () => {
  it('near-miss: "the minister" after two ministers stands for neither', () => {
    const x = run(
      'Foreign Minister Ravi Kanth met Foreign Minister Tala Mene in Suva. The minister then flew to Nadi.',
    );
    expect(describedAs(x)).toEqual([]);
  });
  it('"the minister" after one minister is that minister', () => {
    const x = run(
      'Foreign Minister Ravi Kanth met President Tala Mene in Suva. The minister then flew to Nadi.',
    );
    expect(describedAs(x)).toEqual([['minister', 'Ravi Kanth']]);
  });
});

describe('headsOfOrganizations: "the NATO chief" is the one official of NATO named before', () => {
  const speakersOf = (text: string): Array<string | null> => {
    const x = run(text);
    return x.statements.map((s) => x.nameOf(s.speaker));
  };
  it('"“We are ready,” the NATO chief said" is said by NATO’s Secretary General', () => {
    expect(
      speakersOf('NATO Secretary General Mark Rutte met Ana Berg. "We are ready," the NATO chief said.'),
    ).toEqual(['Mark Rutte']);
  });
  it('near-miss: "the UN chief of staff" is another office', () => {
    expect(
      speakersOf(
        'UN Secretary-General Antonio Guterres arrived. The UN chief of staff said the talks were useful.',
      ),
    ).toEqual([]);
  });
  it('near-miss: with two NATO officials named, "the NATO chief" is nobody’s guess', () => {
    const x = run(
      'NATO Secretary General Mark Rutte and NATO Deputy Secretary General Radmila Shekerinska met. The NATO chief said the talks were useful.',
    );
    expect(describedAs(x)).toEqual([]);
  });
});
