import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('calls and conversations told by their verb', () => {
  it('makes a call of "X called President Y"', () => {
    const x = run('Chilean President Ana Rojas called Peruvian President Luis Paredes on Monday.');
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['call']);
  });
  it('does not make a call of "called for" or "so-called"', () => {
    const x = run('Chilean President Ana Rojas called for calm after the so-called Lima incident.');
    expect(x.meetings).toEqual([]);
  });
  it('makes a meeting of "she spoke with Prime Minister Y"', () => {
    const x = run(
      'Chilean President Ana Rojas said she spoke with Peruvian Prime Minister Luis Paredes about water.',
    );
    const m = x.meetings[0];
    expect(m?.meetingKind).toBe('bilateral');
    expect(m?.participants.map((r) => x.nameOf(r)).sort()).toEqual(['Ana Rojas', 'Luis Paredes']);
  });
  it('does not make a meeting of "spoke to reporters"', () => {
    expect(run('Chilean President Ana Rojas spoke to reporters in Lima.').meetings).toEqual([]);
  });
});

describe('a name is not a modal verb', () => {
  it('keeps the talks of President William X held, not planned', () => {
    const x = run('President William Otieno held talks with President Samia Hassan in Dodoma.');
    expect(x.meetings[0]?.status).toBe('held');
  });
  it('still reads "will hold talks" as planned', () => {
    const x = run('President William Otieno will hold talks with President Samia Hassan in Dodoma.');
    expect(x.meetings[0]?.status).toBe('planned');
  });
});
