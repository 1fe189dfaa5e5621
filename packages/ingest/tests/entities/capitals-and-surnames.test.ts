import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// capitalsNamedByCountry and cityNameIsSurnameHere (src/entities/places.ts), the Pentagon as a
// seat of government (src/gazetteer/organizations.ts, seatUsedAsPlace).

describe('"the Thai capital": a capital named by its country', () => {
  it('is the capital city, and the place of the talks held there', () => {
    const x = run('Foreign ministers of ASEAN met in the Thai capital on Tuesday to discuss fishing rights.');
    expect(x.places.map((p) => p.name)).toContain('Bangkok');
    expect(x.nameOf(x.meetings[0]?.place ?? null)).toBe('Bangkok');
  });
  it('"Peru\'s capital" is Lima', () => {
    const x = run("Delegates gathered in Peru's capital for the trade talks.");
    expect(x.places.map((p) => p.name)).toContain('Lima');
  });
  it('capital as money is no place: "Chinese capital flows", "the Kenyan capital of the firm"', () => {
    const x = run(
      'Analysts tracked Chinese capital flows into ports, and the Kenyan capital of the firm was raised.',
    );
    expect(x.places.map((p) => p.name)).not.toContain('Beijing');
    expect(x.places.map((p) => p.name)).not.toContain('Nairobi');
  });
});

describe('a city name that is a surname here', () => {
  it('"Lloyd Austin ... Austin stressed": the person, not the city', () => {
    const x = run('Defense Secretary Lloyd Austin spoke on Monday. Austin stressed the need for calm.');
    expect(x.places.map((p) => p.name)).not.toContain('Austin');
  });
  it('"in Austin" stays the city, and "New York" names no person', () => {
    const x = run('Defense Secretary Lloyd Austin spoke in Austin on Monday, then flew to New York.');
    expect(x.places.map((p) => p.name)).toContain('Austin');
    const y = run('Diplomats met in New York on Monday. York officials were not there.');
    expect(y.places.map((p) => p.name)).toContain('New York City');
  });
});

describe('the Pentagon', () => {
  it('speaks for the US defense department: "the Pentagon said"', () => {
    const x = run('Secretary Ann Vale met the Tarsian envoy on Monday, the Pentagon said.');
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toContain('Pentagon');
    expect(x.places.map((p) => p.name)).not.toContain('Pentagon');
  });
  it('is a place when someone travels to it or meets at it', () => {
    const x = run('Minister Ivo Sand travelled to the Pentagon last week to meet Secretary Ann Vale.');
    expect(x.places.find((p) => p.name === 'Pentagon')?.placeKind).toBe('venue');
    expect(x.organizations.map((o) => o.name)).not.toContain('Pentagon');
  });
});
