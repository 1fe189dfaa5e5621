// Provenance fields every record shares: the documents behind its evidence, and how many
// distinct publishers corroborate it. Both are planned into the record's own query.
import { corroborationCount, type documents } from '@dossier/model';

type DocumentRow = typeof documents.$inferSelect;

export const sourcesSelection = {
  with: { evidence: { columns: { documentId: true }, with: { document: true } } },
} as const;

export function distinctSources(evidence: ReadonlyArray<{ document: DocumentRow }>): DocumentRow[] {
  const byId = new Map<number, DocumentRow>();
  for (const e of evidence) byId.set(e.document.id, e.document);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

export const corroborationSelection = (target: 'actorId' | 'meetingId' | 'statementId') => ({
  extras: { corroboration: (t: { id: unknown }) => corroborationCount(target, t.id) },
});

export const corroborationDescription =
  'How many distinct publishers (documents, where no publisher is known) report it.';
