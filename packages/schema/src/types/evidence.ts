import { type DocumentRow, EVIDENCE_CONTEXT, evidencePrefix, evidenceSuffix } from '@dossier/model';
import { builder } from '../builder.js';
import { Document } from './document.js';

export const Evidence = builder.drizzleObject('evidence', {
  name: 'Evidence',
  description:
    'A span of a source document that supports a record. `exact` is always `document.text.slice(start, end)` (UTF-16 offsets).',
  // Only what an evidence list shows: the span and its document's id (the owner's ids and the
  // row's own id stay in the database). These fields resolve from the row as loaded.
  select: { columns: { documentId: true, start: true, end: true, exact: true } },
  fields: (t) => ({
    // Not a join: the row carries the document's id, which is all an evidence list shows. A
    // client asking for more of the document gets it from one batched query, as `sources` does.
    document: t.field({
      type: Document,
      description: 'The document the span is in.',
      resolve: (e) => ({ id: e.documentId }) as DocumentRow,
    }),
    start: t.int({
      description: 'UTF-16 code-unit offset of the first character.',
      resolve: (e) => e.start,
    }),
    end: t.int({
      description: 'UTF-16 code-unit offset just past the last character.',
      resolve: (e) => e.end,
    }),
    exact: t.string({
      description: 'The text of the span (TextQuoteSelector.exact).',
      resolve: (e) => e.exact,
    }),
    // Cut inside the database: the document's text never leaves it for an evidence list.
    prefix: t.string({
      description: `Up to ${EVIDENCE_CONTEXT} UTF-16 code units before the span (TextQuoteSelector.prefix).`,
      select: { extras: { prefix: evidencePrefix } },
      resolve: (e) => e.prefix,
    }),
    suffix: t.string({
      description: `Up to ${EVIDENCE_CONTEXT} UTF-16 code units after the span (TextQuoteSelector.suffix).`,
      select: { extras: { suffix: evidenceSuffix } },
      resolve: (e) => e.suffix,
    }),
  }),
});
