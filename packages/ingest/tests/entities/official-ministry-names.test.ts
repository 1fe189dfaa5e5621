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
