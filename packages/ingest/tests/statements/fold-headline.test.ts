import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('attributes of statements', () => {
  it('a headline reporting the words joins the body statement', () => {
    const x = run(
      'President Ada Berg announces new talks with Olof Sand\nPresident Ada Berg said on Monday that new talks were agreed.',
    );
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]?.evidence).toHaveLength(2);
  });
});

describe('a visit announced by a spokesman', () => {
  const text =
    'Lavrov to visit Pyongyang next week, Kremlin says\n\nMOSCOW, Nov 14 (AP) — Russian Foreign Minister Sergei Lavrov will travel to North Korea next week for talks with his North Korean counterpart Choe Son Hui, Kremlin spokesman Dmitry Peskov told journalists on Thursday.';
  it('folds "..., Kremlin says" in the headline into the spokesman’s statement', () => {
    const x = run(text, { publishedAt: '2024-11-14' });
    expect(x.statements).toHaveLength(1);
    expect(x.nameOf(x.statements[0]?.speaker ?? null)).toBe('Dmitry Peskov');
    expect(x.statements[0]?.evidence).toHaveLength(2);
  });
});

describe('a headline that ends with a full stop is a sentence of its own', () => {
  it('is not folded into the body statement', () => {
    const x = run(
      'President Ada Berg said new talks were agreed.\nPresident Ada Berg said on Monday that new talks with Olof Sand were planned.',
    );
    expect(x.statements).toHaveLength(2);
  });
});
