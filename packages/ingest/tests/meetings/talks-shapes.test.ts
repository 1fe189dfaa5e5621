import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Shapes of bilateral talks told in news from anywhere (invented sentences): the source of a
// report, a quotation before "after meeting", a country's acronym before "virtual meeting", a
// second predicate of the subject, a thing received, "held meetings with A and B", and a title
// with "for" and a portfolio.

type X = ReturnType<typeof run>;
const told = (x: X) =>
  x.meetings.map((m) => [m.meetingKind, m.status, m.participants.map(x.nameOf).sort()] as const);

describe('the person a report is sourced to (accordingToBefore)', () => {
  it('is no party: "..., according to Carla Diaz, the president’s adviser"', () => {
    const x = run(
      'President Ana Ruiz and Prime Minister Tom Berg held talks in Lima on Monday, according to Carla Diaz, the president’s adviser.',
    );
    expect(told(x)).toEqual([['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']]]);
  });
  it('leaves the parties alone when the report is sourced to a body', () => {
    const x = run('President Carla Diaz met Prime Minister Tom Berg in Lima, according to the ministry.');
    expect(told(x)).toEqual([['bilateral', 'held', ['Carla Diaz', 'Tom Berg']]]);
  });
});

describe('words of the future inside a quotation (plannedWordsNear)', () => {
  it('do not make "said after meeting Y" planned', () => {
    const x = run(
      '“Our ties will grow further,” Prime Minister Ana Ruiz said after meeting Ambassador Tom Berg yesterday.',
    );
    expect(told(x)).toEqual([['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']]]);
  });
  it('still make "said she will meet Y" planned', () => {
    const x = run('Prime Minister Ana Ruiz said she will meet Ambassador Tom Berg in Lima.');
    expect(x.meetings[0]?.status).toBe('planned');
  });
});

describe('a virtual meeting (virtualMeeting)', () => {
  it('of a US president with a prime minister is a call', () => {
    const x = run(
      'Prime Minister Ana Ruiz and US President Tom Berg’s virtual meeting on Monday centred on trade.',
    );
    expect(told(x)).toEqual([['call', 'held', ['Ana Ruiz', 'Tom Berg']]]);
  });
});

describe('a second predicate of the subject (clauseAround)', () => {
  it('"X held a meeting with Y and confirmed that she will meet Z" is two meetings', () => {
    const x = run(
      'President Ana Ruiz wrote that she held a meeting with Minister Tom Berg in Lima and confirmed that she will meet with President Carl Hahn in May.',
    );
    expect(told(x)).toEqual([
      ['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']],
      ['bilateral', 'planned', ['Ana Ruiz', 'Carl Hahn']],
    ]);
  });
  it('"X met Y and Z" stays one meeting of three', () => {
    const x = run('President Ana Ruiz met Minister Tom Berg and Minister Carl Hahn in Lima on Monday.');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants).toHaveLength(3);
  });
});

describe('a thing received (receivedAThing)', () => {
  it('"received an invitation" names no meeting', () => {
    const x = run('President Ana Ruiz received an invitation from Prime Minister Tom Berg on Monday.');
    expect(x.meetings).toEqual([]);
  });
  it('"received Foreign Minister Y" is a meeting', () => {
    const x = run('President Ana Ruiz received Foreign Minister Tom Berg in Lima on Monday.');
    expect(told(x)).toEqual([['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']]]);
  });
});

describe('"held meetings with A and B" (separateMeetings)', () => {
  it('is one bilateral with each', () => {
    const x = run(
      'Foreign Minister Ana Ruiz held meetings with Prime Minister Tom Berg and Defence Minister Carl Hahn in Suva on Tuesday.',
    );
    expect(told(x)).toEqual([
      ['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']],
      ['bilateral', 'held', ['Ana Ruiz', 'Carl Hahn']],
    ]);
  });
  it('"held a meeting with A and B" stays one meeting', () => {
    const x = run(
      'Foreign Minister Ana Ruiz held a meeting with Prime Minister Tom Berg and Defence Minister Carl Hahn in Suva on Tuesday.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('a title with "for" and a portfolio (titleForPortfolio)', () => {
  it('finds "Minister for Foreign Affairs Paulo Kana" with his role', () => {
    const x = run(
      'Samoa’s Minister for Foreign Affairs Paulo Kana met Fiji’s Minister for Trade Tala Mene in Suva.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Paulo Kana', 'Tala Mene']);
    expect(x.persons.find((p) => p.name === 'Paulo Kana')?.roles[0]?.title).toMatch(
      /Minister for Foreign Affairs/,
    );
  });
  it('makes no person of "the Minister for Foreign Affairs" alone', () => {
    const x = run('The Minister for Foreign Affairs said on Monday that talks went well.');
    expect(x.persons).toEqual([]);
  });
});

describe('a meeting told with a past time of its own (toldAsEarlier)', () => {
  it('"X said he met Y twice last year" after their call is an earlier meeting, not the call', () => {
    const x = run(
      'President Ana Ruiz and Prime Minister Tom Berg held a telephone conversation on Wednesday. Ruiz said he met Berg twice last year and reached agreements with him.',
    );
    expect(told(x)).toEqual([
      ['call', 'held', ['Ana Ruiz', 'Tom Berg']],
      ['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']],
    ]);
  });
  it('"in 2024" in a story of 2024 is the story’s meeting told again', () => {
    const x = run(
      'LIMA, May 6, 2024 — President Ana Ruiz held talks with Prime Minister Tom Berg on Monday. Ruiz met Berg in 2024 for the first time.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('the country of a title set off before a name (countryOfTitleBeforeName)', () => {
  it('is no party of its own: "with the Prime Minister of Fiji, Sitiveni Rabuka, and ..."', () => {
    const x = run(
      'Foreign Minister Ravi Kanth held meetings with the Prime Minister of Fiji, Sitiveni Rabuka, and Samoa’s Minister for Foreign Affairs Tala Mene in Suva on Tuesday.',
    );
    expect(told(x)).toEqual([
      ['bilateral', 'held', ['Ravi Kanth', 'Sitiveni Rabuka']],
      ['bilateral', 'held', ['Ravi Kanth', 'Tala Mene']],
    ]);
  });
  it('a country listed after "with" is still a party', () => {
    const x = run('Foreign Minister Ravi Kanth held talks with Fiji in Suva on Tuesday.');
    expect(x.meetings[0]?.participants.map(x.nameOf).sort()).toEqual(['Fiji', 'Ravi Kanth']);
  });
});

describe('a title abbreviated in parentheses (abbreviatedTitle)', () => {
  it('"Minister of State (MoS)" makes no person "MoS"', () => {
    const x = run(
      'Minister of State (MoS) for External Affairs, Ravi Kanth held talks with Prime Minister Sitiveni Rabuka in Suva. Later the MoS met students.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ravi Kanth', 'Sitiveni Rabuka']);
  });
  it('a short mixed-case name the text does not define stays a name', () => {
    const x = run('President Ana DeLa met Prime Minister Tom Berg in Lima on Monday.');
    expect(x.meetings[0]?.participants).toHaveLength(2);
  });
});

describe('"In his meeting with A, ..." (possessiveOfLastSubject)', () => {
  it('"his" is the subject of the sentence before, not the last person named', () => {
    const x = run(
      'Foreign Minister Ravi Kanth held meetings with Prime Minister Sitiveni Rabuka and Foreign Minister Tala Mene in Suva. In his meeting with Prime Minister Rabuka, the minister discussed trade.',
    );
    expect(told(x)).toEqual([
      ['bilateral', 'held', ['Ravi Kanth', 'Sitiveni Rabuka']],
      ['bilateral', 'held', ['Ravi Kanth', 'Tala Mene']],
    ]);
  });
});

describe('a meeting wished for (plannedWordsNear)', () => {
  it('"I am excited to talk with President Y" is planned', () => {
    const x = run('“I am excited to talk with President Tom Berg about our ties,” President Ana Ruiz said.');
    expect(x.meetings.every((m) => m.status === 'planned')).toBe(true);
  });
  it('"X talked with Y" stays held', () => {
    const x = run('President Ana Ruiz talked with President Tom Berg in Lima on Monday.');
    expect(x.meetings[0]?.status).toBe('held');
  });
});

describe('a title still to be taken up', () => {
  it('"Brazil’s President-elect X" is a title, not part of the name', () => {
    const x = run('Brazil’s President-elect Ana Ruiz met Foreign Minister Tom Berg on Monday.');
    const ruiz = x.persons.find((p) => p.name === 'Ana Ruiz');
    expect(ruiz?.roles[0]?.title).toBe('President-elect');
  });
});

describe('a later visit by someone else (laterVisitBy)', () => {
  it('"received a courtesy call from Y to discuss ... and a visit by Z next month": Z is not at the call', () => {
    const x = run(
      'Prime Minister Ana Ruiz received a courtesy call from High Commissioner Tom Berg to discuss co-operation and a visit by Foreign Minister Carl Hahn next month.',
    );
    expect(x.meetings[0]?.participants.map(x.nameOf).sort()).toEqual(['Ana Ruiz', 'Tom Berg']);
  });
  it('"X met Y and Z" with no visit keeps all three', () => {
    const x = run(
      'Prime Minister Ana Ruiz met High Commissioner Tom Berg and Foreign Minister Carl Hahn on Monday.',
    );
    expect(x.meetings[0]?.participants).toHaveLength(3);
  });
});

describe('a meeting told as "had met in <month>" or "last met" (toldAsEarlier)', () => {
  it('"The two leaders had met in December" after their call is an earlier meeting', () => {
    const x = run(
      'President Ana Ruiz held a phone call with Prime Minister Tom Berg on Tuesday. Ruiz and Berg had met in December on the sidelines of a summit.',
    );
    expect(told(x)).toEqual([
      ['call', 'held', ['Ana Ruiz', 'Tom Berg']],
      ['bilateral', 'held', ['Ana Ruiz', 'Tom Berg']],
    ]);
  });
  it('"had met on Tuesday" with no month is the story’s meeting', () => {
    const x = run(
      'President Ana Ruiz held talks with Prime Minister Tom Berg on Tuesday. Ruiz and Berg had met on Tuesday morning before lunch.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('a surname with an Arabic article (surnameOf)', () => {
  it('"Egypt’s Sisi receives ..." in the headline is "Abdel Fattah al-Sisi" of the lead: one meeting', () => {
    const x = run(
      'Egypt’s Sisi receives Jordan’s King Abdullah II in Cairo\n\nCAIRO, Jan 12, 2025 -- Egyptian President Abdel Fattah al-Sisi received Jordan’s King Abdullah II in Cairo on Sunday.',
    );
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Abdel Fattah al-Sisi', 'Abdullah II']);
    expect(x.meetings).toHaveLength(1);
  });
  it('keeps a one-word name with a hyphen as it is', () => {
    const x = run('President Ana al-Ruiz met Prime Minister Tom Berg in Cairo on Sunday.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana al-Ruiz', 'Tom Berg']);
  });
});

describe('the leader of a delegation (leaderOfDelegation)', () => {
  it('"a delegation led by Diana Mondino will travel to Rome to meet Y" is their planned meeting', () => {
    const x = run(
      'A Foreign Ministry delegation led by Diana Mondino will travel to Rome next week to meet Italian Foreign Minister Antonio Tajani.',
    );
    expect(told(x)).toEqual([['bilateral', 'planned', ['Antonio Tajani', 'Diana Mondino']]]);
  });
  it('"led by Russia" makes no person', () => {
    const x = run('The talks led by Russia ended in Geneva on Monday.');
    expect(x.persons).toEqual([]);
  });
});
