import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

type X = ReturnType<typeof run>;
const participantsOf = (x: X, i = 0): Array<string | null> =>
  (x.meetings[i]?.participants ?? []).map((p) => x.nameOf(p));
const parentOf = (x: X, name: string): string | null | undefined => {
  const o = x.organizations.find((r) => r.name === name);
  return o ? x.nameOf(o.parent) : undefined;
};

describe('allianceOfGenericOrgan: "the Ministerial Council" belongs to the one alliance its sentence names', () => {
  it('"The foreign ministers of the Gulf Cooperation Council (GCC) will hold a meeting of the Ministerial Council"', () => {
    const x = run(
      'The foreign ministers of the Gulf Cooperation Council (GCC) will hold a meeting of the Ministerial Council in Riyadh on Thursday.',
    );
    expect(parentOf(x, 'Ministerial Council')).toBe('Gulf Cooperation Council');
  });
  it('near-miss: with two alliances in the sentence the organ belongs to neither', () => {
    const x = run(
      'Officials of the Gulf Cooperation Council and the African Union will attend a meeting of the Executive Council in Riyadh.',
    );
    expect(parentOf(x, 'Executive Council')).toBeNull();
  });
});

describe('withoutTellers: who tells of a sitting is not at it when someone else is named there', () => {
  it('"X, spokesman of the secretariat, told Arab News that the meeting will be chaired by Y"', () => {
    const x = run(
      'The foreign ministers of the Andean Community will hold a session in Lima on Thursday. Tom Lind, spokesman of the secretariat, told reporters on Tuesday that the meeting will be chaired by Foreign Minister Ana Berg.',
    );
    expect(participantsOf(x)).toContain('Ana Berg');
    expect(participantsOf(x)).not.toContain('Tom Lind');
  });
  it('near-miss: "X said he attended the summit" keeps X, as no one else is named', () => {
    const x = run(
      'The summit of the Andean Community opened in Lima on Monday. Tom Lind said he attended the summit.',
    );
    expect(participantsOf(x)).toContain('Tom Lind');
  });
});

describe('sittingsInGeneral: "previous GCC summits" are no meeting', () => {
  it('plural sittings after "previous", "regular" are not told', () => {
    expect(
      run(
        'The ministers reviewed resolutions adopted by previous GCC summits and at regular sessions of the council.',
      ).meetings,
    ).toEqual([]);
  });
  it('near-miss: "the two summits held in Minsk and Moscow" are told', () => {
    expect(
      run('President Ana Berg attended the two summits held in Minsk and Moscow in May.').meetings,
    ).not.toEqual([]);
  });
});

describe('listStartAfterGroupHead: "the Presidents of the Visegrad Four (V4) countries (A, B, C and D) met"', () => {
  const text =
    'The Presidents of the Visegrad Four (V4) countries (Czech Republic, Hungary, Poland and Slovakia) met on Wednesday in Lany Chateau. Polish President Andrzej Duda, Slovak President Zuzana Caputova and Hungarian President Janos Ader were welcomed by Czech President Milos Zeman.';
  it('the listed countries’ presidents the story names are the participants, at the chateau', () => {
    const x = run(text);
    expect(participantsOf(x)).toEqual(
      expect.arrayContaining(['Andrzej Duda', 'Zuzana Caputova', 'Janos Ader', 'Milos Zeman']),
    );
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Lany Chateau');
  });
  it('near-miss: a parenthesis that lists no countries gives none', () => {
    const x = run(
      'The Presidents of the Visegrad Four (V4) countries (all of them EU members) met on Wednesday in Prague.',
    );
    expect(participantsOf(x).filter((p) => p === 'Poland' || p === 'Hungary')).toEqual([]);
  });
});

describe('"the plenary session of X" is one sitting, not a "plenary" referring back and a session', () => {
  it('after a summit, "at the plenary session of the Eurasian Economic Forum" is the forum’s own sitting', () => {
    const x = run(
      'President Ana Berg opened the summit of the Eurasian Economic Union in Minsk on Monday. She noted that at the plenary session of the Eurasian Economic Forum, the leaders had talked about trade.',
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(summit?.within ?? null).toBeNull();
    expect(x.meetings.some((m) => x.nameOf(m.forum) === 'Eurasian Economic Forum')).toBe(true);
  });
  it('near-miss: a lone "plenary" is still a sitting', () => {
    expect(run('The leaders attended a plenary in Oslo on Monday.').meetings).toHaveLength(1);
  });
});

describe('officialsOfCountriesBetween: "a meeting between the defence ministers of A and B"', () => {
  it('the two countries are its parties, and "of the two countries" reads them back', () => {
    const x = run(
      'Bilateral trade was the focus of a meeting between the defence ministers of Cyprus and Greece on Thursday.',
    );
    expect(participantsOf(x)).toEqual(['Cyprus', 'Greece']);
    expect(x.meetings[0]?.topics).toEqual(['Bilateral trade']);
    const y = run(
      'Defence cooperation between Cyprus and Greece was the focus of a meeting between the defence ministers of the two countries on Thursday.',
    );
    expect(participantsOf(y)).toEqual(['Cyprus', 'Greece']);
  });
  it('and "Greek Minister of Defence X" stands for Greece (holdersStandForCountries)', () => {
    const x = run(
      'Defence cooperation was the focus of a meeting between the defence ministers of Cyprus and Greece on Thursday. It was the first visit of Greek Minister of Defence Nikos Dendias to Cyprus.',
    );
    expect(participantsOf(x)).toEqual(['Cyprus', 'Nikos Dendias']);
  });
  it('near-miss: "a meeting between ministers" names no country', () => {
    expect(run('It was the focus of a meeting between ministers on Thursday.').meetings).toEqual([]);
  });
});

describe('a union closing a list of countries is a party, not the forum', () => {
  it('"Foreign ministers of the Nordic and Baltic countries, Germany, Poland and the EU met": three parties, multilateral', () => {
    const x = run(
      'Foreign ministers of the Nordic and Baltic countries, Germany, Poland and the EU met in Kristiansand on Monday.',
    );
    expect(participantsOf(x)).toEqual(['Germany', 'Poland', 'European Union']);
    expect(x.meetings[0]?.meetingKind).toBe('multilateral');
    expect(x.meetings[0]?.forum ?? null).toBeNull();
  });
  it('near-miss: "The EU summit opened" keeps the EU as the forum', () => {
    const x = run('The EU summit opened in Brussels on Monday.');
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('European Union');
  });
  it('near-miss: two countries alone stay a pair', () => {
    const x = run('Representatives of Germany and Poland met in Kristiansand on Monday to discuss trade.');
    expect(x.meetings.every((m) => m.meetingKind !== 'multilateral')).toBe(true);
  });
});
