import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/timeline.ts';

const session = { id: 'S', kind: 'SESSION', date: '2031-03-01', within: null };
const bilateral = {
  id: 'B',
  kind: 'BILATERAL',
  date: '2031-03-02',
  within: { id: 'S', kind: 'SESSION', date: '2031-03-01' },
};
const call = { id: 'C', kind: 'CALL', date: '2031-02-10', within: null };
const undated = { id: 'U', kind: 'BILATERAL', date: null, within: null };

type Shape = { id: string; listed?: boolean; children: Shape[] };
const shape = (entries: ReturnType<typeof buildTimeline>): Shape[] =>
  entries.map((entry) => ({
    id: entry.id,
    ...(entry.type === 'meeting' ? { listed: entry.listed } : {}),
    children: shape(entry.children),
  }));

describe('buildTimeline', () => {
  it('puts a bilateral under the session it was held within, and orders by date, undated last', () => {
    const entries = buildTimeline([undated, bilateral, session, call], []);
    expect(shape(entries)).toEqual([
      { id: 'C', listed: true, children: [] },
      { id: 'S', listed: true, children: [{ id: 'B', listed: true, children: [] }] },
      { id: 'U', listed: true, children: [] },
    ]);
  });

  it('heads a bilateral with a stub of its session when the session is not listed', () => {
    const entries = buildTimeline([bilateral], []);
    expect(shape(entries)).toEqual([
      { id: 'S', listed: false, children: [{ id: 'B', listed: true, children: [] }] },
    ]);
    expect(entries[0]?.date).toBe('2031-03-01');
  });

  it('puts a statement under the listed meeting it is about, and the others in date order', () => {
    const statements = [
      { id: 'T1', reportedOn: '2031-03-02', about: { id: 'B' } },
      { id: 'T2', reportedOn: '2031-02-20', about: { id: 'elsewhere' } },
    ];
    const entries = buildTimeline([session, bilateral], statements);
    expect(shape(entries)).toEqual([
      { id: 'T2', children: [] },
      {
        id: 'S',
        listed: true,
        children: [{ id: 'B', listed: true, children: [{ id: 'T1', children: [] }] }],
      },
    ]);
  });
});
