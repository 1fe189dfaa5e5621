import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakersOf = (x: ReturnType<typeof run>): Array<string | null> =>
  x.statements.map((s) => x.nameOf(s.speaker));

describe('SKIP_BETWEEN: "X in a statement on her Facebook page said ..."', () => {
  it('lets the medium and the page stand between the speaker and the verb', () => {
    const x = run(
      'Prime Minister Ana Lopez in a statement on her Facebook page said the visit had been a success.',
    );
    expect(speakersOf(x)).toEqual(['Ana Lopez']);
  });

  it('near-miss: a person inside the phrase before the verb is not skipped over', () => {
    const x = run(
      'Prime Minister Ana Lopez met Tom Berg in Lima. In a statement on Monday, the ministry said the visit was a success.',
    );
    expect(speakersOf(x)).not.toContain('Tom Berg');
  });
});

describe('objectBeforeParticiple: ", expressing concern" after "held a call with X"', () => {
  it('does not make the person after "with" the speaker of the participle', () => {
    const x = run(
      "Chile's foreign minister also spoke by phone with Tom Berg on Friday, expressing worry about the drought in the north.",
    );
    expect(speakersOf(x)).not.toContain('Tom Berg');
  });

  it('near-miss: a named subject of the clause still speaks through the participle', () => {
    const x = run(
      'Foreign Minister Ana Ruiz of Chile also spoke by phone with Tom Berg on Friday, expressing worry about the drought in the north.',
    );
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });
});

describe('officeOfNationalLeader: "the Argentine president\'s office said"', () => {
  it('is the Office of the President of Argentina', () => {
    const x = run("The talks were cordial, the Argentine president's office said in a statement.");
    expect(speakersOf(x)).toEqual(['Office of the President of Argentina']);
  });

  it('near-miss: "the new president\'s office" names no country and no one', () => {
    const x = run("The talks were cordial, the new president's office said in a statement.");
    expect(x.organizations.map((o) => o.name)).not.toContain('Office of the President of Argentina');
    expect(x.statements.every((s) => !/^Office of/.test(x.nameOf(s.speaker) ?? ''))).toBe(true);
  });
});

describe('subjectOfCoordinatedVerb: "X met Y on Monday, and said that ..."', () => {
  it('gives the words to the subject that opens the sentence', () => {
    const x = run('Foreign Minister Ana Ruiz met Tom Berg on Monday, and said that trade was important.');
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });

  it('takes a title written in lower case before the subject ("Secretary general X delivered ..., and acknowledged")', () => {
    const x = run(
      "Secretary general Ana Ruiz delivered the welcome address on Friday, and acknowledged that the agenda was 'unusually long'.",
    );
    expect(speakersOf(x)).toEqual(['Ana Ruiz']);
  });

  it('near-miss: a sentence opened by a phrase of its own keeps its subject unread', () => {
    const x = run('After the talks, Ana Ruiz met Tom Berg and said that trade was important.');
    expect(speakersOf(x)).not.toContain('Tom Berg');
  });
});

describe('modifierOfAbbreviatedTitle: "Deputy PM Ana Chitmany"', () => {
  it('keeps "Deputy PM" out of the name', () => {
    const x = run('Deputy PM Ana Chitmany said cooperation would continue.');
    expect(x.persons.map((p) => p.name)).toEqual(['Ana Chitmany']);
  });

  it('near-miss: before a title written in full the modifier stays in the title ("Vice President")', () => {
    const x = run('Vice President Ana Ruiz said cooperation would continue.');
    expect(x.persons.map((p) => [p.name, p.roles[0]?.title])).toEqual([['Ana Ruiz', 'Vice President']]);
  });
});

describe('withoutRepeatedHead: "Sultan of Brunei Sultan Omar Rahman"', () => {
  it('is the Sultan of Brunei, not a "Sultan of Sultan"', () => {
    const x = run(
      'Prime Minister Ana Ruiz paid a courtesy call to Sultan of Brunei Sultan Omar Rahman on Saturday.',
    );
    const sultan = x.persons.find((p) => p.name === 'Omar Rahman');
    expect(sultan?.roles.map((r) => [r.title, x.nameOf(r.country)])).toEqual([['Sultan', 'Brunei']]);
  });

  it('near-miss: "Minister of Defence of Belarus" keeps its portfolio', () => {
    const x = run('Minister of Defence of Belarus Viktor Khrenin met Ana Ruiz.');
    expect(x.persons.find((p) => p.name === 'Viktor Khrenin')?.roles[0]?.title).toBe('Minister of Defence');
  });
});

describe('PORTFOLIOS: "Vice Minister of Human Resource and Social Development" is one title', () => {
  it('makes no person of the portfolio', () => {
    const x = run(
      'The minister also held a meeting with Dr Omar Haddad, Vice Minister of Human Resource and Social Development.',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Omar Haddad']);
  });

  it('near-miss: a name after the whole title is still a person ("Minister of Science and Technology Ana Ruiz")', () => {
    const x = run('Minister of Science and Technology Ana Ruiz met Tom Berg.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Tom Berg']);
  });
});
