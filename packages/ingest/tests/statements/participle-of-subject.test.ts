import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const speakers = (text: string): Array<string | null> => {
  const x = run(text);
  return x.statements.map((s) => x.nameOf(s.speaker));
};

describe('"SPEAKER did X, stressing that ...": the participle is the subject\'s words', () => {
  it('gives the words to the clause\'s subject, not the person after "greeting"', () => {
    expect(
      speakers(
        'Upon greeting Karl Berg, Finnish Foreign Minister Aino Virta opened the forum in Turku, stressing that energy links come first.',
      ),
    ).toEqual(['Aino Virta']);
  });
  it('makes no statement when no person is the subject', () => {
    expect(speakers('The forum opened in Turku on Monday, stressing that energy links come first.')).toEqual(
      [],
    );
  });
});

describe('participle of the subject, past the object of its verb', () => {
  it('"A invited Foreign Minister B to ..., stressing that": the words are A’s', () => {
    const x = run(
      'Foreign Minister Dr. Karim Haddad of Jordan invited Foreign Minister Ivar Lunde to a meeting in Amman next week, stressing that Jordan fully supported the Norwegian initiative.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karim Haddad']);
  });
  it('"A and B met in Amman, stressing" is not a verb before an object', () => {
    const x = run(
      'Foreign Minister Karim Haddad hosted talks in Amman on Monday, stressing that Jordan fully supported the initiative.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karim Haddad']);
  });
});

describe('participles that carry words: "urging", "underscoring"', () => {
  it('"A hosted a reception for Ambassador B, urging him to ...": the words are A’s', () => {
    const x = run(
      'Foreign Minister Karim Haddad on Monday hosted a reception for Ambassador Lena Holt, urging her to work as a bridge between the two countries.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karim Haddad']);
  });
  it('"talks urging reform" with no one before it makes no statement', () => {
    const x = run('Protests spread across the capital on Monday, urging reform of the electoral law.');
    expect(x.statements).toEqual([]);
  });
});

describe('a subject with two titles joined by "and"', () => {
  it('"Deputy Prime Minister and Foreign Minister A hosted B, urging him": the words are A’s', () => {
    const x = run(
      'Deputy Prime Minister and Foreign Minister Karim Haddad on Monday hosted a reception for Ambassador Lena Holt, urging her to work as a bridge between the two countries.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Karim Haddad']);
  });
});
