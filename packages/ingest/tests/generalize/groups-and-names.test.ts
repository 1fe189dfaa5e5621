import { describe, expect, it } from 'vitest';
import { spells } from '../../src/entities/defined-acronyms.js';
import { attendedWithoutObject } from '../../src/events/meetings/attendance.js';
import { run } from '../helpers.js';

// Groups of states the gazetteer does not know, and the shapes that seat people at their sittings.

describe('acronyms with a small letter or a digit: "(UfM)", "(B9)"', () => {
  it('spells "Union for the Mediterranean" as UfM and "Bucharest Nine" as B9', () => {
    expect(spells('UfM', ['Union', 'for', 'the', 'Mediterranean'])).toBe(true);
    expect(spells('B9', ['Bucharest', 'Nine'])).toBe(true);
    expect(spells('B9', ['Bucharest', 'Ten'])).toBe(false);
  });
  it('names the groups "the Lublin Four (L4)" and "the Council of the Alpine Union (CoAU)"', () => {
    const x = run('The Lublin Four (L4) met in Vilnius. The Council of the Alpine Union (CoAU) met too.');
    expect(x.organizations.map((o) => [o.name, o.orgKind])).toEqual([
      ['Lublin Four', 'other'],
      ['Council of the Alpine Union', 'body'],
    ]);
  });
  it('near-miss: a bracketed word with one capital ("(Reuters)", "(Ltd)") names nothing', () => {
    const x = run('Ministers of the Greater Harbour Limited (Ltd) met in Oslo on Monday.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Greater Harbour Limited');
  });
});

describe('formats of states sit: "Leaders of the X Initiative", "the X Triangle foreign ministers"', () => {
  it('the ministers of a format met: a session of it', () => {
    const x = run('The Lusatian Triangle foreign ministers met in Dresden on Monday.');
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['session', 'Lusatian Triangle'],
    ]);
  });
  it('a group holding its own session is its forum', () => {
    const x = run(
      'The Organization of the Caspian Economic Cooperation (OCEC) held its annual session in Baku on Monday.',
    );
    expect(x.meetings.map((m) => x.nameOf(m.forum))).toEqual([
      'Organization of the Caspian Economic Cooperation',
    ]);
  });
  it('near-miss: an institute’s researchers meeting is no sitting of a group of states', () => {
    const x = run('Researchers of the Baltic Sea Institute met in Riga on Monday.');
    expect(x.meetings.map((m) => x.nameOf(m.forum))).not.toContain('Baltic Sea Institute');
  });
});

describe('attendedWithoutObject: "A, B and C attended." seats them at the sitting told before', () => {
  it('reads the clause that ends on the verb', () => {
    expect(attendedWithoutObject('Presidents Ana Ruiz and Tomas Vidal attended.')).toBe(true);
    expect(attendedWithoutObject('Prime Minister Olga Petrova also took part as an observer.')).toBe(true);
    expect(attendedWithoutObject('Olga Petrova did not attend.')).toBe(false);
    expect(attendedWithoutObject('Olga Petrova attended the dinner with friends.')).toBe(false);
  });
  it('adds them to the summit', () => {
    const x = run(
      'Leaders of the Andean Community held their annual summit in Lima on Friday. President Ana Ruiz, President Tomas Vidal and Olga Petrova attended.',
    );
    const names = x.meetings[0]?.participants.map((p) => x.nameOf(p));
    expect(names).toEqual(expect.arrayContaining(['Ana Ruiz', 'Tomas Vidal', 'Olga Petrova']));
  });
  it('near-miss: after talks of two, "X attended" adds nobody to them', () => {
    const x = run(
      'President Ana Ruiz met Prime Minister Tomas Vidal in Lima on Friday. Olga Petrova attended.',
    );
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).not.toContain('Olga Petrova');
  });
});

describe('"the Commonwealth": the CIS once the CIS is named, else the Commonwealth of Nations', () => {
  it('a Commonwealth meeting with no CIS in the text', () => {
    const x = run(
      'Trade ministers from across the Commonwealth met in London. The Commonwealth Secretariat said the talks went well.',
    );
    const names = x.organizations.map((o) => o.name);
    expect(names).toContain('Commonwealth of Nations');
    expect(names).not.toContain('Commonwealth of Independent States');
  });
  it('near-miss: after "the CIS", "the Commonwealth" is the CIS', () => {
    const x = run('The CIS leaders met in Minsk. The Commonwealth has eleven members.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Commonwealth of Nations');
  });
});

describe('a member of parliament named before "MP" is a person, not a seat', () => {
  it('"the Rt Hon. Mary Ellis MP" and "Tom Hale MP ... Hale said"', () => {
    const x = run(
      'The chair welcomed the Rt Hon. Mary Ellis MP. Tom Hale MP was there too, and Hale said the talks mattered.',
    );
    const places = x.places.map((p) => p.name);
    expect(places).not.toContain('Mary Ellis');
    expect(places).not.toContain('Tom Hale');
    expect(x.persons.map((p) => p.name)).toEqual(expect.arrayContaining(['Mary Ellis', 'Tom Hale']));
  });
  it('near-miss: "the Doncaster MP" is still a seat', () => {
    const x = run('The Doncaster MP said the plant would stay open.');
    expect(x.places.map((p) => p.name)).toContain('Doncaster');
  });
});

describe('a demonym of two countries belongs to the more populous', () => {
  it('"Dominican President X" is of the Dominican Republic', () => {
    const x = run('Dominican President Rafael Peña met the press in Santo Domingo on Monday.');
    expect(x.persons[0]?.roles.map((r) => x.nameOf(r.country))).toEqual(['Dominican Republic']);
  });
  it('near-miss: "Dominica" by name is Dominica', () => {
    const x = run('Prime Minister Rafael Peña of Dominica spoke in Roseau on Monday.');
    expect(x.persons[0]?.roles.map((r) => x.nameOf(r.country))).toEqual(['Dominica']);
  });
});

describe('"X called it “…”": naming words in quotes are X’s', () => {
  it('gives the quotation to the subject, not to the next sentence’s speaker', () => {
    const x = run(
      'Leaders agreed on a new fund on Thursday. Council President Anna Berg called the deal "a clear signal of hope". Chancellor Tom Vidal described it as "historic".',
    );
    const byQuote = Object.fromEntries(x.statements.map((s) => [s.quote, x.nameOf(s.speaker)]));
    expect(byQuote['a clear signal of hope']).toBe('Anna Berg');
  });
  it('near-miss: "called the minister on Tuesday" is a call, no statement', () => {
    const x = run('President Anna Berg called the minister on Tuesday.');
    expect(x.statements).toEqual([]);
  });
});

describe('roleAtToldSitting: "as chair of the meeting" refers back to the sitting told before', () => {
  it('seats the chair and who welcomed her at the sitting, with no talks of their own', () => {
    const x = run(
      'Trade ministers of the Andean Community met on Monday for their annual meeting. Secretary-General Ana Ruiz welcomed Olga Petrova in her role as chair of the meeting.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Olga Petrova']),
    );
  });
  it('near-miss: with no sitting told before, the words name a meeting of their own', () => {
    const x = run('Secretary-General Ana Ruiz welcomed Olga Petrova in her role as chair of the meeting.');
    expect(x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)))).toEqual(
      expect.arrayContaining(['Ana Ruiz', 'Olga Petrova']),
    );
  });
});
