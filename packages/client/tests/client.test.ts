import { parse } from '@0no-co/graphql.web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDossierClient,
  DossierClientError,
  graphql,
  type SourceDocument,
  type TadaDocumentNode,
} from '../src/index.js';
import { TALLINN_ARTICLE, VILNIUS_ARTICLE } from './fixture.js';
import { startTestServer, type TestServer } from './server.js';

/** Every span must be exactly its document's text at its offsets. */
function expectSpansExact(documents: SourceDocument[]): void {
  for (const document of documents)
    for (const { start, end, exact } of document.spans) expect(document.text.slice(start, end)).toBe(exact);
}

describe('createDossierClient against a real API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('ingests an article through the mutation, once', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const first = await client.ingestDocument({
      text: VILNIUS_ARTICLE,
      title: 'Lithuania and Poland agree to run joint rail inspections',
      publisher: 'Test Wire',
      publishedAt: '2025-06-02',
    });
    expect(first.created).toBe(true);
    expect(first.document).toMatchObject({
      title: 'Lithuania and Poland agree to run joint rail inspections',
      publisher: 'Test Wire',
    });
    expect(first.document.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await client.ingestDocument({ text: VILNIUS_ARTICLE });
    expect(again.created).toBe(false);
    expect(again.document.id).toBe(first.document.id);

    const found = await client.record(first.document.id);
    expect(found?.record.__typename).toBe('Document');
    expect(found?.documents[0]?.text).toBe(VILNIUS_ARTICLE);

    // The extractor finds the meeting it reports; its evidence is exact and in place.
    const { edges } = await client.meetings({ first: 100 });
    const vilnius = edges
      .map(({ node }) => node)
      .find((meeting) => meeting.evidence.some((evidence) => evidence.document.id === first.document.id));
    expect(vilnius?.place?.name).toBe('Vilnius');
    expect(vilnius?.participants.map(({ name }) => name).sort()).toEqual(['Rasa Petraite', 'Tomasz Wojcik']);
    const withSources = await client.record(vilnius!.id);
    expect(withSources?.documents.map((document) => document.text)).toEqual([VILNIUS_ARTICLE]);
    expectSpansExact(withSources?.documents ?? []);
  });

  it('lists documents', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const page = await client.documents({ first: 10 });
    expect(page.totalCount).toBeGreaterThanOrEqual(1);
    expect(page.edges.map(({ node }) => node.publisher)).toContain('Test Wire');
  });

  it('reads meetings with participants, place, date and evidence', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const page = await client.meetings({ first: 10 });
    const tallinn = page.edges.map(({ node }) => node).find((meeting) => meeting.place?.name === 'Tallinn');
    expect(tallinn).toMatchObject({
      kind: 'BILATERAL',
      status: 'HELD',
      date: '2025-05-06',
      topics: ['ferry links', 'undersea cables', 'winter energy security'],
    });
    expect(tallinn?.participants.map((actor) => [actor.__typename, actor.name]).sort()).toEqual([
      ['Person', 'Liisa Kask'],
      ['Person', 'Mikko Rantala'],
    ]);
    expect(tallinn?.evidence.map(({ exact }) => exact)).toContain('TALLINN, May 6, 2025');
    for (const { start, end, exact } of tallinn?.evidence ?? [])
      expect(TALLINN_ARTICLE.slice(start, end)).toBe(exact);
  });

  it('reads statements with their speaker and the meeting they are about', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const page = await client.statements({ first: 10 });
    const statement = page.edges.map(({ node }) => node).find((node) => node.speaker?.name === 'Liisa Kask');
    expect(statement).toMatchObject({
      channel: 'PRESS_CONFERENCE',
      quote: 'We share one sea and one grid, so we will plan the next winter together',
      about: { kind: 'BILATERAL', date: '2025-05-06', place: { name: 'Tallinn' } },
    });
  });

  it('reads alliances with their members', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const page = await client.alliances({ first: 10 });
    const cbss = page.edges.find(({ node }) => node.acronym === 'CBSS')?.node;
    expect(cbss?.kind).toBe('ALLIANCE');
    expect(cbss?.members.map(({ name }) => name).sort()).toEqual(['Estonia', 'Finland']);
  });

  it('passes filters and ordering to the server', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const all = await client.meetings({ first: 10, orderBy: 'DATE_DESC' });
    const tallinn = all.edges.find(({ node }) => node.place?.name === 'Tallinn')!.node;
    const inTallinn = await client.meetings({ filter: { place: tallinn.place!.id } });
    expect(inTallinn.edges.map(({ node }) => node.id)).toEqual([tallinn.id]);
    expect((await client.meetings({ filter: { kind: 'SUMMIT', place: tallinn.place!.id } })).totalCount).toBe(
      0,
    );
    const quoted = await client.statements({ filter: { quote: 'grid winter' } });
    expect(quoted.edges.map(({ node }) => node.speaker?.name)).toEqual(['Liisa Kask']);
    const named = await client.alliances({ filter: { name: 'baltic sea' } });
    expect(named.totalCount).toBe(1);
    expect(named.edges[0]?.node.acronym).toBe('CBSS');
  });

  it("reports bad arguments with the server's error code", async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const error = await client.meetings({ first: -1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DossierClientError);
    expect((error as DossierClientError).code).toBe('INVALID_PAGE_SIZE');
    await expect(client.meetings({ filter: { place: 'not-an-id' } })).rejects.toMatchObject({
      name: 'DossierClientError',
      code: expect.stringMatching(/^(BAD_FILTER|INVALID_ID)$/),
    });
  });

  it('opens a record by id with its source documents and spans', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const meeting = (await client.meetings({ first: 10 })).edges.find(
      ({ node }) => node.place?.name === 'Tallinn',
    )?.node;
    const found = await client.record(meeting!.id);
    expect(found?.record.__typename).toBe('Meeting');
    expect(found?.documents).toHaveLength(1);
    const [source] = found!.documents;
    expect(source?.text).toBe(TALLINN_ARTICLE);
    expect(source?.spans.map(({ exact }) => exact)).toEqual([
      'TALLINN, May 6, 2025',
      'Estonian Prime Minister Liisa Kask met Finnish President Mikko Rantala in Tallinn on Tuesday to discuss ferry links, undersea cables and winter energy security.',
    ]);
    expectSpansExact(found!.documents);
  });

  it('streams live updates: each ingested document with the records it touched', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const controller = new AbortController();
    let open: () => void = () => undefined;
    const opened = new Promise<void>((resolve) => {
      open = resolve;
    });
    const events = client.documentIngested({ signal: controller.signal, onOpen: () => open() });
    const first = events.next(); // opens the stream
    await opened; // the server has registered the subscription
    const text = `${VILNIUS_ARTICLE}\nUpdated at noon.\n`;
    const ingested = await client.ingestDocument({ text, title: 'Live update test' });
    const { value, done } = await first;
    expect(done).toBe(false);
    expect(value?.document).toMatchObject({ id: ingested.document.id, title: 'Live update test' });
    expect(value?.truncated).toBe(false);
    controller.abort();
    // Aborting ends the iteration quietly.
    await expect(events.next()).resolves.toMatchObject({ done: true });
  });

  it('sends any typed operation through request()', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    const PersonNames = graphql(`
      query PersonNames($first: Int!) { persons(first: $first) { edges { node { name roles { title } } } } }
    `);
    const data = await client.request(PersonNames, { first: 10 });
    const kask = data.persons.edges.find(({ node }) => node.name === 'Liisa Kask');
    expect(kask?.node.roles.map(({ title }) => title)).toEqual(['Prime Minister']);
  });

  it('throws DossierClientError with the GraphQL error code', async () => {
    const client = createDossierClient({ endpoint: server.endpoint });
    // Not written with the typed tag (it would not compile): a field the schema does not have.
    const broken = parse('query Broken { meetingz { id } }') as TadaDocumentNode<
      unknown,
      Record<string, never>
    >;
    const error = await client.request(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DossierClientError);
    expect((error as DossierClientError).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((error as DossierClientError).message).toMatch(/meetingz/);
    expect((error as DossierClientError).errors.length).toBeGreaterThan(0);
  });

  it('reports a server that is not there as NETWORK_ERROR', async () => {
    const client = createDossierClient({ endpoint: 'http://127.0.0.1:9/graphql' });
    await expect(client.documents()).rejects.toMatchObject({
      name: 'DossierClientError',
      code: 'NETWORK_ERROR',
    });
  });
});

describe('writes on a server with a write token', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ writeToken: 'test-token-0123456789' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is refused without the token (UNAUTHENTICATED) and accepted with it', async () => {
    const anonymous = createDossierClient({ endpoint: server.endpoint });
    await expect(anonymous.ingestDocument({ text: VILNIUS_ARTICLE })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      status: 401,
    });
    const writer = createDossierClient({ endpoint: server.endpoint, token: 'test-token-0123456789' });
    expect((await writer.ingestDocument({ text: VILNIUS_ARTICLE })).created).toBe(true);
  });
});
