import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// upperCaseLabelSpeaker and briefingChannel (src/events/statements/labels.ts)

describe('labelled turns of a briefing', () => {
  it('"CHIEF CABINET SECRETARY BERG:" names the speaker; a press conference page gives the channel', () => {
    const x = run(
      'Press Conference by the Chief Cabinet Secretary\n\nREPORTER: What significance does the Government see in the talk?\n\nCHIEF CABINET SECRETARY BERG: This morning the two advisers held a telephone talk. It was useful for both sides.\n',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Berg']);
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([['Berg', 'press_conference']]);
  });
  it('"Name, Official Spokesperson:" on a media briefing page is said at a press conference', () => {
    const x = run(
      'Transcript of Weekly Media Briefing by the Official Spokesperson on 28 June 2024\nAna Berg, Official Spokesperson: Good afternoon friends. Today I will begin with a statement on the report on trade.\n',
    );
    expect(x.statements.map((s) => s.channel)).toEqual(['press_conference']);
  });
  it('near-miss: "REPORTER:" and a label on a page that is no briefing', () => {
    const x = run(
      'Talks in Oslo\n\nREPORTER: What did the two advisers discuss this morning?\n\nAna Berg, Official Spokesperson: The two advisers held a telephone talk this morning.\n',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['Ana Berg']);
    expect(x.statements.map((s) => s.channel)).toEqual([null]);
  });
});
