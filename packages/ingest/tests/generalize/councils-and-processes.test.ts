import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const meetingsOf = (x: ReturnType<typeof run>): string[] =>
  x.meetings.map((m) => `${m.meetingKind} ${m.status}: ${m.participants.map((p) => x.nameOf(p)).join(', ')}`);

describe('attendedNamedSitting: a council attended is its sitting', () => {
  it('"I attended the Foreign Affairs Council" in an EU story is a session of that council of the EU', () => {
    const x = run(
      'Written statement by the Minister for Europe\n\nI attended the Foreign Affairs Council on 14 March. The European Union ministers discussed Sudan.',
    );
    expect(meetingsOf(x)).toEqual(['session held: Foreign Affairs Council of the European Union']);
  });

  it('near-miss: the same words in a Gulf story name the GCC’s council', () => {
    const x = run('The GCC Foreign Affairs Council met in Riyadh on Monday.');
    expect(x.organizations.map((o) => o.name)).toContain('Foreign Affairs Council of the GCC');
  });

  it('near-miss: a council attended by no official is no sitting', () => {
    const x = run('Students attended the Youth Council in Lima on Monday.');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('titleText: a body taken out of the middle of a title leaves no "of the"', () => {
  it('"High Representative of the European Union for Foreign Affairs" is "High Representative for Foreign Affairs ..."', () => {
    const x = run(
      'The talks were chaired by the High Representative of the European Union for Foreign Affairs and Security Policy, Marta Lind.',
    );
    expect(x.persons.find((p) => p.name === 'Marta Lind')?.roles.map((r) => r.title)).toEqual([
      'High Representative for Foreign Affairs and Security Policy',
    ]);
  });
});

describe('notAnOngoingProcess: dialogue or negotiations carried on are no meeting', () => {
  it('"pursue dialogue with Chile", "conclude negotiations with the European Union" make none', () => {
    const x = run(
      'Foreign Minister Ana Ruiz of Peru said: “We must decide how to pursue dialogue with Chile in the future.” She pledged to conclude negotiations with the European Union.',
    );
    expect(x.meetings).toHaveLength(0);
  });

  it('near-miss: "held a dialogue with" a named minister is a meeting', () => {
    const x = run(
      'Foreign Minister Ana Ruiz of Peru held a dialogue with Chilean Foreign Minister Tomas Vidal in Lima on Monday.',
    );
    expect(meetingsOf(x)).toEqual(['bilateral held: Ana Ruiz, Tomas Vidal']);
  });
});
