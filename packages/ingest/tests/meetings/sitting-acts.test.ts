import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// openingSpeechAtSitting (src/events/meetings/attendance.ts) and curatedSpelledNearly
// (src/entities/defined-acronyms.ts): who opens, addresses or hands over a sitting told before is
// at it; a union's name misspelled before its acronym is still that union.

const lead =
  'The 41st Ordinary Summit of the Southern African Development Community opened in Lusaka on Friday.';
const partsOf = (text: string): Array<string | null> => {
  const x = run(text);
  return x.meetings.flatMap((m) => m.participants.map((r) => x.nameOf(r)));
};

describe('acts only someone at the sitting does', () => {
  it('"Delivering opening remarks, X said", "Y also addressed the delegates", "Z handed over the chairmanship"', () => {
    const parts = partsOf(
      `${lead} Delivering opening remarks, Executive Secretary Ana Ruiz said the region must trade more. Kenyan President Ivo Kask also addressed the delegates. Angolan President Lars Berg handed over the chairmanship to the host.`,
    );
    expect(parts).toEqual(expect.arrayContaining(['Ana Ruiz', 'Ivo Kask', 'Lars Berg']));
  });
  it('near-miss: remarks elsewhere, or an address to a nation, make no one a participant', () => {
    const parts = partsOf(
      `${lead} Last month, Kenyan President Ivo Kask addressed the nation on television about the drought.`,
    );
    expect(parts).not.toContain('Ivo Kask');
  });
});

describe('a union misspelled before its acronym', () => {
  it('"Southern Africa Development Community (SADC)" is the Southern African Development Community', () => {
    const x = run('Southern Africa Development Community (SADC) leaders met in Harare on Saturday.');
    expect(x.organizations.map((o) => o.name)).toEqual(['Southern African Development Community']);
  });
  it('near-miss: another name defining the same acronym stays its own organization', () => {
    const x = run('The Student Alliance for Democratic Change (SADC) met in Harare on Saturday.');
    expect(x.organizations.map((o) => o.name)).toContain('Student Alliance for Democratic Change');
  });
});
