import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The forum rules (src/events/meetings/forum.ts): bodyOfSitting, bodyNamedBefore.

describe('meetings', () => {
  it('makes a session of a body with its forum and keeps the defined acronym', () => {
    const x = run(
      'President Ivo Mark took part in the session of the Council of Heads of State of the Commonwealth of Independent States in Astana.',
    );
    const m = x.meetings[0];
    expect(m?.meetingKind).toBe('summit');
    expect(x.nameOf(m?.forum ?? null)).toBe('Council of Heads of State of the CIS');
  });
});

describe('news written by others', () => {
  it('a body as the subject of "will meet" is a sitting with that forum', () => {
    const x = run('The SCO Council of Heads of State will meet in Astana on July 3.', {
      publishedAt: '2024-06-05',
    });
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Council of Heads of State of the SCO');
    expect(x.meetings[0]?.status).toBe('planned');
  });
});

describe('sittings told over several sentences', () => {
  it('a body that "will hold its next meeting" somewhere is a planned sitting', () => {
    const x = run('The CIS Council of Defense Ministers will hold its next meeting in Moscow in spring.');
    expect(x.meetings[0]?.status).toBe('planned');
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Council of Ministers of Defense of the CIS');
  });
});
