import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const body =
  '(As delivered)\n\nGood morning. The links to Estonia are ready and the cables under the sea are laid for the winter.\n\nThank you.';

describe('a transcript page: each paragraph of its body is a statement of the person its header names', () => {
  it('gives the paragraph to the speaker of "Remarks by ...", at a press conference', () => {
    const x = run(
      `Remarks\n\nby Finnish Foreign Minister Aino Virta at the energy forum in Turku\n\n${body}`,
    );
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel, s.evidence.length])).toEqual([
      ['Aino Virta', 'press_conference', 2],
    ]);
    expect(x.statements[0]?.quote).toMatch(/^Good morning\. The links/);
  });
  it('makes no statement when the header names no person', () => {
    expect(run(`Remarks\n\nby the organisers of the energy forum in Turku\n\n${body}`).statements).toEqual(
      [],
    );
  });
});
