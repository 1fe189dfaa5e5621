// A server for the load generator, in its own process: `hello` (yoga with a one-field schema,
// the baseline) or `dossier` (the real yoga over a store, counting SQL statements). Reports its
// port over IPC; answers {type:'sql'} with the statements counted since the last reset.
import { createServer } from 'node:http';
import { createDossierYoga } from '@dossier/api';
import { openStore } from '@dossier/model';
import { createSchema, createYoga } from 'graphql-yoga';

const [mode, databaseUrl, cache] = process.argv.slice(2);
let statements = 0;
let store;
let handler;
if (mode === 'hello') {
  handler = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: () => 'world' } },
    }),
    logging: false,
  });
} else {
  store = await openStore(databaseUrl, {
    logger: { logQuery: () => void statements++ },
    prepareStatements: process.env.BENCH_PREPARED !== 'false',
  });
  handler = createDossierYoga({
    store,
    config: {
      host: '127.0.0.1',
      writeToken: null,
      maxTextBytes: 5 * 1024 * 1024,
      graphiql: false,
      introspection: true,
      responseCache: cache === 'cache',
    },
  });
}
const server = createServer(handler);
server.listen(0, '127.0.0.1', () => process.send({ type: 'ready', port: server.address().port }));
process.on('message', async (message) => {
  if (message.type === 'sql') {
    process.send({ type: 'sql', statements });
    statements = 0;
  } else if (message.type === 'stop') {
    server.closeAllConnections();
    server.close();
    await store?.close();
    process.exit(0);
  }
});
