// Storing a document costs a number of SQL statements that does not grow with its meetings and
// statements: candidates are read once per kind, new rows are written in multi-row inserts.
import type { Extraction } from '@dossier/ingest';
import type { Logger } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestDocument, type Store } from '../src/index.js';
import { createTestStore } from '../src/testing.js';
import { extraction, meeting, person, span, statement } from './helpers.js';

/** An invented report of `count` talks between two ministers, each with one remark. */
function report(tag: string, count: number, firstDay: number): { text: string; extraction: Extraction } {
  const lines = Array.from(
    { length: count },
    (_, i) =>
      `Talks ${tag}${i}: Mira Holt met Tomas Brandt. Holt said: "q${tag}x${i}a q${tag}x${i}b q${tag}x${i}c."`,
  );
  const text = lines.join('\n');
  let from = 0;
  const records = lines.map((line, i) => {
    const at = text.indexOf(line, from);
    from = at + line.length;
    const talks = span(text, `Talks ${tag}${i}`, at);
    const quote = span(text, `q${tag}x${i}a q${tag}x${i}b q${tag}x${i}c`, at);
    return {
      meeting: meeting({
        ref: `m${i}`,
        key: `meeting:${tag}:${i}`,
        participants: ['p1', 'p2'],
        // one a day, so that no two talks of two reports are the same meeting
        date: new Date(Date.UTC(2025, 0, firstDay + i)).toISOString().slice(0, 10),
        evidence: [talks],
      }),
      statement: statement({
        ref: `s${i}`,
        key: `statement:${tag}:${i}`,
        speaker: 'p1',
        about: `m${i}`,
        quote: quote.exact,
        content: quote.exact,
        evidence: [quote],
      }),
    };
  });
  return {
    text,
    extraction: extraction({
      persons: [
        person({ ref: 'p1', key: 'person:holt:m', name: 'Mira Holt', evidence: [span(text, 'Mira Holt')] }),
        person({
          ref: 'p2',
          key: 'person:brandt:t',
          name: 'Tomas Brandt',
          evidence: [span(text, 'Tomas Brandt')],
        }),
      ],
      meetings: records.map((r) => r.meeting),
      statements: records.map((r) => r.statement),
    }),
  };
}

describe('SQL statements per document', () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('do not grow with the meetings and statements a document tells', async () => {
    let counted = 0;
    const logger: Logger = { logQuery: () => void counted++ };
    store = await createTestStore({ logger });
    const ingest = async (tag: string, count: number, firstDay: number) => {
      const { text, extraction } = report(tag, count, firstDay);
      const publishedAt = new Date(Date.UTC(2025, 0, firstDay)).toISOString().slice(0, 10);
      counted = 0;
      const result = await ingestDocument(store!, { text, publishedAt }, { extractor: () => extraction });
      expect(result.summary.created.meetings).toBe(count);
      expect(result.summary.created.statements).toBe(count);
      return counted;
    };
    // the persons are stored first: later reports name them again and find candidates
    await ingest('z', 1, 1);
    const small = await ingest('a', 3, 3);
    const large = await ingest('b', 60, 10);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(16);
  });
});
