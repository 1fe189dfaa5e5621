import { describe, expect, it } from 'vitest';
import { spells } from '../../src/entities/defined-acronyms.js';
import { run } from '../helpers.js';

describe('an organization that defines its acronym in parentheses', () => {
  it('takes the words that spell the acronym, with later uses of it', () => {
    const x = run(
      'The statement was carried by the Malawi Broadcasting Corporation (MBC). MBC said the talks went well.',
    );
    const org = x.organizations.find((o) => o.name === 'Malawi Broadcasting Corporation');
    expect(org?.acronym).toBe('MBC');
    expect(org?.evidence.map((e) => e.exact)).toContain('MBC');
  });
  it('reads a party by its word and a hyphenated name', () => {
    const x = run('Leaders of the Baltic Farmers League-Centre (BFL-C) met the minister.');
    const org = x.organizations.find((o) => o.acronym === 'BFL-C');
    expect(org?.name).toBe('Baltic Farmers League-Centre');
    expect(org?.orgKind).toBe('party');
  });
  it('does not take a country or words that spell something else', () => {
    const x = run(
      'Ministers of the United Arab Emirates (UAE) spoke at the Green Valley Forum Hall (GVX) today.',
    );
    expect(x.organizations.map((o) => o.acronym)).not.toContain('UAE');
    expect(x.organizations.map((o) => o.acronym)).not.toContain('GVX');
  });
  it('spells by first letters of words and of hyphenated parts, skipping small words', () => {
    expect(spells('ECOWAS', ['Economic', 'Community', 'of', 'West', 'African', 'States'])).toBe(true);
    expect(spells('IPU', ['Inter-Parliamentary', 'Union'])).toBe(true);
    expect(spells('MGIMO', ['State', 'Institute'])).toBe(false);
  });
});
