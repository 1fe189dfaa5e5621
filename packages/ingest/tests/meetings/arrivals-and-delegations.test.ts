import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// speakerAtTheMeeting (src/events/meetings/anaphora.ts): who arrives for a sitting told before, or
// leads a delegation to it, took part in it. amirAsTitle (src/entities/persons.ts): "the Amir".

const lead = 'Southern African leaders opened their summit in Lusaka on Friday.';
const partsOf = (text: string): Array<string | null> => {
  const x = run(text);
  const s = x.meetings.find((m) => m.meetingKind === 'summit');
  return (s?.participants ?? []).map((r) => x.nameOf(r));
};

describe('arrivals and delegations at a sitting told before', () => {
  it('"Earlier, Angolan President Ana Ruiz arrived for the summit": she attends it', () => {
    expect(partsOf(`${lead} Earlier, Angolan President Ana Ruiz arrived for the summit.`)).toContain(
      'Ana Ruiz',
    );
  });
  it('"His Highness the Amir Sheikh X led Kuwait\'s delegation to the summit": he attends it, titled Amir', () => {
    const text = `${lead} His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Sabah led Kuwait's delegation to the summit.`;
    expect(partsOf(text)).toContain('Nawaf Al-Ahmad Al-Sabah');
    const p = run(text).persons.find((q) => q.name === 'Nawaf Al-Ahmad Al-Sabah');
    expect(p?.roles.map((r) => r.title)).toEqual(['Amir']);
  });
  it('near-miss: arriving for something else, or "Amir" as a given name', () => {
    expect(partsOf(`${lead} Ana Ruiz arrived for a state visit to Namibia on Sunday.`)).not.toContain(
      'Ana Ruiz',
    );
    const x = run('Afghan Foreign Minister Amir Khan Muttaqi met Ana Ruiz in Kabul on Monday.');
    expect(x.persons.map((p) => p.name)).toContain('Amir Khan Muttaqi');
  });
});
