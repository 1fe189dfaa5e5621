import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const LEAD =
  'Canadian Foreign Minister Paula Grant spoke with Mexican Foreign Minister Diego Ruiz on Friday. ';

describe('"described by X as ...": the one named after "by" speaks, the words after "as" are theirs', () => {
  it('gives the quoted words to the person', () => {
    const x = run(
      `${LEAD}The hour-long call - described by spokesman Tom Leary as "frank and warm" - ends a year of silence.`,
    );
    const st = x.statements.find((s) => s.quote === 'frank and warm');
    expect(x.nameOf(st?.speaker ?? null)).toBe('Tom Leary');
  });
  it('gives nothing to unnamed analysts', () => {
    const x = run(
      `${LEAD}The hour-long call - described by analysts as "frank and warm" - ends a year of silence.`,
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual([]);
  });
});
