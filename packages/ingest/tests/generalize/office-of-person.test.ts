import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"<Name>’s office said": the office of that person’s post speaks', () => {
  it('the office of the president named in the possessive', () => {
    const x = run(
      'Chilean President Ana Ruiz and Peruvian President Tomas Vidal spoke by phone on Monday. Vidal’s office said the two leaders discussed migration.',
    );
    const s = x.statements.find((st) => st.evidence.some((e) => e.exact.startsWith('Vidal’s office')));
    expect(x.nameOf(s?.speaker ?? null)).toBe('Office of the President of Peru');
  });
  it('near-miss: the office of someone with no post names no one who speaks', () => {
    const x = run(
      'Tomas Vidal, a businessman, met the mayor on Monday. Vidal’s office said the talks went well.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Tomas Vidal');
    expect(x.organizations.map((o) => o.name).join(' ')).not.toMatch(/Office of/);
  });
});

describe('a guest greeted by description: "greeted the German chancellor, X, in Y"', () => {
  it('is a meeting with the guest named in the appositive', () => {
    const x = run(
      'Spanish Prime Minister Pedro Alvarez greeted the German chancellor, Anna Berg, in the southern city of Jerez on Saturday.',
    );
    expect(x.meetings.map((m) => m.participants.map((p) => x.nameOf(p)).sort())).toEqual([
      ['Anna Berg', 'Pedro Alvarez'],
    ]);
  });
  it('near-miss: "welcomed the German decision" welcomes no guest', () => {
    expect(run('The minister welcomed the German decision to send troops.').meetings).toEqual([]);
  });
});
