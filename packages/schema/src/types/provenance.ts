// Provenance fields every record shares: the documents behind its evidence, and how many
// distinct publishers corroborate it. Both are planned into the record's own query.
import { corroborationCount, sourceDocumentIds, unattributedSourceCount } from '@dossier/model';

type EvidenceOwner = 'actorId' | 'meetingId' | 'statementId';

/**
 * The ids of the distinct source documents, at most `limit`, computed in the record's query.
 * Only ids are loaded here: a document's fields (its text above all) are loaded by the
 * Document type, and only when asked for.
 */
export const sourcesSelection = (owner: EvidenceOwner, limit: number) => ({
  extras: { sourceIds: (t: { id: unknown }) => sourceDocumentIds(owner, t.id, limit) },
});

/** Rows the Document type completes with one batched query for the fields a client asks. */
export function sourceDocuments(ids: readonly number[] | null | undefined): Array<{ id: number }> {
  return (ids ?? []).map((id) => ({ id: Number(id) }));
}

export const corroborationSelection = (target: EvidenceOwner) => ({
  extras: { corroboration: (t: { id: unknown }) => corroborationCount(target, t.id) },
});

export const corroborationDescription =
  'How many distinct known publishers report it. Sources that name no publisher are not counted here: see `unattributedSources`.';

export const unattributedSelection = (target: EvidenceOwner) => ({
  extras: { unattributedSources: (t: { id: unknown }) => unattributedSourceCount(target, t.id) },
});

export const unattributedDescription =
  'How many of its source documents name no publisher (they may or may not be independent).';
