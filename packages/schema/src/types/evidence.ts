import { builder } from '../builder.js';

export const Evidence = builder.drizzleObject('evidence', {
  name: 'Evidence',
  description:
    'A span of a source document that supports a record. `exact` is always `document.text.slice(start, end)` (UTF-16 offsets).',
  fields: (t) => ({
    document: t.relation('document'),
    start: t.exposeInt('start', { description: 'UTF-16 code-unit offset of the first character.' }),
    end: t.exposeInt('end', { description: 'UTF-16 code-unit offset just past the last character.' }),
    exact: t.exposeString('exact'),
  }),
});
