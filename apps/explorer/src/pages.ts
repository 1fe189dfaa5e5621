// "Show more" asks for more rows than one request may carry (the API caps `first`): fetch
// them page by page with cursors.

/** The API's largest page (`first` above it is an INVALID_PAGE_SIZE error). */
export const MAX_PAGE = 100;

export interface Connection<Node> {
  totalCount?: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ReadonlyArray<{ node: Node }>;
}

export interface LoadedPages<Node> {
  nodes: Node[];
  hasNextPage: boolean;
  totalCount: number | undefined;
}

export async function loadPages<Node>(
  wanted: number,
  page: (first: number, after: string | null) => Promise<Connection<Node>>,
): Promise<LoadedPages<Node>> {
  const nodes: Node[] = [];
  let after: string | null = null;
  let hasNextPage = true;
  let totalCount: number | undefined;
  while (nodes.length < wanted && hasNextPage) {
    const connection: Connection<Node> = await page(Math.min(MAX_PAGE, wanted - nodes.length), after);
    totalCount ??= connection.totalCount;
    nodes.push(...connection.edges.map(({ node }) => node));
    hasNextPage = connection.pageInfo.hasNextPage;
    after = connection.pageInfo.endCursor;
    if (after === null) break;
  }
  return { nodes, hasNextPage, totalCount };
}
