import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// unnamedSpokesperson and documentFromInstitution (src/events/statements/frames.ts), the seats
// Élysée and Downing Street (src/gazetteer/organizations.ts), "External Affairs Ministry"
// (src/entities/organizations.ts).

const speakers = (x: ReturnType<typeof run>) => x.statements.map((s) => x.nameOf(s.speaker));

describe('institutions that speak', () => {
  it('"a Downing Street spokesperson said": Downing Street speaks', () => {
    const x = run(
      'Prime Minister Lena Moss spoke with President Aron Velk, a Downing Street spokesperson said.',
    );
    expect(speakers(x)).toEqual(['Downing Street']);
  });
  it('a named spokesperson speaks in person, not the institution', () => {
    const x = run('The talks were useful, Kremlin spokesperson Ivan Sorokin said.');
    expect(speakers(x)).toEqual(['Ivan Sorokin']);
  });
  it('"according to a readout from the White House": the White House speaks, in a press release', () => {
    const x = run('The two leaders discussed trade, according to a readout from the White House.');
    expect(x.statements.map((s) => [x.nameOf(s.speaker), s.channel])).toEqual([
      ['White House', 'press_release'],
    ]);
  });
  it('"according to a statement from the presidency" after "X said" leaves X the speaker', () => {
    const x = run(
      '"We share one vision," President Aron Velk said, according to a statement from the Egyptian presidency.',
    );
    expect(speakers(x)).toEqual(['Aron Velk']);
  });
  it('"The Elysee said in a statement": the Élysée speaks; "at the Elysee Palace" is a venue', () => {
    expect(speakers(run('The Elysee said in a statement that the visit had been postponed.'))).toEqual([
      'Élysée',
    ]);
    const x = run('President Aron Velk met President Emmanuel Macron at the Elysee Palace on Monday.');
    expect(x.places.map((p) => p.name)).toContain('Élysée Palace');
    expect(x.organizations.map((o) => o.name)).not.toContain('Élysée');
  });
  it('"the Indian External Affairs Ministry said": India’s foreign ministry speaks', () => {
    const x = run('The ministers agreed to meet again, the Indian External Affairs Ministry said.');
    expect(speakers(x)).toEqual(['Ministry of External Affairs of India']);
  });
});
