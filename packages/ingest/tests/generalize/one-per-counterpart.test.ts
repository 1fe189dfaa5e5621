import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const pairs = (x: ReturnType<typeof run>): string[][] =>
  x.meetings.map((m) => m.participants.map((p) => x.nameOf(p) ?? '').sort());

describe('oneMeetingPerCounterpart: one person meeting three others of three countries met each', () => {
  it('splits "X met Serbian A, Albanian B and Greek C" into three bilaterals', () => {
    const x = run(
      'Turkish Foreign Minister Ali Demir met Serbian Foreign Minister Ana Ruiz, Albanian Foreign Minister Tomas Vidal and Greek Foreign Minister Olga Petrova in Istanbul on Saturday.',
    );
    expect(pairs(x).sort()).toEqual([
      ['Ali Demir', 'Ana Ruiz'],
      ['Ali Demir', 'Olga Petrova'],
      ['Ali Demir', 'Tomas Vidal'],
    ]);
    expect(x.meetings.every((m) => m.meetingKind === 'bilateral')).toBe(true);
  });
  it('near-miss: two others may be a trilateral, and "a trilateral meeting" is one', () => {
    expect(
      run(
        'Japanese Foreign Minister Kenji Sato met South Korean Foreign Minister Min Park and Chinese Foreign Minister Li Wen in Busan.',
      ).meetings,
    ).toHaveLength(1);
    expect(
      run(
        'Turkish Foreign Minister Ali Demir held a joint meeting with Serbian Foreign Minister Ana Ruiz, Albanian Foreign Minister Tomas Vidal and Greek Foreign Minister Olga Petrova.',
      ).meetings,
    ).toHaveLength(1);
  });
});

describe('pronounSubjectMet: "He also met A, B and C" is about the subject told before', () => {
  it('puts the earlier subject at each meeting', () => {
    const x = run(
      'Turkish Foreign Minister Ali Demir held talks in Istanbul on Friday. The talks with Greek Foreign Minister Olga Petrova lasted an hour. He also met Serbian Foreign Minister Ana Ruiz, Albanian Foreign Minister Tomas Vidal and Bosnian Foreign Minister Ivo Kovac.',
    );
    const withRuiz = x.meetings.find((m) => m.participants.some((p) => x.nameOf(p) === 'Ana Ruiz'));
    expect(withRuiz?.participants.map((p) => x.nameOf(p)).sort()).toEqual(['Ali Demir', 'Ana Ruiz']);
  });
  it('near-miss: "He also met" with no subject told before adds no one', () => {
    const x = run('He also met Serbian Foreign Minister Ana Ruiz on Friday.');
    expect(x.meetings.flatMap((m) => m.participants.map((p) => x.nameOf(p)))).not.toContain('Ali Demir');
  });
});

describe('a compound portfolio before a title head keeps the demonym', () => {
  it('"North Macedonian Foreign Affairs and Foreign Trade Minister X" is of North Macedonia', () => {
    const x = run('North Macedonian Foreign Affairs and Foreign Trade Minister Ana Ruiz arrived in Skopje.');
    expect(x.persons[0]?.roles.map((r) => x.nameOf(r.country))).toContain('North Macedonia');
  });
  it('near-miss: "Ana Ruiz and Trade Minister Tomas Vidal" are two persons', () => {
    const x = run('Serbian President Ana Ruiz and Trade Minister Tomas Vidal arrived in Belgrade.');
    expect(x.persons.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Tomas Vidal']);
  });
});

describe('oneMeetingPerCounterpart with a person whose country is not told', () => {
  it('splits when three countries are told and all differ', () => {
    const x = run(
      'Indian Foreign Minister Ravi Menon met several delegates on the sidelines, including Kazakh Foreign Minister Ana Ruiz, Moroccan Foreign Minister Tomas Vidal, Belgian Prime Minister Olga Petrova and Federal Councillor Ivo Kovac.',
    );
    expect(x.meetings).toHaveLength(4);
  });
  it('near-miss: two countries told and one not stay one meeting', () => {
    const x = run(
      'Indian Foreign Minister Ravi Menon met Kazakh Foreign Minister Ana Ruiz, Moroccan Foreign Minister Tomas Vidal and Federal Councillor Ivo Kovac.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('heldRetoldAsInfinitive: "a pleasure to meet Y in Munich" after X met Y in Munich retells it', () => {
  it('keeps one held meeting', () => {
    const x = run(
      'Foreign Minister Ivo Kovac met his Kenyan counterpart Tom Odera in Munich on Friday. Kovac said it was a pleasure to meet Odera in Munich.',
    );
    expect(x.meetings.map((m) => m.status)).toEqual(['held']);
  });
  it('near-miss: "to meet again" is another meeting', () => {
    const x = run(
      'Foreign Minister Ivo Kovac met his Kenyan counterpart Tom Odera in Munich on Friday. Kovac said he hoped to meet Odera again in Munich next year.',
    );
    expect(x.meetings.map((m) => m.status).sort()).toEqual(['held', 'planned']);
  });
});
