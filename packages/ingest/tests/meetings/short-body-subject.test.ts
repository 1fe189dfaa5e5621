import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// shortBodySubject (src/events/meetings/forum.ts): "The Council ... decided to hold its next meeting" is the council named before.

describe('a council sitting told the way its secretariat tells it', () => {
  const text =
    'On 22 November 2024, a regular meeting of the Council of Ministers of Defence of the CIS member states took place in Bishkek. It was attended by the heads of defence departments of Armenia, Belarus and Kazakhstan.\n\nThe Belarusian delegation was headed by Minister of Defence Oleg Marchuk.\n\nThe Council approved the plan of cooperation for 2025 and decided to hold its next meeting in Moscow in May.';
  it('makes "The Council ... decided to hold its next meeting in Moscow" a planned sitting of that council', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const next = x.meetings.find((m) => m.status === 'planned');
    expect(x.nameOf(next?.place ?? null)).toBe('Moscow');
    expect(x.nameOf(next?.forum ?? null)).toMatch(/^Council of Ministers of Defen[cs]e/);
  });
  it('does not take "the Council" for a body the story never named', () => {
    const x = run('The Council decided to hold its next meeting in Moscow in May.', {
      publishedAt: '2024-11-22',
    });
    expect(x.meetings.every((m) => m.forum === null)).toBe(true);
  });
});
