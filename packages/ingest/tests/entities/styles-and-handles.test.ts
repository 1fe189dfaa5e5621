import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// Styles of address, social-media handles and ministry acronyms as news from the Gulf, South and
// Southeast Asia and the Pacific writes them (issue 9). Each rule on a sentence written for it and
// a near-miss it must leave alone.

const persons = (x: ReturnType<typeof run>) => x.persons.map((p) => [p.name, p.roles.map((r) => r.title)]);
const names = (x: ReturnType<typeof run>): string[] => x.persons.map((p) => p.name);
const orgs = (x: ReturnType<typeof run>): string[] => x.organizations.map((o) => o.name);

describe('royalStyleBeforeFullName and a style between title and name (src/entities/persons.ts)', () => {
  it('"Foreign Minister Prince Omar bin Khalid": the style is neither name nor title', () => {
    const x = run('Foreign Minister Prince Omar bin Khalid met President Aron Velk in Lima.');
    expect(persons(x)).toContainEqual(['Omar bin Khalid', ['Foreign Minister']]);
  });
  it('reads "Princess Lina bint Faisal" with its particle', () => {
    const x = run('The minister met Princess Lina bint Faisal in Lima. Lina bint Faisal said it went well.');
    expect(names(x)).toContain('Lina bint Faisal');
  });
  it('near-miss: "Prince William" keeps the style, and "Crown Prince" stays a title', () => {
    const x = run('Prince William visited Lima. Crown Prince Omar bin Khalid met President Aron Velk.');
    expect(names(x)).toContain('Prince William');
    expect(persons(x)).toContainEqual(['Omar bin Khalid', ['Crown Prince']]);
  });
});

describe('"Dame", "Daw" and "State Counsellor" (src/text/honorifics.ts, src/entities/titles.ts)', () => {
  it('drops the style and keeps the title', () => {
    const x = run('Secretary-General Dame Ana Roe met State Counsellor Daw Mya Thein in Lima on Monday.');
    expect(persons(x)).toContainEqual(['Ana Roe', ['Secretary-General']]);
    expect(persons(x)).toContainEqual(['Mya Thein', ['State Counsellor']]);
  });
  it('near-miss: a name that only starts like a style is kept whole ("Dawson Reid")', () => {
    const x = run(
      'President Dawson Reid met Prime Minister Lena Moss in Lima on Monday to discuss trade and energy.',
    );
    expect(names(x)).toContain('Dawson Reid');
  });
});

describe('isHandleOrHashtag (src/entities/persons.ts)', () => {
  it('"FM @OmarKhalid met Russian FM @mfa_russia": handles are no persons', () => {
    const x = run(
      'Spokesperson Ana Roe tweeted that FM @OmarKhalid met President Aron Velk at #Summit2024 in Lima.',
    );
    expect(names(x)).not.toContain('OmarKhalid');
    expect(names(x)).toEqual(expect.arrayContaining(['Ana Roe', 'Aron Velk']));
  });
});

describe('ministry acronyms and official names (src/entities/organizations.ts)', () => {
  it('"Pakistan MoFA", "India\'s MEA" are the foreign ministries; India\'s is of External Affairs', () => {
    const x = run("The Pakistan MoFA said talks were held. India's MEA said the same.");
    expect(orgs(x)).toEqual(
      expect.arrayContaining([
        'Ministry of Foreign Affairs of Pakistan',
        'Ministry of External Affairs of India',
      ]),
    );
  });
  it('near-miss: an acronym with no country before it names no ministry', () => {
    const x = run('The MoFA building in Lima was closed on Monday.');
    expect(orgs(x).some((o) => o.startsWith('Ministry'))).toBe(false);
  });
});

describe('sheikhBeforeArabicName (src/entities/persons.ts)', () => {
  it('"Emir Sheikh Omar bin Khalid Al Sabri": the Gulf style before a name of lineage is dropped, the title kept', () => {
    const x = run(
      'Emir Sheikh Omar bin Khalid Al Sabri met President Aron Velk in Lima on Monday to discuss trade.',
    );
    expect(persons(x)).toContainEqual(['Omar bin Khalid Al Sabri', ['Emir']]);
  });
  it('near-miss: "Sheikh Rahima" (no lineage after it) keeps the word', () => {
    const x = run('Prime Minister Sheikh Rahima met President Aron Velk in Lima on Monday to discuss trade.');
    expect(names(x)).toContain('Sheikh Rahima');
  });
});
