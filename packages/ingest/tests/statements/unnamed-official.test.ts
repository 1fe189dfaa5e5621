import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// unnamedSpokesperson (src/events/statements/frames.ts): an official the text does not name.

describe('"a Japanese government official said"', () => {
  it('the government speaks, not the leader the sentence names', () => {
    const x = run(
      'Prime Minister Kenji Arata and President Mi-rae Han agreed to resume fishery talks, a senior Japanese government official said.',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Government of Japan']);
  });
  it('"an official of the port said" gives no government', () => {
    const x = run('Prime Minister Kenji Arata toured the docks, an official of the port said.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Government of Japan');
  });
});

// officeOfSubject (src/events/statements/frames.ts): "his office said".
describe('"her office said"', () => {
  it('the office of the titled person the sentence opens with speaks, in a media release', () => {
    const x = run(
      'Norwegian Prime Minister Anna Berg held a call with President Aron Velk on Monday, her office said in a media release.',
    );
    const s = x.statements.find((st) => x.nameOf(st.speaker) === 'Office of the Prime Minister of Norway');
    expect(s?.channel).toBe('press_release');
  });
  it('a person with no office of state gives none', () => {
    const x = run('Businessman Tom Reed bought the harbour, his office said.');
    expect(x.organizations.map((o) => o.name).join()).not.toMatch(/Office of/);
  });
});

describe('"the official" after an unnamed "a senior official"', () => {
  it('gives no one the words of "the US official" when the text introduced him unnamed', () => {
    const x = run(
      'Secretary of State Antony Blake had cancelled a planned trip to Beijing in February.\n\nA senior US official said on Thursday that both sides recognised the need to move on.\n\nAsked about the incident, the US official replied: “We are seeking now to get beyond that.”',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).not.toContain('Antony Blake');
  });
  it('still resolves "the official" to the named official when no one unnamed came before', () => {
    const x = run(
      'Deputy Foreign Minister Ivan Petrov met the ambassador on Monday.\n\nAsked about the visit, the official replied: “We are seeking now to get beyond that.”',
    );
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toEqual(['Ivan Petrov']);
  });
});
