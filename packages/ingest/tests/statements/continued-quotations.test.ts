import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('statements', () => {
  it('continues the previous speaker for an unattributed quotation in the next paragraph', () => {
    const x = run(
      '"The first part is done," Minister Pia Lund said.\n"The second part starts in May and needs more funds."',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Pia Lund', 'Pia Lund']);
  });
});

describe('speakers that are not the previous one', () => {
  it('does not hand an anonymous source’s quote to the previous speaker', () => {
    const x = run(
      'Minister Ola Dahl said the talks went well.\n"It is a pattern we have seen before," a diplomat said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ola Dahl']);
  });
});
