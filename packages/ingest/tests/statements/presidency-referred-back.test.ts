import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const LEAD =
  'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi. Ruto later left for Kampala. ';

describe('"The Presidency said": the presidency of the country whose president the story is about', () => {
  it('gives the words to that country’s presidency', () => {
    const x = run(`${LEAD}The Presidency described the talks as fruitful.`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Presidency of Kenya']);
    expect(x.organizations.map((o) => o.name)).toContain('Presidency of Kenya');
  });
  it('takes the story’s first country for a president whose title names none', () => {
    const x = run(
      'President William Ruto left Kenya on Monday for Uganda. The Presidency said the trip would last two days.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Presidency of Kenya']);
  });
  it('makes no statement of a presidency that only rotates', () => {
    const x = run(`${LEAD}The presidency of the regional council rotates every six months.`);
    expect(x.statements).toEqual([]);
  });
});

describe('"said the Presidency", "a note from the Presidency of the Republic"', () => {
  it('gives words after a quotation to the presidency', () => {
    const x = run(`${LEAD}"Trade between the two will double," said the Presidency.`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Presidency of Kenya']);
  });
  it('does not take the presidency of a council for the country’s', () => {
    const x = run(`${LEAD}"Trade between the two will double," said the Presidency of the council.`);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Presidency of Kenya');
  });
  it('gives a note of the Presidency of the Republic to the host’s, not the counterpart’s country', () => {
    const x = run(
      'The President of the Republic, Amos Tembo, received his Malawian counterpart in the city of Ndola. According to a note from the Presidency of the Republic, the visit aims to deepen ties.',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Presidency of Zambia', 'press_release'],
    ]);
  });
});

describe('"A German government spokesman said": the government speaks', () => {
  it('gives the words to the government, with a day between', () => {
    const x = run(
      'Chancellor Karl Weber met Italian Prime Minister Luca Ferri in Berlin. A German government spokesman on Friday said the talks were "useful".',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Government of Germany']);
  });
  it('gives nothing when the spokesman is the subject of no verb of saying', () => {
    const x = run(
      'Chancellor Karl Weber met Italian Prime Minister Luca Ferri in Berlin. A German government spokesman on Friday attended the dinner.',
    );
    expect(x.statements).toEqual([]);
  });
});
