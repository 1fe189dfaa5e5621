// Four clients nobody here wrote, run against the real API over HTTP: Apollo Client with
// InMemoryCache and the published possibleTypes, urql with subscriptions over SSE,
// relay-compiler + relay-runtime, and graphql-schema-linter with its default rules.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { Client, fetchExchange } from '@urql/core';
import {
  type ConcreteRequest,
  createOperationDescriptor,
  Environment,
  type FragmentReference,
  fetchQuery,
  getSelector,
  Network,
  type ReaderFragment,
  RecordSource,
  Store,
} from 'relay-runtime';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import possibleTypes from '../possible-types.json' with { type: 'json' };
import {
  clientDir,
  type ExampleArticle,
  type ExamplesServer,
  INGEST_MUTATION,
  readExampleArticles,
  startExamplesServer,
} from './examples-server.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

let articles: ExampleArticle[];
let server: ExamplesServer;
let consoleSpies: MockInstance[] = [];

beforeAll(async () => {
  articles = await readExampleArticles();
  expect(articles.length).toBeGreaterThanOrEqual(3);
  // The last article is kept back for the subscription test.
  server = await startExamplesServer(articles.slice(0, -1));
});
afterAll(async () => {
  await server?.close();
});

// Every client must run without a warning or an error on the console.
beforeEach(() => {
  consoleSpies = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
});
afterEach(() => {
  const said = consoleSpies.flatMap((spy) => spy.mock.calls.map((call) => call.map(String).join(' ')));
  for (const spy of consoleSpies) spy.mockRestore();
  expect(said).toEqual([]);
});

interface ActorRef {
  __typename: string;
  id: string;
  name: string;
}

describe('Apollo Client 4 with InMemoryCache', () => {
  const MEETINGS = gql`
    query ApolloMeetings {
      meetings(first: 10) {
        edges {
          node {
            id
            kind
            participants {
              id
              ...ActorName
            }
          }
        }
      }
    }
    fragment ActorName on Actor {
      name
    }
  `;

  it('reads meeting participants through the Actor interface with the published possibleTypes', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: server.endpoint }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const { data, error } = await client.query<{
      meetings: { edges: { node: { id: string; participants: ActorRef[] } }[] };
    }>({ query: MEETINGS });
    expect(error).toBeUndefined();
    const participants = data?.meetings.edges.flatMap((edge) => edge.node.participants) ?? [];
    expect(participants.length).toBeGreaterThan(0);
    for (const actor of participants) expect(actor.name).toEqual(expect.any(String));

    // The cache matches the fragment on the interface by possibleTypes, not by heuristics.
    const person = participants.find((actor) => actor.__typename === 'Person');
    expect(person).toBeDefined();
    const cached = client.cache.readFragment<{ name: string }>({
      id: client.cache.identify({ __typename: 'Person', id: person?.id }),
      fragment: gql`
        fragment CachedActorName on Actor {
          name
        }
      `,
    });
    expect(cached?.name).toBe(person?.name);
    client.stop();
  });
});

describe('urql 6 with subscriptions over SSE', () => {
  it('receives documentIngested after an article is ingested', async () => {
    // urql's own fetch, watched only to learn when the server has answered the event stream.
    let streamOpened: () => void = () => {};
    const opened = new Promise<void>((resolveOpened) => {
      streamOpened = resolveOpened;
    });
    const watchedFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.headers.get('content-type')?.startsWith('text/event-stream')) streamOpened();
      return response;
    };
    const client = new Client({
      url: server.endpoint,
      exchanges: [fetchExchange],
      fetchSubscriptions: true,
      fetch: watchedFetch,
    });
    const article = articles.at(-1) as ExampleArticle;
    let subscription: { unsubscribe(): void } | undefined;
    const received = new Promise<{ title: string | null; records: number }>((resolveEvent, reject) => {
      subscription = client
        .subscription<{ documentIngested: { document: { title: string | null }; records: unknown[] } }>(
          'subscription { documentIngested { document { title } records { created } } }',
          {},
        )
        .subscribe((result) => {
          if (result.error) reject(result.error);
          else if (result.data)
            resolveEvent({
              title: result.data.documentIngested.document.title,
              records: result.data.documentIngested.records.length,
            });
        });
    });
    await opened;
    const ingest = await client
      .mutation(INGEST_MUTATION, { input: { text: article.text, title: article.title } })
      .toPromise();
    expect(ingest.error).toBeUndefined();
    const event = await received;
    subscription?.unsubscribe();
    expect(event.title).toBe(article.title);
    expect(event.records).toBeGreaterThan(0);
  });
});

describe('relay-compiler 21 and relay-runtime', () => {
  const generated = resolve(clientDir, 'tests/relay/__generated__');
  const artifact = async <T>(name: string): Promise<T> =>
    ((await import(pathToFileURL(resolve(generated, `${name}.graphql.js`)).href)) as { default: T }).default;

  beforeAll(async () => {
    await mkdir(generated, { recursive: true });
    const bin = resolve(require.resolve('relay-compiler/package.json'), '../cli.js');
    const { stdout, stderr } = await run(process.execPath, [bin], { cwd: clientDir });
    expect(`${stdout}${stderr}`).not.toMatch(/ERROR|WARN/);
    expect(`${stdout}${stderr}`).toMatch(/Compilation completed/);
  });

  function relayEnvironment(): Environment {
    const network = Network.create(async (params, variables) => {
      const response = await fetch(server.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return response.json();
    });
    return new Environment({ network, store: new Store(new RecordSource()) });
  }

  function read<T>(environment: Environment, fragment: ReaderFragment, ref: unknown): T {
    const selector = getSelector(fragment, ref as FragmentReference);
    if (selector?.kind !== 'SingularReaderSelector') throw new Error('expected one record');
    return environment.lookup(selector).data as T;
  }

  it('runs the compiled @connection and @refetchable operations on Meeting, Person and Statement', async () => {
    const environment = relayEnvironment();
    const listsQuery = await artifact<ConcreteRequest>('operationsListsQuery');
    await fetchQuery(environment, listsQuery, {}).toPromise();
    const root = environment.lookup(createOperationDescriptor(listsQuery, {}).fragment).data;

    const lists = [
      ['meetings', 'operationsMeetings_query', 'operationsMeeting_meeting', 'operationsMeetingRefetchQuery'],
      ['persons', 'operationsPersons_query', 'operationsPerson_person', 'operationsPersonRefetchQuery'],
      [
        'statements',
        'operationsStatements_query',
        'operationsStatement_statement',
        'operationsStatementRefetchQuery',
      ],
    ] as const;
    for (const [field, listFragment, itemFragment, refetchQuery] of lists) {
      const list = read<Record<string, { edges: { node: { id: string } }[] }>>(
        environment,
        await artifact<ReaderFragment>(listFragment),
        root,
      );
      const first = list[field]?.edges[0]?.node;
      expect(first, field).toBeDefined();
      const item = read<{ id: string }>(environment, await artifact<ReaderFragment>(itemFragment), first);
      expect(item.id).toBe(first?.id);
      // The refetch query the compiler generated goes through node(id:).
      const refetched = await fetchQuery<{ variables: { id: string }; response: { node: unknown } }>(
        environment,
        await artifact<ConcreteRequest>(refetchQuery),
        { id: item.id },
      ).toPromise();
      const again = read<{ id: string }>(
        environment,
        await artifact<ReaderFragment>(itemFragment),
        refetched?.node,
      );
      expect(again.id).toBe(item.id);
    }

    const meeting = read<{ meetings: { edges: { node: unknown }[] } }>(
      environment,
      await artifact<ReaderFragment>('operationsMeetings_query'),
      root,
    ).meetings.edges[0]?.node;
    const participants = read<{ participants: ActorRef[] }>(
      environment,
      await artifact<ReaderFragment>('operationsMeeting_meeting'),
      meeting,
    ).participants;
    expect(participants.length).toBeGreaterThan(0);
    expect(participants.every((actor) => actor.name.length > 0)).toBe(true);

    // The pagination query the compiler generated for @connection pages on the cursor.
    const page = await fetchQuery(
      environment,
      await artifact<ConcreteRequest>('operationsMeetingsPaginationQuery'),
      {
        count: 1,
        cursor: null,
      },
    ).toPromise();
    const firstPage = read<{ meetings: { edges: unknown[]; pageInfo: { endCursor: string | null } } }>(
      environment,
      await artifact<ReaderFragment>('operationsMeetings_query'),
      page,
    ).meetings;
    expect(firstPage.edges).toHaveLength(1);
    expect(firstPage.pageInfo.endCursor).toEqual(expect.any(String));
  });
});

describe('graphql-schema-linter with its default rules', () => {
  it('finds nothing in schema.graphql', async () => {
    const bin = resolve(require.resolve('graphql-schema-linter/package.json'), '..', 'lib/cli.js');
    const { stdout } = await run(process.execPath, [bin, resolve(clientDir, '../schema/schema.graphql')], {
      cwd: clientDir,
    });
    expect(stdout).toMatch(/0 errors detected/);
  });
});
