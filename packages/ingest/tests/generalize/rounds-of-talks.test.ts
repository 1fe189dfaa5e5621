import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const pairsOf = (x: ReturnType<typeof run>): string[][] =>
  x.meetings
    .filter((m) => m.meetingKind === 'bilateral')
    .map((m) => m.participants.map((p) => x.nameOf(p) ?? '').sort());

describe('a round of talks with counterparts none of whom is named, then each meeting told on its own', () => {
  const story = [
    'Foreign Minister Ana Ruiz held talks with her Latin American counterparts who are here for the 12th CELAC Summit.',
    'Ruiz discussed with Peruvian Foreign Minister Tomas Vidal a plan for a new border crossing.',
    'The discussion held with Bolivian Foreign Minister Pablo Soria turned to water rights.',
    'During her meeting with Ecuadorian Foreign Minister Eva Lind, she raised energy.',
  ].join(' ');

  it('keeps the meetings apart, each with the round’s subject, and all within the summit', () => {
    const x = run(story);
    expect(pairsOf(x)).toEqual([
      ['Ana Ruiz', 'Tomas Vidal'],
      ['Ana Ruiz', 'Pablo Soria'],
      ['Ana Ruiz', 'Eva Lind'],
    ]);
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect(summit).toBeDefined();
    expect(
      x.meetings.filter((m) => m.meetingKind === 'bilateral').every((m) => m.within === summit?.ref),
    ).toBe(true);
  });

  it('makes no meeting of the round itself, with only its subject', () => {
    const x = run(
      'Foreign Minister Ana Ruiz held talks with her Latin American counterparts in Lima on Monday.',
    );
    expect(x.meetings).toHaveLength(0);
  });

  it('near-miss: talks with a counterpart named in the same sentence are that meeting, told once', () => {
    const x = run(
      'Foreign Minister Ana Ruiz held talks with her counterpart Tomas Vidal in Lima. Ruiz and Vidal discussed trade.',
    );
    expect(pairsOf(x)).toEqual([['Ana Ruiz', 'Tomas Vidal']]);
  });

  it('near-miss: "the discussion on tariffs" alone is no meeting', () => {
    const x = run(
      'Foreign Minister Ana Ruiz arrived in Lima. The discussion on tariffs continued in parliament.',
    );
    expect(x.meetings).toHaveLength(0);
  });
});

describe('VIRTUAL_VISIT_AFTER: talks held "as part of her virtual tour" are a call', () => {
  it('makes the talks a call', () => {
    const x = run(
      'President Ana Ruiz held bilateral talks with Secretary of State Tom Berg on Friday, as part of her virtual tour of the region.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });

  it('near-miss: talks during a visit in person stay a meeting', () => {
    const x = run(
      'President Ana Ruiz held bilateral talks with Secretary of State Tom Berg on Friday, as part of her tour of the region.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});

describe('isVisitCalledOn: "paid a courtesy call to X here on Saturday"', () => {
  it('is a meeting in the dateline city', () => {
    const x = run(
      'ACCRA: Prime Minister Kofi Mensah paid a courtesy call to King Osei Berg here on Saturday, discussing trade.',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Accra');
  });

  it('near-miss: "called on Russia and Ukraine here to end the war" is a demand, no meeting', () => {
    const x = run('Foreign Minister Ana Ruiz called on Russia and Ukraine here to end the war.');
    expect(x.meetings).toHaveLength(0);
    expect(x.statements).toHaveLength(1);
  });
});

describe('describedSubjectOfRecentSentence: "the CS also had a separate meeting with Y"', () => {
  const first = 'On Monday, Secretary Ana Ruiz paid a courtesy call on Dr Tom Berg, the trade minister.';

  it('is the subject of the sentence before, not the one she called on', () => {
    const x = run(
      `${first} Later, the CS also had a separate meeting with Dr Eva Lind, Vice Minister of Labour.`,
    );
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)).sort())).toEqual([
      ['Ana Ruiz', 'Tom Berg'],
      ['Ana Ruiz', 'Eva Lind'],
    ]);
  });

  it('near-miss: a subject named in the sentence is that subject', () => {
    const x = run(
      `${first} Later, Tom Berg also had a separate meeting with Dr Eva Lind, Vice Minister of Labour.`,
    );
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)).sort())).toContainEqual([
      'Eva Lind',
      'Tom Berg',
    ]);
  });
});
