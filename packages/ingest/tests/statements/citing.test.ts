import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('an outlet citing its source', () => {
  it('makes the cited institution the speaker, not the outlet', () => {
    const x = run(
      'Nordic Wire reports, citing the Norwegian Defence Ministry, that the drills will resume in March.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ministry of Defense of Norway']);
  });
  it('makes no statement when the cited source is no entity', () => {
    const x = run('Nordic Wire reports, citing unnamed sources, that the drills will resume in March.');
    expect(x.statements).toEqual([]);
  });
});

describe('an impersonal report', () => {
  it('does not hand its quotation to the previous speaker', () => {
    const x = run(
      'Defence Minister Anna Berg of Norway said the drills would continue. It was reported that the ministers had “agreed on every point of the plan”.',
    );
    expect(x.statements.map((s) => s.quote)).toEqual([null]);
  });
  it('still lets a named speaker go on quoting', () => {
    const x = run(
      'Defence Minister Anna Berg of Norway said the drills would continue. “We agreed on every point of the plan,” she added.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Anna Berg', 'Anna Berg']);
  });
});

describe('a channel of an institution cited', () => {
  it('makes the institution behind the Telegram channel the speaker', () => {
    const x = run(
      'The talks took place in Oslo, the agency reports with reference to the Telegram channel of the Norwegian Defence Ministry.',
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['Ministry of Defense of Norway', 'telegram'],
    ]);
  });
});

describe('"according to <title> <Name>": the titled person speaks', () => {
  const speakers = (text: string): Array<string | null> => {
    const x = run(text);
    return x.statements.map((s) => x.nameOf(s.speaker));
  };
  it('gives the words to the person after a lower-case title', () => {
    expect(
      speakers(
        'President Lara Ortiz of Chile spoke about the treaty on Monday. The deal covers lithium exports, according to presidential spokesperson Tomas Vidal.',
      ),
    ).toEqual(['Lara Ortiz', 'Tomas Vidal']);
  });
  it('does not give the words to a person named inside a plan', () => {
    expect(
      speakers(
        'President Lara Ortiz of Chile spoke about the treaty on Monday. The deal covers lithium exports, according to a plan that Tomas Vidal drafted.',
      ),
    ).not.toContain('Tomas Vidal');
  });
});
