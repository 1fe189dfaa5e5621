import { describe, expect, it } from 'vitest';
import { joinsToldSitting, openingOfToldSitting } from '../../src/events/meetings/anaphora.js';
import { bodyHoldsSitting, partOfSitting, personJoinsUnionGroup } from '../../src/events/meetings/forum.js';
import { run } from '../helpers.js';

// Sessions and summits of alliances told in shapes beyond the dev beat: personJoinsUnionGroup,
// partOfSitting and bodyHoldsSitting (forum.ts), the openers and hosts of a sitting
// (PARTICIPATION, participants.ts), presence lists and "will bring together" (attendance.ts),
// and otherCityInGroup (build.ts).

describe('a union’s group as the subject, in more shapes', () => {
  it('"President X and other heads of state of ECOWAS are meeting in Y" is an ECOWAS summit with X', () => {
    const x = run(
      'President Kofi Mensal and other Heads of State of the Economic Community of West African States are meeting in Accra.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum), x.nameOf(m.place)])).toEqual([
      ['summit', 'Economic Community of West African States', 'Accra'],
    ]);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toContain('Kofi Mensal');
  });
  it('"and other" with no union group after it keeps the person apart', () => {
    expect(personJoinsUnionGroup('President Kofi Mensal and other officials visited the ')).toBe(false);
    expect(personJoinsUnionGroup('President Kofi Mensal and other heads of state of the ')).toBe(true);
  });
  it('"Leaders from ASEAN attended the opening ceremony of their annual meeting" is an ASEAN summit', () => {
    const x = run(
      'Leaders from the Association of Southeast Asian Nations attended the opening ceremony of their annual meeting on Monday.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['summit', 'Association of Southeast Asian Nations'],
    ]);
  });
  it('a part "of their meeting" belongs to the meeting; a ceremony elsewhere does not', () => {
    expect(partOfSitting(' of their annual ')).toBe(true);
    expect(partOfSitting(' in Hanoi before the ')).toBe(false);
  });
});

describe('a body holding a sitting with several words before its noun', () => {
  it('"The UN Security Council held a late night emergency meeting" is a council session', () => {
    const x = run(
      'The UN Security Council held a late night emergency meeting on the fighting in the north.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.forum)])).toEqual([
      ['session', 'United Nations Security Council'],
    ]);
  });
  it('four words between the verb and the noun are too many', () => {
    const x = run(
      'The UN Security Council held a late night emergency meeting on the fighting in the north.',
    );
    const hit = x.organizations.find((o) => o.name === 'United Nations Security Council');
    expect(hit).toBeDefined();
    const rec = { rec: { orgKind: 'body' } } as unknown as Parameters<typeof bodyHoldsSitting>[0];
    expect(bodyHoldsSitting(rec, ' held a late night emergency ')).toBe(true);
    expect(bodyHoldsSitting(rec, ' held a very long late night emergency ')).toBe(false);
  });
});

describe('who opens, hosts or presides over a sitting is at it', () => {
  it('"President X formally opened the 40th ASEAN Summit" puts X at the summit', () => {
    const x = run('President Mara Quell formally opened the 40th ASEAN Summit in Jakarta on Tuesday.');
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p))).toContain('Mara Quell');
  });
  it('a person who only talks about the summit is not at it', () => {
    const x = run('President Mara Quell said the 40th ASEAN Summit in Jakarta would discuss trade.');
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p)) ?? []).not.toContain('Mara Quell');
  });
});

describe('attendance told after the sitting', () => {
  it('"Other heads of state present include A and B" puts them at the summit', () => {
    const x = run(
      'The ECOWAS summit opened in Accra on Sunday. Other heads of state present include President Ivo Dantes of Togo and President Sara Melk of Benin.',
    );
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ivo Dantes', 'Sara Melk']),
    );
  });
  it('a list with neither the sitting nor presence named adds no one', () => {
    const x = run(
      'The ECOWAS summit opened in Accra on Sunday. Other regional figures include President Ivo Dantes of Togo and President Sara Melk of Benin.',
    );
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p))).not.toContain('Ivo Dantes');
  });
  it('"The summit will bring together A, B and C" puts them at the summit', () => {
    const x = run(
      'The Quad Leaders Summit will be held in Perth on June 3. The summit will bring together President Ana Lorr, Prime Minister Ben Tatt and Prime Minister Cai Moro.',
    );
    const s = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(s?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ana Lorr', 'Ben Tatt', 'Cai Moro']),
    );
  });
});

describe('tellings set in two cities are two meetings', () => {
  it('a summit in one city and ministers’ talks in another stay apart through a placeless retelling', () => {
    const x = run(
      'Leaders of the Quad will meet at a summit in Perth on June 3. "The summit will be historic," a spokesperson said. In May, foreign ministers from the Quad nations held talks in Osaka.',
    );
    expect(x.meetings.map((m) => x.nameOf(m.place)).sort()).toEqual(['Osaka', 'Perth']);
  });
});

describe('parts and moments of a sitting told in its sentences', () => {
  it('a handover "at a ceremony" in the summit’s sentence is no talks of its two leaders', () => {
    const x = run(
      'The 12th Pacific Islands Forum Leaders Summit opened in Suva on Tuesday as the chair passed from Prime Minister Aro Temu to his counterpart Lisi Vaka at a ceremony.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
  it('a ceremony with no sitting in its sentence is still a meeting of the two', () => {
    const x = run('Prime Minister Aro Temu met his counterpart Lisi Vaka at a ceremony in Suva on Tuesday.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
  it('"arrived ahead of the session, which is presided by X" is the session just told', () => {
    const x = run(
      'The 30th Ordinary Session of the Southern African Development Community opened in Gaborone on Sunday. Regional leaders have arrived in Botswana ahead of the session, which is being presided by President Tumi Sello.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('"ahead of the summit" after ministers’ talks is another sitting', () => {
    const x = run(
      'Foreign ministers of the Southern African Development Community met in Gaborone on Sunday. President Tumi Sello will host leaders in Maputo ahead of the summit next month.',
    );
    expect(x.meetings.length).toBeGreaterThanOrEqual(1);
    expect(x.meetings[0]?.meetingKind).toBe('session');
  });
  it('"take part in the talks, with expectations high" points back to the sitting told before', () => {
    const x = run(
      'NATO foreign ministers will meet in Brussels on Thursday. Secretary General Ivo Rand will chair the meeting. Secretary of State Tom Vell is due to take part in the talks, with expectations high over the budget.',
    );
    expect(x.meetings.filter((m) => m.meetingKind === 'bilateral')).toEqual([]);
    const s = x.meetings.find((m) => m.meetingKind === 'session');
    expect(s?.participants.map((p) => x.nameOf(p))).toEqual(expect.arrayContaining(['Ivo Rand', 'Tom Vell']));
  });
  it('taking part in "the talks" joins only a told sitting or group, not two people’s talks', () => {
    const ctx = (kind: string, before: string, parties = 2) =>
      ({
        target0: { kind, participants: Array.from({ length: parties }, (_, i) => `p${i}`) },
        before,
      }) as unknown as Parameters<typeof joinsToldSitting>[0];
    expect(joinsToldSitting(ctx('session', 'Tom Vell is due to take part in the '))).toBe(true);
    expect(joinsToldSitting(ctx('bilateral', 'Tom Vell is due to take part in the '))).toBe(false);
    expect(joinsToldSitting(ctx('bilateral', 'Tom Vell attended the ', 3))).toBe(true);
    expect(joinsToldSitting(ctx('session', 'Tom Vell praised the '))).toBe(false);
  });
});

describe('the opening of a sitting just told', () => {
  it('"X said during the opening ceremony in Y" puts X and Y on the summit', () => {
    const x = run(
      'Leaders from the Association of Southeast Asian Nations on Monday kicked off an annual summit. Prime Minister Noi Vanh said during the opening ceremony in Luang Prabang that trade must grow.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Luang Prabang');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toContain('Noi Vanh');
  });
  it('a ceremony that is no opening or closing of the sitting is not read as it', () => {
    const ctx = (before: string) =>
      ({ target0: { kind: 'summit' }, before, t: { text: 'ceremony' } }) as unknown as Parameters<
        typeof openingOfToldSitting
      >[0];
    expect(openingOfToldSitting(ctx('said during the opening '))).toBe(true);
    expect(openingOfToldSitting(ctx('attended a wreath-laying '))).toBe(false);
  });
});

describe('the day someone took office is not the sitting’s', () => {
  it('beforeTenure: "marking his first summit since taking office on October 30" is the summit told before', () => {
    const x = run(
      'WINDHOEK, Nov 20, 2024 - President Ana Rojas will chair the SADC Extraordinary Summit in Harare on Wednesday. President Luis Paredes will also attend, marking his first SADC summit since taking office on October 30.',
    );
    const summits = x.meetings.filter((m) => m.meetingKind === 'summit');
    expect(summits).toHaveLength(1);
    expect(summits[0]?.date).not.toBe('2024-10-30');
  });
});

describe('a group meeting told again by its attendees and its forum', () => {
  const text =
    'Foreign ministers from Chile, Peru, Bolivia and Ecuador — a grouping known as the “Andean Four” — met in Lima on Monday for talks on fisheries. The talks attended by Chile’s Ana Rojas, Peru’s Luis Paredes, Bolivia’s Marta Quino and Ecuador’s Ivo Dantes follow trade talks on Sunday. “We share one ocean,” Rojas said in opening remarks at the start of the Andean Four talks on Monday.';
  it('countriesOfGroup + holdersStandForCountries: "ministers from A, B, C and D met" are those countries’ ministers the story names', () => {
    const x = run(text);
    const who = x.meetings[0]?.participants.map((p) => x.nameOf(p)) ?? [];
    expect(who).toEqual(expect.arrayContaining(['Ana Rojas', 'Luis Paredes', 'Marta Quino', 'Ivo Dantes']));
    expect(who).not.toContain('Chile');
  });
  it('attendeesOfToldGroup and forumNamesToldGroup: the attendees and the forum’s talks are the same meeting', () => {
    const x = run(text);
    const inLima = x.meetings.filter((m) => m.meetingKind !== 'bilateral');
    expect(inLima).toHaveLength(1);
    expect(inLima[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Ana Rojas', 'Luis Paredes', 'Marta Quino', 'Ivo Dantes']),
    );
  });
  it('a forum’s sitting told with a new person and city stays another meeting', () => {
    const x = run(
      'Foreign ministers from Chile, Peru, Bolivia and Ecuador met in Lima on Monday for talks on fisheries. President Marta Quino will attend the Mercosur summit in Asunción on Friday.',
    );
    expect(x.meetings.map((m) => x.nameOf(m.place)).sort()).toEqual(['Asunción', 'Lima']);
  });
});
