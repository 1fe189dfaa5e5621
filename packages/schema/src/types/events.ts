// Live updates: a subscription (served over SSE by the API) that tells a client when a document
// was ingested, by any writer: the store delivers PostgreSQL notifications, not process events.
import { EventEmitter, on } from 'node:events';
import type { IngestEvent } from '@dossier/model';
import { builder } from '../builder.js';
import { Document } from './document.js';

type TouchedRecord = IngestEvent['records'][number];

const Touched = builder.objectRef<TouchedRecord>('TouchedRecord').implement({
  description: 'A record an ingested document created or added evidence to.',
  fields: (t) => ({
    created: t.exposeBoolean('created', {
      description: 'True when the document created it; false when it gained evidence.',
    }),
    node: t.node({
      description: 'The record.',
      id: (r) => ({ type: r.type, id: String(r.id) }),
    }),
  }),
});

const DocumentIngested = builder.objectRef<IngestEvent>('DocumentIngested').implement({
  description: 'A document was stored, by any writer.',
  fields: (t) => ({
    document: t.drizzleField({
      type: Document,
      description: 'The stored document.',
      resolve: (query, event, _args, ctx) =>
        ctx.store.db.query.documents.findFirst(query({ where: { id: event.documentId } })).then((row) => {
          if (!row) throw new Error(`document ${event.documentId} was announced but is not stored`);
          return row;
        }),
    }),
    records: t.field({
      type: [Touched],
      description: 'The records it created or added evidence to (empty when `truncated`).',
      resolve: (event) => event.records,
    }),
    truncated: t.boolean({
      description: 'True when the document touched too many records to list them in one event.',
      resolve: (event) => event.truncated === true,
    }),
  }),
});

builder.subscriptionFields((t) => ({
  documentIngested: t.field({
    type: DocumentIngested,
    description: 'Fires after each document is stored, with the records it created or added evidence to.',
    subscribe: (_root, _args, ctx) => ingestEvents(ctx.store),
    resolve: (event) => event,
  }),
}));

async function* ingestEvents(store: {
  onIngest: (h: (e: IngestEvent) => void) => Promise<() => Promise<void>>;
}) {
  const emitter = new EventEmitter();
  const done = new AbortController();
  const stop = await store.onIngest((event) => emitter.emit('event', event));
  try {
    for await (const [event] of on(emitter, 'event', { signal: done.signal })) yield event as IngestEvent;
  } finally {
    done.abort();
    await stop();
  }
}
