import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// subjectOfTalksWith (src/events/meetings/participants.ts): "held talks with X": the sentence’s subject is the other party.

describe('persons named by a description', () => {
  const visit =
    'MINSK, 12 June 2024 - Belarusian President Pavel Lutsky met with Chinese Minister of National Defense Li Wei on 12 June. Li Wei conveyed greetings from Chinese President Zhang Hua.';
  it('"the Chinese minister held talks with his Belarusian counterpart, X": the minister, not the president named last', () => {
    const x = run(
      `${visit} Earlier in the day, the Chinese minister held talks with his Belarusian counterpart, Oleg Marchuk.`,
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Oleg Marchuk'));
    expect(talks?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Li Wei', 'Oleg Marchuk']);
    expect(talks?.date).toBe('2024-06-12');
    const marchuk = x.persons.find((p) => p.name === 'Oleg Marchuk');
    expect(marchuk?.roles[0]?.title).toBe('Minister of National Defense');
    expect(x.nameOf(marchuk?.roles[0]?.country ?? null)).toBe('Belarus');
  });
  it('"the Chinese president" is the president', () => {
    const x = run(
      `${visit} Earlier in the day, the Chinese president held talks with Belarusian Prime Minister Oleg Marchuk by phone.`,
    );
    const call = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Oleg Marchuk'));
    expect(call?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Oleg Marchuk', 'Zhang Hua']);
  });
});
