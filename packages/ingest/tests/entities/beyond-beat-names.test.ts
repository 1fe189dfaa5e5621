import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// nationalPresidency and conjoinedBodyWord (src/entities/organizations.ts), ARABIC_ARTICLE_NAME
// (src/entities/persons.ts).

describe('a presidency that speaks', () => {
  it('"the Egyptian presidency said" names the Presidency of Egypt, which speaks', () => {
    const x = run(
      'President Omar Nabil met Emir Khalid Saad in Cairo on Monday, the Egyptian presidency said.',
    );
    expect(x.organizations.map((o) => [o.name, o.orgKind])).toContainEqual([
      'Presidency of Egypt',
      'government',
    ]);
    expect(x.statements.map((s) => x.nameOf(s.speaker))).toContain('Presidency of Egypt');
  });
  it('"Chile’s presidency of the Council" is a chairmanship, not an office', () => {
    const x = run('Chile’s presidency of the Pacific Islands Forum ends in June.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Presidency of Chile');
  });
  it('"during the Chilean presidency" is a term, not an office (TERM_BEFORE)', () => {
    const x = run('Two agreements were signed during the Chilean presidency, which ends in June.');
    expect(x.organizations.map((o) => o.name)).not.toContain('Presidency of Chile');
  });
});

describe('national news agencies credited in a dateline (MEDIA in src/gazetteer/organizations.ts)', () => {
  it('"(KUNA)" is the Kuwait News Agency, one record with its spelled-out name', () => {
    const x = run('KUWAIT, Dec 9 (KUNA) -- Gulf leaders met in Riyadh. The Kuwait News Agency said so.');
    expect(x.organizations.filter((o) => o.orgKind === 'media').map((o) => o.name)).toEqual([
      'Kuwait News Agency',
    ]);
  });
  it('near-miss: a lowercase "spa" or an acronym the list leaves out names no agency', () => {
    const x = run('The ministers met at a spa hotel in the MENA region on Monday.');
    expect(x.organizations.filter((o) => o.orgKind === 'media')).toEqual([]);
  });
});

describe('a body named with "and"', () => {
  it('"the African Union’s Peace and Security Council" is that council, not the UN’s', () => {
    const x = run('The African Union’s Peace and Security Council met in Addis Ababa on Monday.');
    expect(x.organizations.map((o) => o.name)).toContain('Peace and Security Council of the African Union');
    expect(x.organizations.map((o) => o.name)).not.toContain('Security Council');
  });
  it('two countries joined by "and" stay outside a body’s name', () => {
    const x = run('The Chile and Peru Council met in Lima.');
    expect(x.organizations.map((o) => o.name).join(' ')).not.toMatch(/Chile and Peru/);
  });
});

describe('names with the Arabic article', () => {
  it('"Abdel Fattah al-Sisi" is one name', () => {
    const x = run('President Abdel Fattah al-Sisi received Minister Ivo Sand in Cairo.');
    expect(x.persons.map((p) => p.name)).toContain('Abdel Fattah al-Sisi');
  });
  it('a lowercase word with a hyphen is no name', () => {
    const x = run('President Omar Nabil said the all-party talks would resume.');
    expect(x.persons.map((p) => p.name)).toEqual(['Omar Nabil']);
  });
});
