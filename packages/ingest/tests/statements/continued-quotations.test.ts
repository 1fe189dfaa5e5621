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

describe('a quotation whose sentence has its own unnamed subject that said it', () => {
  it('does not hand the quotation to the previous speaker', () => {
    const x = run(
      'Minister Ola Dahl said the talks went well.\nA trade office note sent on Friday said the deal had "closed a long and costly chapter for both".',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ola Dahl']);
  });
  it('still continues the previous speaker when the sentence has no verb of saying', () => {
    const x = run(
      'Minister Ola Dahl said the talks went well.\nThe deal had "closed a long and costly chapter for both sides".',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ola Dahl', 'Ola Dahl']);
  });
});
