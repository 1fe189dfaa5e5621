// Meeting topics told by two documents are unioned on the merged meeting, and re-ingesting
// changes nothing (names and topics are invented).
import type { ArticleMeta, Extraction } from '@dossier/ingest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestDocument, meetings, type Store } from '../src/index.js';
import { createTestStore } from '../src/testing.js';
import { extraction, meeting, person, span } from './helpers.js';

const A = 'Ministers Ivo Ravn and Pia Lund met in Bergen. They discussed grain exports.';
const B = 'Pia Lund and Ivo Ravn discussed grain exports and a rail link when they met in Bergen.';
const C = 'When Ivo Ravn and Pia Lund met in Bergen, a rail link was discussed.';

function told(text: string, topics: string[]): Extraction {
  return extraction({
    persons: [
      person({ ref: 'p1', key: 'person:ravn:i', name: 'Ivo Ravn', evidence: [span(text, 'Ivo Ravn')] }),
      person({ ref: 'p2', key: 'person:lund:p', name: 'Pia Lund', evidence: [span(text, 'Pia Lund')] }),
    ],
    meetings: [
      meeting({
        ref: 'm1',
        key: 'meeting:bilateral:::person:lund:p,person:ravn:i',
        participants: ['p1', 'p2'],
        topics,
        topicEvidence: topics.map((topic) => ({
          topic,
          span: span(text, topic),
          sentence: span(text, text),
          rule: 'discussed-object',
        })),
        evidence: [span(text, 'met in Bergen')],
      }),
    ],
  });
}

const extractor = (text: string, _meta: ArticleMeta): Extraction =>
  text === A
    ? told(A, ['grain exports'])
    : text === B
      ? told(B, ['grain exports', 'rail link'])
      : told(C, ['rail link']);

describe('meeting topics in the store', () => {
  let store: Store;
  beforeEach(async () => {
    store = await createTestStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('unions the topics of one meeting told three times, each topic once', async () => {
    await ingestDocument(store, { text: A, publishedAt: '2025-05-02' }, { extractor });
    await ingestDocument(store, { text: B, publishedAt: '2025-05-03' }, { extractor });
    await ingestDocument(store, { text: C, publishedAt: '2025-05-03' }, { extractor });
    await ingestDocument(store, { text: B, publishedAt: '2025-05-03' }, { extractor });
    const rows = await store.db.select({ topics: meetings.topics }).from(meetings);
    expect(rows).toHaveLength(1);
    expect([...(rows[0]?.topics ?? [])].sort()).toEqual(['grain exports', 'rail link']);
  });
});
