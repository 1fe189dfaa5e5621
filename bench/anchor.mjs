// The anchor of the API rows: the contract's Meetings page answered by ONE hand-written SQL
// statement (json_build_object / json_agg build the very JSON the GraphQL response has) behind a
// bare node:http server, on the same store as `dossier serve`. It is what the data costs; the
// ratio of Dossier's uncached page to it is what the GraphQL layers cost on top.
//   node anchor.mjs <store url>   serves POST /graphql (variables.first) and reports its port
//                                 over IPC like server.mjs; {type:'stop'} ends it.
// On PostgreSQL the statement is prepared once per connection (a named pg statement); on PGlite
// it runs through PGlite in this child process, as `dossier serve` does.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { openStore } from '@dossier/model';

const gid = (type, column) => `encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64')`;

/** $1 = first. Limits are the schema's list defaults (participants 100, evidence 500, …). */
export const ANCHOR_SQL = `
with page as (select * from meetings order by id limit $1 + 1),
shown as (select * from page order by id limit $1)
select json_build_object('data', json_build_object('meetings', json_build_object(
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) from page) > $1,
    'endCursor', (select ${gid('DC:N', 'max(id)')} from shown)),
  'edges', coalesce((select json_agg(json_build_object('node', json_build_object(
    'id', ${gid('Meeting', 'm.id')},
    'kind', upper(m.kind),
    'date', m.date,
    'place', (select json_build_object('id', ${gid('Place', 'a.id')}, 'name', a.name)
              from actors a where a.id = m.place_id),
    'participants', coalesce((select json_agg(json_build_object(
        '__typename', initcap(p.kind), 'id', encode(convert_to(initcap(p.kind) || ':' || p.id, 'UTF8'), 'base64'),
        'name', p.name, 'aliases', p.aliases[1:100]) order by p.id)
      from (select a.id, a.kind, a.name, a.aliases from meeting_participants mp
            join actors a on a.id = mp.actor_id where mp.meeting_id = m.id
            order by a.id limit 100) p), '[]'),
    'forum', (select json_build_object('id', ${gid('Organization', 'a.id')}, 'name', a.name)
              from actors a where a.id = m.forum_id),
    'within', (select json_build_object('id', ${gid('Meeting', 'w.id')}) from meetings w where w.id = m.within_id),
    'topics', m.topics[1:50],
    'evidence', coalesce((select json_agg(json_build_object(
        'document', json_build_object('id', ${gid('Document', 'e.document_id')}),
        'start', e.start, 'end', e."end", 'exact', e.exact) order by e.document_id, e.start)
      from (select document_id, start, "end", exact from evidence where meeting_id = m.id
            order by document_id, start limit 500) e), '[]')
  )) order by m.id) from shown m), '[]')
)))::text as body`;

/** The anchor's answer to `first`, as the text of a GraphQL response. */
export async function anchorPage(client, dialect, first) {
  const query =
    dialect === 'postgres'
      ? { name: 'dossier_anchor_meetings', text: ANCHOR_SQL, values: [first] }
      : ANCHOR_SQL;
  const result = dialect === 'postgres' ? await client.query(query) : await client.query(query, [first]);
  return result.rows[0].body;
}

async function serve(url) {
  const store = await openStore(url, { migrate: false });
  const client = store.db.$client;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      try {
        const first = JSON.parse(Buffer.concat(chunks).toString('utf8')).variables?.first ?? 20;
        const body = await anchorPage(client, store.dialect, first);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      }
    });
  });
  server.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: server.address().port }));
  process.on('message', async (message) => {
    if (message.type === 'sql') process.send({ type: 'sql', statements: 0 });
    else if (message.type === 'stop') {
      server.closeAllConnections();
      server.close();
      await store.close();
      process.exit(0);
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve(process.argv[2]);
