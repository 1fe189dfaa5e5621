import { createDossierClient } from '@dossier/client';

/** The API serving this page (`/graphql` on the same origin), or `?endpoint=` for another one. */
export function endpointFromLocation(location: Location): string {
  const given = new URLSearchParams(location.search).get('endpoint');
  return new URL(given ?? '/graphql', location.origin).href;
}

export const dossier = createDossierClient({ endpoint: endpointFromLocation(window.location) });
