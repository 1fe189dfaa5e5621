import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('signedTogether: two sides’ leaders signing together met', () => {
  it('"X and his Chilean counterpart Y signed two agreements in Arica" is their meeting', () => {
    const x = run(
      'Peruvian Foreign Minister Ana Ruiz and her Chilean counterpart Tomas Vidal signed two agreements in Arica on Friday.',
    );
    expect(x.meetings.map((m) => [m.meetingKind, m.participants.map((p) => x.nameOf(p)).sort()])).toEqual([
      ['bilateral', ['Ana Ruiz', 'Tomas Vidal']],
    ]);
  });
  it('"the presidents of A and B signed a treaty" is a meeting of the two', () => {
    const x = run('The presidents of Ecuador and Colombia signed a border treaty in Quito on Monday.');
    expect(x.meetings).toHaveLength(1);
  });
  it('near-miss: one side signing a deal, or two compatriots signing a decree, is no meeting', () => {
    expect(run('Kenya signed a trade deal with China on Monday.').meetings).toEqual([]);
    expect(
      run('President Ana Ruiz and Interior Minister Tomas Vidal signed a decree on Monday.').meetings,
    ).toEqual([]);
  });
});

describe('post-nominal letters between a name and its verb', () => {
  it('"the Secretary-General Ana Ruiz QC congratulated X ... saying:" is hers', () => {
    const x = run(
      'Ministers met in Lisbon on Thursday.\n\nAddressing the ministers, the Secretary-General Ana Ruiz QC congratulated Olga Petrova on her appointment and welcomed her saying:\n\n“What an honour to have you with us.”',
    );
    const own = x.statements.filter((s) => s.evidence.some((e) => e.exact.includes('congratulated')));
    expect(own.map((s) => x.nameOf(s.speaker))).toEqual(['Ana Ruiz']);
  });
  it('near-miss: an acronym that is no post-nominal still stops the subject ("Ana Ruiz NATO envoy")', () => {
    const x = run(
      'The ministers met in Lisbon. A report by Ana Ruiz and the NATO staff said the plan was ready.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Ana Ruiz');
  });
});
