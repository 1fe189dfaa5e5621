import { describe, expect, it } from 'vitest';
import { futureOfPlannedSitting } from '../../src/events/meetings/anaphora.js';
import { sittingOrdinal } from '../../src/events/meetings/ordinal.js';
import type { TriggerCtx } from '../../src/events/meetings/types.js';
import { run } from '../helpers.js';

// Sessions and summits of alliances told in the shapes wire services use beyond the seeds' beat.

describe('hostedSitting: a sitting with a host or a chair is held', () => {
  it('keeps "Norway hosted the 12th meeting of the Council of Heads of Government of the Shanghai Cooperation Organization"', () => {
    const x = run(
      'Norway hosted the 12th meeting of the Council of Heads of Government of the Shanghai Cooperation Organization (SCO) on Tuesday.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
  it('drops a sitting only commented on', () => {
    const x = run(
      'Norway commented on the 12th meeting of the Council of Heads of Government of the Shanghai Cooperation Organization (SCO).',
    );
    expect(x.meetings).toEqual([]);
  });
});

describe('sittingGotUnderWay: a summit told by the verb of its start', () => {
  it('keeps "The 31st Arab League Summit kicked off in Cairo on Sunday"', () => {
    const x = run('The 31st Arab League Summit kicked off on Sunday, with leaders from 22 member states.');
    expect(x.meetings.map((m) => [m.meetingKind, m.status])).toEqual([['summit', 'held']]);
  });
  it('drops a summit only talked about', () => {
    const x = run('Analysts say the 31st Arab League Summit mattered little.');
    expect(x.meetings).toEqual([]);
  });
});

describe('unionMinistersMeeting: a meeting named after a union’s ministers', () => {
  it('makes "the G20 informal foreign ministers meeting" an informal meeting of the minister who attends', () => {
    const x = run(
      'Deputy Foreign Minister Lena Park will lead the delegation to the G20 informal foreign ministers meeting next week.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, x.nameOf(m.participants[0] ?? null)])).toEqual([
      ['multilateral', 'Lena Park'],
    ]);
  });
  it('leaves "the foreign ministers meeting" with no union named as told', () => {
    const x = run(
      'Deputy Foreign Minister Lena Park will lead the delegation to the informal foreign ministers meeting next week.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('session');
  });
});

describe('attendingToldSitting: "Attending the meeting are ..." after a union’s sitting', () => {
  const text =
    'The meeting of the Council of the Heads of State of the Shanghai Cooperation Organization (SCO) has kicked off in Astana.\n\nAttending the meeting are President of Kazakhstan Arman Sadykov, President of China Li Wen and President of Russia Pavel Orlov.';
  it('puts those named at the sitting told before, with no meeting of their own', () => {
    const x = run(text);
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Arman Sadykov', 'Li Wen', 'Pavel Orlov']),
    );
  });
  it('does not put at it those only commenting on it', () => {
    const x = run(
      'The meeting of the Council of the Heads of State of the Shanghai Cooperation Organization (SCO) has kicked off in Astana.\n\nCommenting on the meeting were analysts Arman Sadykov and Li Wen.',
    );
    expect(x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)))).not.toContain('Li Wen');
  });
});

describe('presided over the session: the chair of a sitting told before attends it', () => {
  it('adds "X presided over the session" to the session', () => {
    const x = run(
      'Yesterday, the Ministerial Council of the Gulf Cooperation Council (GCC) held its 156th session in Riyadh.\n\nThe Foreign Minister of Oman, Said Al Harthy presided over the session.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toContain('Said Al Harthy');
  });
  it('does not add one who only wrote about the session', () => {
    const x = run(
      'Yesterday, the Ministerial Council of the Gulf Cooperation Council (GCC) held its 156th session in Riyadh.\n\nThe columnist Said Al Harthy wrote about the session.',
    );
    expect(x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)))).not.toContain('Said Al Harthy');
  });
});

describe('bodyHoldsSitting: a body with its acronym, set to hold a sitting', () => {
  it('takes the council as the forum of "The Ministerial Council of the GCC (GCC) is set to hold its 149th session"', () => {
    const x = run(
      'The Ministerial Council of the Gulf Cooperation Council (GCC) is set to hold its 149th session in Riyadh on Thursday.',
    );
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe(
      'Ministerial Council of the Gulf Cooperation Council',
    );
  });
  it('does not take a body that only asks for a sitting', () => {
    const x = run(
      'The Ministerial Council of the Gulf Cooperation Council (GCC) asked Oman and Qatar to hold a meeting in Riyadh.',
    );
    expect(x.meetings.map((m) => x.nameOf(m.forum))).not.toContain(
      'Ministerial Council of the Gulf Cooperation Council',
    );
  });
});

describe('futureOfPlannedSitting: "The session will be headed by X" after a sitting still to come', () => {
  const planned =
    'The Ministerial Council of the Gulf Cooperation Council (GCC) is set to hold its 149th session in Riyadh on Thursday.\n\n';
  it('is the same planned session, with its chair', () => {
    const x = run(
      `${planned}The session will be headed by Bahrain’s Minister of Foreign Affairs, Khalid Al Mansoori, and will witness the participation of Secretary-General Nasser Al Hamad.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Khalid Al Mansoori', 'Nasser Al Hamad']),
    );
  });
  it('does not read a future after a sitting told as held', () => {
    const c = { target0: { status: 'held' }, after: ' will be headed by X' } as unknown as TriggerCtx;
    expect(futureOfPlannedSitting(c)).toBe(false);
    const planned = {
      target0: { status: 'planned' },
      after: ' will be headed by X',
    } as unknown as TriggerCtx;
    expect(futureOfPlannedSitting(planned)).toBe(true);
  });
});

describe('sittingOrdinal and sameOrdinalSitting: a sitting’s number in its series', () => {
  it('reads the number before the sitting’s noun', () => {
    expect(sittingOrdinal('to attend the 29th Ordinary ')).toBe(29);
    expect(sittingOrdinal('The Sixty-Second Ordinary ')).toBe(62);
    expect(sittingOrdinal('The 29th Arab League (AL) ')).toBe(29);
  });
  it('reads no number from a date or a lower-case "first"', () => {
    expect(sittingOrdinal('on 4th March, the ')).toBeUndefined();
    expect(sittingOrdinal('This would be the first in-person ')).toBeUndefined();
  });
  it('merges two tellings of the 29th Ordinary Session, one coming and one opened', () => {
    const x = run(
      'President Grace Mensah has arrived in Addis Ababa to attend the 29th Ordinary Session of the Assembly of the African Union. The 29th Ordinary Session of the Heads of State and Government of the African Union opened Monday at the Nelson Mandela Hall in Addis Ababa.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('keeps the 43rd and the 44th summit apart', () => {
    const x = run('The 43rd ASEAN Summit was held in Jakarta. The 44th ASEAN Summit was held in Jakarta.');
    expect(x.meetings.filter((m) => m.meetingKind === 'summit')).toHaveLength(2);
  });
});

describe('groupAtSitting: "Asean leaders at the Summit were A, B and C"', () => {
  const opened = 'President Maria Santos on Saturday opened the 30th ASEAN Summit in Manila.\n\n';
  it('puts the leaders listed at the summit told before', () => {
    const x = run(
      `${opened}ASEAN leaders at the Summit were Singapore’s Prime Minister Daniel Tan, Thailand’s Prime Minister Niran Chai and Indonesia’s President Budi Santoso.`,
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Daniel Tan', 'Niran Chai', 'Budi Santoso']),
    );
  });
  it('does not put there the leaders only written about', () => {
    const x = run(
      `${opened}Reporters covering the Summit interviewed Singapore’s Prime Minister Daniel Tan's aides.`,
    );
    expect(x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)))).not.toContain('Daniel Tan');
  });
});

describe('attendingToldSitting: "The meeting is being chaired by X" after a union’s session', () => {
  const told =
    'The 48th session of the Council of Foreign Ministers of the Organisation of Islamic Cooperation (OIC) began in Islamabad on Tuesday.\n\n';
  it('gives the chair to the session, with no talks of the chair and the other person named', () => {
    const x = run(
      `${told}The meeting is being chaired by Foreign Minister Omar Rahimi and Prime Minister Yusuf Karim will deliver a keynote address.`,
    );
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('bilateral');
    expect(x.meetings[0]?.participants.map((p) => x.nameOf(p))).toContain('Omar Rahimi');
  });
  it('keeps talks between two people told with "the meeting ... between" as their own', () => {
    const x = run(
      `${told}The meeting between Foreign Minister Omar Rahimi and Prime Minister Yusuf Karim lasted an hour.`,
    );
    expect(x.meetings.map((m) => m.meetingKind)).toContain('bilateral');
  });
});

describe('sessionOfHeadsOfState: a session of a union’s heads of state is its summit', () => {
  it('makes "the 38th Ordinary Session of the African Union (AU) Assembly of the Heads of State" a summit', () => {
    const x = run(
      'The 38th Ordinary Session of the African Union (AU) Assembly of the Heads of State and Government has opened in Addis Ababa.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['summit']);
  });
  it('leaves "the 46th Ordinary Session of the African Union (AU) Executive Council" a session', () => {
    const x = run(
      'The 46th Ordinary Session of the African Union (AU) Executive Council has opened in Addis Ababa.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
  });
});

describe('sameOrdinalSitting across kinds: the "68th summit" of a headline is the "68th Ordinary Session"', () => {
  it('merges the two', () => {
    const x = run(
      '68th ECOWAS heads of government summit begins in Abuja\n\nThe 68th Ordinary Session of the ECOWAS Authority of Heads of State and Government began in Abuja on Sunday.',
    );
    expect(x.meetings).toHaveLength(1);
  });
  it('keeps the 67th session apart from the 68th summit', () => {
    const x = run(
      '68th ECOWAS heads of government summit begins in Abuja\n\nThe 67th Ordinary Session of the ECOWAS Authority of Heads of State and Government was held in Abuja in June.',
    );
    expect(x.meetings).toHaveLength(2);
  });
});

describe('"Asean": the house style of some papers names ASEAN', () => {
  it('makes "the 30th Asean Summit" a summit of ASEAN', () => {
    const x = run('President Maria Santos on Saturday opened the 30th Asean Summit in Manila.');
    expect(x.meetings.map((m) => x.nameOf(m.forum))).toEqual(['Association of Southeast Asian Nations']);
  });
  it('does not read the lower-case word as ASEAN', () => {
    const x = run('President Maria Santos on Saturday opened the asean summit in Manila.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Association of Southeast Asian Nations');
  });
});

describe('"Hosted by X, the meeting was attended by A, B and C" after a sitting was told (attendingToldSitting)', () => {
  it('joins them to that sitting: one session, no new multilateral meeting', () => {
    const x = run(
      'Andean ministers meet\n\nLIMA, June 2, 2023 -- A meeting of foreign ministers of the Andean Community was held in Lima on Thursday.\n\nHosted by Peruvian Foreign Minister Ana Soto, the meeting was attended by Chilean Foreign Minister Luis Vera, Bolivian Foreign Minister Rosa Quispe and Ecuadorian Foreign Minister Jorge Ruiz.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['session']);
    expect(x.meetings[0]?.participants.map(x.nameOf).sort()).toEqual([
      'Ana Soto',
      'Andean Community',
      'Jorge Ruiz',
      'Luis Vera',
      'Rosa Quispe',
    ]);
  });
  it('near-miss: "the talks were attended by" with no sitting told before makes the talks', () => {
    const x = run(
      'Talks on trade were held in Lima on Thursday. The talks were attended by Foreign Minister Luis Vera and Foreign Minister Rosa Quispe.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('session');
  });
});
