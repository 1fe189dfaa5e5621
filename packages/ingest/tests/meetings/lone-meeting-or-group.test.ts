import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('meetings', () => {
  it('does not make a meeting from a trigger word with nobody at it', () => {
    expect(run('Meeting deadlines is hard for any office.').meetings).toEqual([]);
  });
});
