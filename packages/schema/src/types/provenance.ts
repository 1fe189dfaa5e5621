// Provenance fields every record shares: the documents behind its evidence, and how many
// distinct publishers corroborate it. Both are planned into the record's own query.
import { corroborationCount, type documents, unattributedSourceCount } from '@dossier/model';

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
  'How many distinct known publishers report it. Sources that name no publisher are not counted here: see `unattributedSources`.';

export const unattributedSelection = (target: 'actorId' | 'meetingId' | 'statementId') => ({
  extras: { unattributedSources: (t: { id: unknown }) => unattributedSourceCount(target, t.id) },
});

export const unattributedDescription =
  'How many of its source documents name no publisher (they may or may not be independent).';
