import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// listedAfterSitting (src/events/meetings/participants.ts, parties.ts): the attendance the sentences after a sitting list.

describe('a summit told with its attendees', () => {
  const text =
    'Leaders of the Shanghai Cooperation Organisation gathered in the northern Chinese port city of Tianjin on Sunday for the organisation’s annual summit, hosted by Chinese President Li Wei. Among those attending were Russian President Ivan Sokolov and Indian Prime Minister Ravi Kumar.';
  it('takes its place from "the ... port city of X" and its people from "Among those attending were"', () => {
    const x = run(text, { publishedAt: '2025-09-01' });
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(x.nameOf(summit?.place ?? null)).toBe('Tianjin');
    expect(summit?.participants.map((p) => x.nameOf(p)).sort()).toEqual([
      'Ivan Sokolov',
      'Li Wei',
      'Ravi Kumar',
      'Shanghai Cooperation Organization',
    ]);
  });
  it('does not take the people of an unrelated next sentence', () => {
    const x = run(
      'Leaders of the Shanghai Cooperation Organisation gathered in Tianjin on Sunday for the organisation’s annual summit. Earlier, Russian President Ivan Sokolov met Indian Prime Minister Ravi Kumar in Moscow.',
      { publishedAt: '2025-09-01' },
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    const persons = (summit?.participants ?? []).filter((r) => x.persons.some((p) => p.ref === r));
    expect(persons).toEqual([]);
  });
});

describe('a council sitting told the way its secretariat tells it', () => {
  const text =
    'On 22 November 2024, a regular meeting of the Council of Ministers of Defence of the CIS member states took place in Bishkek. It was attended by the heads of defence departments of Armenia, Belarus and Kazakhstan.\n\nThe Belarusian delegation was headed by Minister of Defence Oleg Marchuk.\n\nThe Council approved the plan of cooperation for 2025 and decided to hold its next meeting in Moscow in May.';
  it('takes the countries the attendance sentence lists as parties', () => {
    const x = run(text, { publishedAt: '2024-11-22' });
    const held = x.meetings.find((m) => m.status === 'held');
    expect(held?.participants.map((p) => x.nameOf(p))).toEqual(
      expect.arrayContaining(['Armenia', 'Belarus', 'Kazakhstan']),
    );
  });
});
