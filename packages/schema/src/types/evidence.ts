import { builder } from '../builder.js';

/** Characters of context on each side, as in a W3C Web Annotation TextQuoteSelector. */
const CONTEXT = 32;
const withText = { with: { document: { columns: { text: true } } } } as const;

export const Evidence = builder.drizzleObject('evidence', {
  name: 'Evidence',
  description:
    'A span of a source document that supports a record. `exact` is always `document.text.slice(start, end)` (UTF-16 offsets).',
  fields: (t) => ({
    document: t.relation('document', { description: 'The document the span is in.' }),
    start: t.exposeInt('start', { description: 'UTF-16 code-unit offset of the first character.' }),
    end: t.exposeInt('end', { description: 'UTF-16 code-unit offset just past the last character.' }),
    exact: t.exposeString('exact', { description: 'The text of the span (TextQuoteSelector.exact).' }),
    prefix: t.string({
      description: `Up to ${CONTEXT} characters before the span (TextQuoteSelector.prefix).`,
      select: withText,
      resolve: (e) => e.document.text.slice(Math.max(0, e.start - CONTEXT), e.start),
    }),
    suffix: t.string({
      description: `Up to ${CONTEXT} characters after the span (TextQuoteSelector.suffix).`,
      select: withText,
      resolve: (e) => e.document.text.slice(e.end, e.end + CONTEXT),
    }),
  }),
});
