import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('onlyBodyInSentence: a summit in a sentence that names one body only is that body’s', () => {
  it('makes Mercosur the forum of "a summit ... to discuss Mercosur tariffs"', () => {
    const x = run('Presidents met at a summit in Asuncion on Monday to discuss Mercosur tariffs.');
    expect(x.nameOf(x.meetings[0]?.forum ?? null)).toBe('Mercosur');
  });
  it('gives no forum when the sentence names two bodies', () => {
    const x = run('Presidents met at a summit in Asuncion on Monday to discuss Mercosur and ASEAN tariffs.');
    expect(x.meetings.map((m) => m.forum)).toEqual([null]);
  });
});
