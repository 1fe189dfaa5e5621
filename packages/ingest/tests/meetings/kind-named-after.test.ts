import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('"met ... for a summit": the noun after "for" names the kind', () => {
  it('makes a summit of leaders who met for one', () => {
    const x = run('Leaders of the Andean Community met in Quito on Friday for a summit on water rights.');
    expect(x.meetings.map((m) => m.meetingKind)).toContain('summit');
  });
  it('does not turn a meeting "for" a purpose into a summit', () => {
    const x = run('President Ana Rojas met President Luis Paredes in Quito for talks on water rights.');
    expect(x.meetings.map((m) => m.meetingKind)).not.toContain('summit');
  });
});

describe('a refusal to attend keeps the person away', () => {
  it('leaves out the leader whose refusal to attend the summit is told', () => {
    const x = run(
      'The Andean Community summit opened in Quito on Friday. Critics noted Prime Minister Luis Paredes’s refusal to attend the summit.',
    );
    const summit = x.meetings.find((m) => m.meetingKind === 'summit');
    expect((summit?.participants ?? []).map((r) => x.nameOf(r))).not.toContain('Luis Paredes');
  });
});
