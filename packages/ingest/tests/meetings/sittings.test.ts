import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('sittings of any alliance', () => {
  it('makes a summit of a regional union the gazetteer knows', () => {
    const x = run('The leaders of Mercosur gathered in Asuncion for the Mercosur summit on Tuesday.');
    const m = x.meetings.find((r) => r.meetingKind === 'summit');
    expect(x.nameOf(m?.forum ?? null)).toBe('Mercosur');
  });
  it('does not make a sitting of a union named only in passing', () => {
    const x = run('Mercosur exports of beef rose in the third quarter.');
    expect(x.meetings).toEqual([]);
  });
  it('takes the body after "of the member states of"', () => {
    const x = run(
      'A meeting of the heads of customs services of the member states of ASEAN took place in Hanoi.',
    );
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Association of Southeast Asian Nations');
  });
});

describe('a day told as the owner of a sitting', () => {
  it('keeps "Monday\'s meeting of the ministers" as a sitting', () => {
    const x = run('Migration dominated Monday’s meeting of Andean Community Trade Ministers.');
    expect(x.meetings.map((m) => m.meetingKind)).toContain('session');
  });
  it('does not make a sitting of "Monday\'s decision"', () => {
    const x = run('Migration dominated Monday’s decision by the trade ministers.');
    expect(x.meetings).toEqual([]);
  });
});

describe('"the next meeting" told twice is one planned sitting', () => {
  it('merges two tellings of the next sitting', () => {
    const x = run(
      'The next meeting of the heads of customs services of the member states of ASEAN will be held in 2026. Officials confirmed that the next meeting of the heads of customs services of ASEAN will be held in Manila.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]?.status).toBe('planned');
  });
  it('does not merge the next sitting into the one just held', () => {
    const x = run(
      'A meeting of the heads of customs services of the member states of ASEAN took place in Hanoi. The next meeting of the heads of customs services of ASEAN will be held in Manila.',
    );
    expect(x.meetings.map((m) => m.status).sort()).toEqual(['held', 'planned']);
  });
});
