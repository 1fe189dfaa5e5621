import { describe, expect, it } from 'vitest';
import { expectMeeting, expectStatement, fixtureArticle } from './fixture-records.js';

// Ten short articles written for this test (tests/beyond-beat/*.txt), in the styles of wires and
// government pages, about talks, calls and summits outside the dev corpus's CIS/CSTO beat. The
// records below are what an analyst following the eval README's conventions extracts; the test
// asserts the key ones, so that rules tuned on the dev beat must carry over.

const article = (file: string) => fixtureArticle('beyond-beat', file);

describe('news beyond the dev beat', () => {
  it('01: "spoke by phone with" is a dated call; "said in a post on X" is its channel', () => {
    const x = article('01-modi-macron.txt');
    expectMeeting(x, {
      kind: 'call',
      participants: ['Narendra Modi', 'Emmanuel Macron'],
      date: '2024-03-12',
    });
    expectStatement(x, 'Narendra Modi', 'x');
    expectStatement(x, 'Élysée', 'press_release');
    expect(x.persons.map((p) => p.name)).not.toContain('Elysee');
  });

  it('02: "Foreign ministers of ASEAN gathered ... for their annual meeting" is a dated ASEAN session', () => {
    const x = article('02-asean.txt');
    expectMeeting(x, {
      kind: 'session',
      forum: 'Association of Southeast Asian Nations',
      place: 'Vientiane',
      date: '2024-07-25',
    });
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Enrique Manalo', 'Wang Yi'],
      within: 'Association of Southeast Asian Nations',
    });
    expectStatement(x, 'Saleumxay Kommasith');
  });

  it('03: "hosted his Tanzanian counterpart" is a bilateral in Nairobi', () => {
    const x = article('03-ruto.txt');
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['William Ruto', 'Samia Suluhu Hassan'],
      place: 'Nairobi',
      date: '2024-05-06',
    });
    expectStatement(x, 'William Ruto', 'press_conference');
  });

  it('04: "Leaders of the Group of Seven (G7) ... opened their annual summit" is a G7 summit', () => {
    const x = article('04-g7.txt');
    expectMeeting(x, {
      kind: 'summit',
      forum: 'G7',
      date: '2024-06-13',
      participants: ['Giorgia Meloni', 'Joe Biden', 'Justin Trudeau', 'Fumio Kishida'],
    });
    expect(x.meetings.map((m) => m.meetingKind).sort()).toEqual(['bilateral', 'summit']);
    expectMeeting(x, { kind: 'bilateral', participants: ['Volodymyr Zelenskyy', 'Joe Biden'], within: 'G7' });
    expect(x.organizations.find((o) => o.name === 'G7')?.orgKind).toBe('alliance');
  });

  it('05: talks "on the sidelines of" a forum, and a foreign ministry spokesperson', () => {
    const x = article('05-blinken-wang.txt');
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Antony Blinken', 'Wang Yi'],
      place: 'Vientiane',
      date: '2024-07-27',
      within: 'Association of Southeast Asian Nations',
    });
    expectStatement(x, 'Mao Ning');
    expectStatement(x, 'Department of State of the United States');
    // "according to a readout from the State Department"
    expect(
      x.statements.some(
        (s) =>
          x.nameOf(s.speaker) === 'Department of State of the United States' && s.channel === 'press_release',
      ),
    ).toBe(true);
  });

  it('06: "The African Union’s Peace and Security Council met" is a session of that council', () => {
    const x = article('06-au-psc.txt');
    expectMeeting(x, {
      kind: 'session',
      forum: 'Peace and Security Council of the African Union',
      place: 'Addis Ababa',
      date: '2024-02-15',
    });
    expectMeeting(x, { kind: 'bilateral', participants: ['Abiy Ahmed', 'Moussa Faki Mahamat'] });
    expectStatement(x, 'Moussa Faki Mahamat');
  });

  it('07: "held a phone call with" is a call; "the Kremlin said in a statement" a press release', () => {
    const x = article('07-xi-putin-call.txt');
    expectMeeting(x, { kind: 'call', participants: ['Xi Jinping', 'Vladimir Putin'], date: '2025-12-19' });
    expectMeeting(x, {
      kind: 'summit',
      forum: 'Shanghai Cooperation Organization',
      place: 'Tianjin',
      status: 'planned',
    });
    expectStatement(x, 'Kremlin', 'press_release');
    expectStatement(x, 'Dmitry Peskov');
  });

  it('08: a state visit with talks, and the upcoming G20 summit', () => {
    const x = article('08-lula-state-visit.txt');
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Luiz Inacio Lula da Silva', 'Cyril Ramaphosa'],
      place: 'Pretoria',
      date: '2025-10-08',
    });
    expectMeeting(x, { kind: 'summit', forum: 'G20', place: 'Johannesburg', status: 'planned' });
  });

  it('09: an Arab League summit, a sideline meeting of "al-Sisi", and "the Egyptian presidency said"', () => {
    const x = article('09-arab-league.txt');
    expectMeeting(x, { kind: 'summit', forum: 'League of Arab States', place: 'Manama', date: '2024-05-16' });
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(1);
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Abdel Fattah al-Sisi', 'Mohamed bin Zayed'],
      within: 'League of Arab States',
    });
    expectStatement(x, 'Presidency of Egypt');
    expectStatement(x, 'Hamad bin Isa Al Khalifa');
  });

  it('10: "held a call with" is a dated call, and the leaders plan to meet at a summit', () => {
    const x = article('10-albanese-call.txt');
    expectMeeting(x, {
      kind: 'call',
      participants: ['Anthony Albanese', 'Shigeru Ishiba'],
      date: '2024-10-03',
    });
    expectMeeting(x, { kind: 'summit', place: 'Vientiane', status: 'planned' });
    expect(x.organizations.some((o) => o.name === 'Quadrilateral Security Dialogue')).toBe(true);
  });

  it('10: "his office said in a media release": the office of the prime minister speaks', () => {
    const x = article('10-albanese-call.txt');
    expectStatement(x, 'Office of the Prime Minister of Australia', 'press_release');
  });

  // what an analyst extracts from these articles and the rules do not yet
  it.todo('04: the G7 summit’s place: Apulia, a region the gazetteer (cities only) does not know');
  it.todo(
    '05: "according to a readout from the State Department" is a press release; the ASEAN Regional Forum encloses the talks',
  );
  it.todo('06: "the pan-African body said in a statement": the African Union speaks');
});
