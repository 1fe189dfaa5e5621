// The page's place lives in the URL hash, so that back/forward and links work:
// #/meetings, #/statements/<record id>, #/search?q=words.
export const TABS = ['meetings', 'statements', 'alliances', 'network', 'map', 'timeline', 'search'] as const;
export type Tab = (typeof TABS)[number];

export interface Route {
  tab: Tab;
  /** The record open beside the list. */
  recordId: string | null;
  query: string;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [tabPart, idPart] = path.split('/');
  const tab = (TABS as readonly string[]).includes(tabPart ?? '') ? (tabPart as Tab) : 'meetings';
  return {
    tab,
    recordId: idPart ? decodeURIComponent(idPart) : null,
    query: new URLSearchParams(search).get('q') ?? '',
  };
}

export function routeHash(route: Partial<Route> & { tab: Tab }): string {
  let hash = `#/${route.tab}`;
  if (route.recordId) hash += `/${encodeURIComponent(route.recordId)}`;
  if (route.query) hash += `?${new URLSearchParams({ q: route.query })}`;
  return hash;
}
