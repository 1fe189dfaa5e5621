import { describe, expect, it } from 'vitest';
import { expectMeeting, expectStatement, findMeeting, fixtureArticle } from './fixture-records.js';

// A second set of ten short articles written for this test (tests/beyond-beat-2/*.txt), in other
// styles and places than tests/beyond-beat/: a wire's defence-chiefs video call, a Chinese
// outlet's BRICS summit, an EU Council in Brussels, a GCC ministerial, an SCO summit, an OSCE
// Ministerial Council, talks on APEC's sidelines, a chancellor received on a state visit, a
// Mercosur summit and a government's readout of its leader's call. The records asserted are the
// key ones an analyst extracts under the eval README's conventions.

const article = (file: string) => fixtureArticle('beyond-beat-2', file);

describe('news beyond the dev beat, second set', () => {
  it('01: a defence chiefs’ video call; "the Pentagon said"; "Austin" is the secretary, not the city', () => {
    const x = article('01-austin-dong-call.txt');
    expectMeeting(x, { kind: 'call', participants: ['Lloyd Austin', 'Dong Jun'], date: '2024-04-16' });
    expectStatement(x, 'Pentagon');
    expect(x.places.map((p) => p.name)).not.toContain('Austin');
  });

  it('02: a BRICS summit with a leader "who joined by video link", and talks on its sidelines', () => {
    const x = article('02-brics-kazan.txt');
    expectMeeting(x, {
      kind: 'summit',
      forum: 'BRICS',
      place: 'Kazan',
      date: '2024-10-23',
      participants: ['Xi Jinping', 'Vladimir Putin', 'Luiz Inacio Lula da Silva'],
    });
    expectMeeting(x, { kind: 'bilateral', participants: ['Xi Jinping', 'Narendra Modi'], within: 'BRICS' });
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('call');
    expectStatement(x, 'Xi Jinping');
  });

  it('03: "The Foreign Affairs Council met in Brussels", the High Representative at a press conference', () => {
    const x = article('03-eu-fac.txt');
    expectMeeting(x, {
      kind: 'session',
      forum: 'Foreign Affairs Council of the European Union',
      place: 'Brussels',
      date: '2024-05-27',
    });
    expectStatement(x, 'Josep Borrell', 'press_conference');
  });

  it('04: the GCC Ministerial Council "held its 161st session in Riyadh"', () => {
    const x = article('04-gcc-riyadh.txt');
    expectMeeting(x, {
      kind: 'session',
      forum: 'Ministerial Council of the Gulf Cooperation Council',
      place: 'Riyadh',
      date: '2024-09-09',
    });
    expectStatement(x, 'Jasem Mohamed Albudaiwi');
  });

  it('05: an SCO summit "in the Kazakh capital"; "Putin spoke with Erdogan" on its sidelines', () => {
    const x = article('05-sco-astana.txt');
    expectMeeting(x, {
      kind: 'summit',
      forum: 'Council of Heads of State of the SCO',
      place: 'Astana',
      date: '2024-07-04',
    });
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Putin', 'Erdogan'],
      within: 'Council of Heads of State of the SCO',
    });
    expect(findMeeting(x, { kind: 'summit' })?.participants.map(x.nameOf)).not.toContain('Dmitry Peskov');
    expectStatement(x, 'Dmitry Peskov');
  });

  it('06: OSCE ministers "opened their annual Ministerial Council in Valletta"', () => {
    const x = article('06-osce-malta.txt');
    expectMeeting(x, {
      kind: 'session',
      forum: 'Ministerial Council',
      place: 'Valletta',
      date: '2024-12-05',
      participants: ['Sergei Lavrov'],
    });
    expectStatement(x, 'Ian Borg');
  });

  it('07: talks on APEC’s sidelines; "a Japanese government official said"; a post on X', () => {
    const x = article('07-ishiba-yoon-apec.txt');
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Shigeru Ishiba', 'Yoon Suk Yeol'],
      place: 'Lima',
      date: '2024-11-15',
    });
    expectStatement(x, 'Government of Japan');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Shigeru Ishiba');
    expectStatement(x, 'Yoon Suk Yeol', 'x');
  });

  it('08: a chancellor "was received by" a president; a joint press conference', () => {
    const x = article('08-scholz-nigeria.txt');
    expectMeeting(x, {
      kind: 'bilateral',
      participants: ['Olaf Scholz', 'Bola Tinubu'],
      place: 'Abuja',
      date: '2023-10-29',
    });
    expectStatement(x, 'Olaf Scholz', 'press_conference');
  });

  it('09: a Mercosur summit "in the Uruguayan capital"', () => {
    const x = article('09-mercosur-montevideo.txt');
    expectMeeting(x, { kind: 'summit', forum: 'Mercosur', place: 'Montevideo', date: '2024-12-06' });
    expectStatement(x, 'Luis Lacalle Pou');
  });

  it('10: a readout: "The Prime Minister spoke to President X" is a call with X', () => {
    const x = article('10-uk-readout.txt');
    expectMeeting(x, { kind: 'call', participants: ['Cyril Ramaphosa'] });
    expectMeeting(x, { kind: 'summit', forum: 'G20', place: 'Johannesburg', status: 'planned' });
  });

  // what an analyst extracts from these articles and the rules do not yet
  it.todo(
    '01: "Austin stressed ..., the Pentagon said in a statement": the Pentagon speaks (press release), not Austin',
  );
  it.todo('04: the headline "GCC ministers meet in Riyadh" is the same session, not a second one');
  it.todo(
    '04: "a joint ministerial meeting with Brazil’s Foreign Minister" has the GCC as a party; the planned summit in Kuwait',
  );
  it.todo('06: the Ministerial Council is the OSCE’s (a body of the alliance named in the same sentence)');
  it.todo('07: "the Asia-Pacific Economic Cooperation forum in Lima" is a sitting that encloses the talks');
  it.todo(
    '10: the call’s date from the readout’s headline ("12 March 2025"), and "They discussed" topics on the call, not the G20 summit',
  );
});
