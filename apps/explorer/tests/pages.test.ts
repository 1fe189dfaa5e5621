import { describe, expect, it } from 'vitest';
import { type Connection, loadPages, MAX_PAGE } from '../src/pages.ts';

/** A fake connection over 0..total-1 whose cursors are the index after the page. */
function fakeConnection(total: number, calls: Array<[number, string | null]>) {
  return async (first: number, after: string | null): Promise<Connection<number>> => {
    calls.push([first, after]);
    expect(first).toBeLessThanOrEqual(MAX_PAGE);
    const start = after === null ? 0 : Number(after);
    const end = Math.min(total, start + first);
    const edges = Array.from({ length: end - start }, (_, i) => ({ node: start + i }));
    return { totalCount: total, pageInfo: { hasNextPage: end < total, endCursor: String(end) }, edges };
  };
}

describe('loadPages', () => {
  it('asks for at most one full page at a time, following the cursors', async () => {
    const calls: Array<[number, string | null]> = [];
    const loaded = await loadPages(250, fakeConnection(1000, calls));
    expect(calls).toEqual([
      [100, null],
      [100, '100'],
      [50, '200'],
    ]);
    expect(loaded.nodes).toHaveLength(250);
    expect(loaded.nodes.at(-1)).toBe(249);
    expect(loaded).toMatchObject({ hasNextPage: true, totalCount: 1000 });
  });

  it('stops at the end of the connection', async () => {
    const calls: Array<[number, string | null]> = [];
    const loaded = await loadPages(150, fakeConnection(120, calls));
    expect(loaded.nodes).toHaveLength(120);
    expect(loaded.hasNextPage).toBe(false);
    expect(calls).toHaveLength(2);
  });
});
