// Two API replicas that queue ingests, and two `dossier worker` processes, on one PostgreSQL
// database build the same graph as one process ingesting the same articles inline, one after
// the other: the same documents, actors, meetings, statements and evidence. The replicas get
// the articles in another order and several at a time, so the workers merge them in an order
// of their own: the graph must not depend on it. Actors are compared by their deterministic
// keys; meetings and statements by the documents that tell them and what they say (a meeting's
// key is its first telling's, and row ids depend on who wrote first: both are left out).
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type JobQueue, openJobQueue, openStore, type Store } from '@dossier/model';
import { createPostgresTestStore } from '@dossier/model/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDossierYoga, type DossierYoga } from '../src/yoga.js';
import { apiDir, childEnv, cliPath, hasShared, repoRoot, sharedDir, testConfig } from './helpers.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('[api] TEST_DATABASE_URL is not set: the queue replicas test is skipped');
if (!hasShared)
  console.warn('[api] the evaluation kit is missing: the queue replicas test uses the examples only');

interface Article {
  text: string;
  title?: string;
  url?: string;
  publisher?: string;
  publishedAt?: string;
}

/** The example articles and, with the evaluation kit, its dev articles with their metadata. */
function articles(): Article[] {
  const examples = resolve(repoRoot, 'examples/articles');
  const list: Article[] = readdirSync(examples)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ text: readFileSync(join(examples, file), 'utf8'), title: file }));
  if (!hasShared) return list;
  const dev = resolve(sharedDir, 'eval/dev/articles');
  const manifest = JSON.parse(readFileSync(join(dev, 'manifest.json'), 'utf8')) as Array<{
    file: string;
    url?: string;
    title?: string;
    publisher?: string;
    published?: string;
  }>;
  for (const entry of manifest) {
    list.push({
      text: readFileSync(join(dev, entry.file), 'utf8'),
      title: entry.title,
      url: entry.url,
      publisher: entry.publisher,
      publishedAt: entry.published,
    });
  }
  return list;
}

const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestDocumentInput!) {
    ingestDocument(input: $input) { created document { id } job { state } }
  }
`;

async function ingest(yoga: DossierYoga, input: Article): Promise<Record<string, unknown>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: INGEST, variables: { input } }),
  });
  const body = (await response.json()) as {
    data?: { ingestDocument: Record<string, unknown> };
    errors?: unknown;
  };
  if (!body.data?.ingestDocument) throw new Error(`ingest failed: ${JSON.stringify(body.errors)}`);
  return body.data.ingestDocument;
}

function yogaOf(store: Store, mode: 'inline' | 'queue', jobs?: JobQueue): DossierYoga {
  return createDossierYoga({
    store,
    jobs,
    config: testConfig({
      maxTextBytes: 5 * 1024 * 1024,
      responseCache: false,
      ingestMode: mode,
      ingestWaitMs: 120_000,
    }),
  });
}

const ROLE = `case when r.id is not null then concat_ws('|', rp.key, lower(r.title), ro.key, rc.key) end`;
const ROLE_JOINS = `left join actors rp on rp.id = r.person_id left join actors ro on ro.id = r.organization_id
  left join actors rc on rc.id = r.country_id`;

/** The documents that tell a meeting or statement (by content hash): its identity, whatever the order. */
const tellers = (column: 'meeting_id' | 'statement_id', id: string) =>
  `(select string_agg(distinct td.content_hash, ',' order by td.content_hash) from evidence te
     join documents td on td.id = te.document_id where te.${column} = ${id})`;
const MEETING = (alias: string) =>
  `concat_ws('|', ${tellers('meeting_id', `${alias}.id`)}, ${alias}.kind, ${alias}.date)`;
const STATEMENT = (alias: string) =>
  `concat_ws('|', ${tellers('statement_id', `${alias}.id`)}, left(${alias}.content, 40))`;

/** The graph by deterministic keys: what two stores must agree on, whatever their row ids. */
async function graphOf(store: Store): Promise<Record<string, unknown[]>> {
  const rows = async (query: string) =>
    ((await store.db.execute(query)) as unknown as { rows: unknown[] }).rows;
  return {
    documents: await rows(
      'select content_hash, title, language, warnings from documents order by content_hash',
    ),
    actors: await rows(
      `select a.kind, a.key, a.name, array(select unnest(a.aliases) order by 1) as aliases,
         a.org_kind, a.acronym, p.key as parent, c.key as country
       from actors a left join actors p on p.id = a.parent_id left join actors c on c.id = a.country_id
       order by a.key`,
    ),
    // a role's key holds row ids of its organization and country: compared by theirs instead
    roles: await rows(`select ${ROLE} as role, r.title from roles r ${ROLE_JOINS} order by role, r.title`),
    meetings: await rows(
      `select ${MEETING('m')} as meeting, m.kind, m.status, m.date, pl.key as place, f.key as forum,
         ${MEETING('w')} as within,
         array(select unnest(m.topics) order by 1) as topics,
         array(select a.key from meeting_participants mp join actors a on a.id = mp.actor_id
               where mp.meeting_id = m.id order by 1) as participants
       from meetings m left join actors pl on pl.id = m.place_id left join actors f on f.id = m.forum_id
         left join meetings w on w.id = m.within_id
       order by 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    ),
    statements: await rows(
      `select ${STATEMENT('s')} as statement, sp.key as speaker, s.channel, s.quote, s.content,
         ${MEETING('ab')} as about
       from statements s left join actors sp on sp.id = s.speaker_id left join meetings ab on ab.id = s.about_id
       order by 1, 2, 3, 4, 5, 6`,
    ),
    evidence: await rows(
      // the target names its record by row id (meeting:37): its kind, and the record as above
      `select split_part(e.target, ':', 1) as kind, d.content_hash, e.start, e."end",
         coalesce(a.key, ${ROLE}, ${MEETING('m')}, ${STATEMENT('s')}) as record
       from evidence e join documents d on d.id = e.document_id
         left join actors a on a.id = e.actor_id left join roles r on r.id = e.role_id ${ROLE_JOINS}
         left join meetings m on m.id = e.meeting_id left join statements s on s.id = e.statement_id
       order by d.content_hash, e.start, e."end", kind, record`,
    ),
  };
}

interface WorkerProcess {
  child: ChildProcess;
  /** Jobs it completed so far (from its log). */
  completed: () => number;
  stop: () => Promise<void>;
}

/** `dossier worker` in a child process, resolved once it takes jobs. */
function startWorkerProcess(databaseUrl: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [cliPath, 'worker', '--database', databaseUrl], {
    cwd: apiDir,
    env: childEnv({ DOSSIER_LOG_LEVEL: 'info' }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    child.kill('SIGTERM');
    await exited;
  };
  let log = '';
  const completed = () => log.split('"msg":"job completed"').length - 1;
  return new Promise((resolveWorker, reject) => {
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      if (log.includes('Dossier worker running')) resolveWorker({ child, completed, stop });
    });
    child.on('exit', (code) => reject(new Error(`worker exited with ${code}:\n${log}`)));
  });
}

/** Sends the articles through the replicas in turn, `inFlight` at a time per replica. */
async function sendThrough(replicas: DossierYoga[], list: Article[], inFlight: number) {
  let next = 0;
  const answers: Array<Record<string, unknown>> = [];
  await Promise.all(
    replicas.flatMap((yoga) =>
      Array.from({ length: inFlight }, async () => {
        while (next < list.length) answers.push(await ingest(yoga, list[next++]!));
      }),
    ),
  );
  return answers;
}

describe.skipIf(!pgUrl)('two queueing API replicas and two worker processes on one PostgreSQL', () => {
  let queued: Store & { url: string };
  let inline: Store & { url: string };
  const opened: Array<{ close(): Promise<void> }> = [];
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    [queued, inline] = await Promise.all([createPostgresTestStore(pgUrl!), createPostgresTestStore(pgUrl!)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    for (const handle of opened.reverse()) await handle.close();
    await queued?.close();
    await inline?.close();
  }, 60_000);

  it('build the same graph as one process ingesting inline', async () => {
    const list = articles();
    // the reference: one process, one article after the other
    const reference = yogaOf(inline, 'inline');
    for (const article of list) await ingest(reference, article);

    // two replicas, each with its own connections to the database and to the queue
    const replicas: DossierYoga[] = [];
    for (let i = 0; i < 2; i++) {
      const store = await openStore(queued.url);
      const jobs = await openJobQueue(queued.url);
      opened.push(store, jobs);
      replicas.push(yogaOf(store, 'queue', jobs));
    }
    workers.push(...(await Promise.all([startWorkerProcess(queued.url), startWorkerProcess(queued.url)])));
    // last article first, three at a time per replica: merged in an order unlike the reference's
    const answers = await sendThrough(replicas, [...list].reverse(), 3);
    expect(answers.every((answer) => (answer.job as { state: string }).state === 'COMPLETED')).toBe(true);
    expect(answers.filter((answer) => answer.created === true)).toHaveLength(list.length);
    // both workers took part
    expect(workers.map((worker) => worker.completed() > 0)).toEqual([true, true]);
    expect(workers[0]!.completed() + workers[1]!.completed()).toBe(list.length);

    const [ours, theirs] = await Promise.all([graphOf(queued), graphOf(inline)]);
    expect(ours.documents).toHaveLength(list.length);
    expect(ours.meetings?.length).toBeGreaterThan(list.length / 2);
    // one comparison of every table, so that a failure shows each table that differs
    expect(ours).toEqual(theirs);
  }, 300_000);
});
