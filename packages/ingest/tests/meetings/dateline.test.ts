import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// dateBetween and storyTime (src/events/meetings/when-where.ts): the dateline dates the story.

describe('news written by others', () => {
  it('reads the dateline as the story date for weekdays', () => {
    const x = run(
      'RIGA, April 12. /Agency/. Defence Minister Ivo Kalns met Defence Minister Rolf Dahl on Tuesday.',
      { publishedAt: '2024-06-05' },
    );
    expect(x.meetings[0]?.date).toBe('2024-04-09');
  });
});

describe('governments and day-first datelines', () => {
  it('"OSLO, 12 March (Agency)" anchors weekdays like "OSLO, March 12"', () => {
    const x = run('OSLO, 12 March (Agency) – President Ada Berg met President Olof Sand on Tuesday.', {
      publishedAt: '2024-06-13',
    });
    expect(x.meetings[0]?.date).toBe('2024-03-12');
  });
});

describe('stories told around a dateline', () => {
  it('reads a weekday of the first sentence against the dateline, not as its date', () => {
    const x = run(
      'LISBON, March 13, 2024 — Portuguese Economy Minister Rui Costa held talks with Spanish Economy Minister Elena Ruiz on Tuesday about grid links.',
    );
    expect(x.meetings[0]?.date).toBe('2024-03-12');
  });
  it('gives the dateline date to a meeting of the first sentence that names no other', () => {
    const x = run(
      'RIGA, May 6, 2024 — Latvian Economy Minister Ilze Berzina met Lithuanian Economy Minister Tomas Vaitkus in Riga.',
    );
    expect(x.meetings[0]?.date).toBe('2024-05-06');
  });
});

describe('persons named by a description', () => {
  it('"earlier this month" gives no day', () => {
    const x = run(
      'MINSK, 12 June 2024 - Earlier this month, Belarusian Defence Minister Oleg Marchuk met Chinese Defence Minister Li Wei.',
    );
    expect(x.meetings[0]?.date ?? null).toBeNull();
  });
});

describe('a story’s own date and reported plans', () => {
  it('reads a weekday against a dateline with a year, though the metadata says another day', () => {
    const x = run(
      'OSLO, March 12, 2024 — Norwegian Economy Minister Ola Berg met Danish Economy Minister Lars Holm in Oslo on Tuesday.',
      {
        publishedAt: '2024-12-06',
      },
    );
    expect(x.meetings[0]?.date).toBe('2024-03-12');
  });
  it('reads a weekday against the metadata when the dateline has no year', () => {
    const x = run(
      'OSLO (Agency) — Norwegian Economy Minister Ola Berg met Danish Economy Minister Lars Holm in Oslo on Tuesday.',
      {
        publishedAt: '2024-12-06',
      },
    );
    expect(x.meetings[0]?.date).toBe('2024-12-03');
  });
});
