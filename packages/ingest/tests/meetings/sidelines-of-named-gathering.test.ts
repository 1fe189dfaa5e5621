import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// sidelinesOfNamedGathering (src/events/meetings/triggers.ts).

describe('the sidelines of a named gathering', () => {
  it('"on the margins of the United Nations General Assembly in New York" encloses the talks', () => {
    const x = run(
      'President Aron Velk met Prime Minister Lena Moss on the margins of the United Nations General Assembly in New York.',
    );
    const talks = x.meetings.find((m) => m.meetingKind === 'bilateral');
    const outer = x.meetings.find((m) => m.ref === talks?.within);
    expect(outer?.meetingKind).toBe('session');
    expect(x.nameOf(outer?.place ?? null)).toBe('New York City');
  });
  it('a forum named without its sidelines is no sitting', () => {
    const x = run(
      'President Aron Velk met Prime Minister Lena Moss in Lima before the Pacific Energy Forum.',
    );
    expect(x.meetings.map((m) => m.meetingKind)).toEqual(['bilateral']);
  });
});
