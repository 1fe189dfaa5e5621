import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a defence ministry under its official name', () => {
  it('names the ministry "of National Defense" where the country does', () => {
    const x = run(
      'Chinese Defence Minister Wei Lan met his Italian counterpart, the Chinese defence ministry said.',
    );
    expect(x.organizations.map((o) => o.name)).toContain('Ministry of National Defense of China');
  });
  it('keeps "Ministry of Defense" elsewhere', () => {
    const x = run('The Italian defence ministry said the talks went well.');
    expect(x.organizations.map((o) => o.name)).toContain('Ministry of Defense of Italy');
  });
});

describe('portfolioOfMinister (src/entities/roles.ts): any portfolio names its ministry', () => {
  const orgsOf = (text: string): string[] => run(text).organizations.map((o) => o.name);
  it('"Minister of Energy", "Minister of the National Guard", "Trade Minister", "Minister for Tourism"', () => {
    expect(orgsOf("Oman's Minister of Energy Said Harthi met Ana Ruiz in Muscat.")).toContain(
      'Ministry of Energy of Oman',
    );
    expect(orgsOf('Saudi Minister of the National Guard Prince Fahd bin Saud met Ana Ruiz.')).toContain(
      'Ministry of the National Guard of Saudi Arabia',
    );
    expect(orgsOf('Kenyan Trade Minister Moses Kiptoo met Ana Ruiz in Lima.')).toContain(
      'Ministry of Trade of Kenya',
    );
    expect(orgsOf("Fiji's Minister for Tourism Ana Ruiz met Ivo Kask in Suva.")).toContain(
      'Ministry of Tourism of Fiji',
    );
  });
  it('near-miss: ranks are no portfolio, and "Foreign Affairs Minister" is of foreign affairs', () => {
    expect(orgsOf('Kenyan Prime Minister Moses Kiptoo met Deputy Minister Ana Ruiz in Lima.')).toEqual([]);
    expect(orgsOf("Australia's Foreign Affairs Minister Penny Wang met Ana Ruiz.")).toEqual([
      'Ministry of Foreign Affairs of Australia',
    ]);
  });
});
