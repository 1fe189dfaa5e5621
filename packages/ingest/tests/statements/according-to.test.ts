import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('news written by others', () => {
  it('resolves "the ministry" after "according to", and "for his part"', () => {
    const x = run(
      "Estonia's Ministry of Defence hosted the talks. According to the ministry, the sides agreed. Minister Rein Kask, for his part, noted progress.",
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([
      'Ministry of Defense of Estonia',
      'Rein Kask',
    ]);
  });
});

describe('"according to SPEAKER"', () => {
  it('gives the sentence to the institution named after it', () => {
    const x = run('The border is calm, according to the Kremlin.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Kremlin']);
  });
  it('gives it to no one when what follows is no one', () => {
    expect(run('The border is calm, according to the weather forecast.').statements).toEqual([]);
  });
});

describe('"according to TITLE NAME"', () => {
  it('gives the sentence to the person after a capitalised title', () => {
    const x = run(
      'Dmitri Volkov spoke to reporters on Monday. According to Russian Foreign Minister Sergey Lavrov, the envoys are "senior people with a mandate."',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toContain('Sergey Lavrov');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Dmitri Volkov');
  });
  it('gives it to no one when the title is followed by no person', () => {
    const x = run(
      'Dmitri Volkov spoke to reporters. According to Russian Foreign Minister rules, the list is "closed to all."',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([]);
  });
});
