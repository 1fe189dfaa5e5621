import { createDossierClient } from '@dossier/client';

/** The API serving this page (`/graphql` on the same origin), or `?endpoint=` for another one. */
export function endpointFromLocation(location: Location): string {
  const given = new URLSearchParams(location.search).get('endpoint');
  return new URL(given ?? '/graphql', location.origin).href;
}

/**
 * The API may answer a list or a record an ingest changed from its cache for a few seconds
 * (stale while it reads it again); such an answer names that ingest's document in `x-dossier-stale`. The
 * explorer shows new articles: once live updates announced an ingest, every request names its
 * document in `x-dossier-after-ingest`, and an answer that still says it is stale is asked for
 * again, naming the ingest it lacks (see the API README).
 */
const AFTER_INGEST_HEADER = 'x-dossier-after-ingest';
const STALE_HEADER = 'x-dossier-stale';
let lastIngested: string | null = null;

/** The newest document live updates announced: answers from now on must show it. */
export function noteIngested(documentId: string): void {
  lastIngested = documentId;
}

function afterIngest(init: RequestInit | undefined, documentId: string | null): RequestInit | undefined {
  if (documentId === null) return init;
  const headers = new Headers(init?.headers);
  headers.set(AFTER_INGEST_HEADER, documentId);
  return { ...init, headers };
}

const fetchAfterIngest: typeof fetch = async (input, init) => {
  const response = await fetch(input, afterIngest(init, lastIngested));
  const lacking = response.headers.get(STALE_HEADER);
  if (!lacking) return response;
  await response.body?.cancel();
  return fetch(input, afterIngest(init, lacking));
};

export const dossier = createDossierClient({
  endpoint: endpointFromLocation(window.location),
  fetch: fetchAfterIngest,
});
