// Hot reads are prepared statements on PostgreSQL: a read sent twice is parsed once per pooled
// connection, and the number of names stays bounded.
import { describe, expect, it } from 'vitest';
import { type Database, ingestDocument } from '../src/index.js';
import { hotStatementNamer } from '../src/prepared.js';
import { createPostgresTestStore } from '../src/testing.js';

const pgUrl = process.env.TEST_DATABASE_URL;
if (!pgUrl) console.warn('prepared.test.ts: TEST_DATABASE_URL is not set, the PostgreSQL tests are skipped');

describe('hotStatementNamer', () => {
  it('names a read the second time it is seen, with the same name after', () => {
    const name = hotStatementNamer();
    const read = 'select "id" from "meetings" where "id" = $1';
    expect(name(read)).toBeUndefined();
    const named = name(read);
    expect(named).toMatch(/^dossier_[0-9a-f]{20}$/);
    expect(name(read)).toBe(named);
    expect(name('select 2')).toBeUndefined();
  });

  it('never names a write, however often it is sent', () => {
    const name = hotStatementNamer();
    const write = 'insert into "documents" ("text") values ($1)';
    for (let i = 0; i < 5; i++) expect(name(write)).toBeUndefined();
  });

  it('names at most `limit` texts', () => {
    const name = hotStatementNamer(2);
    const twice = (q: string) => {
      name(q);
      return name(q);
    };
    const named = ['select 1', 'select 2', 'select 3'].map(twice);
    expect(named.filter(Boolean)).toHaveLength(2);
    expect(named[2]).toBeUndefined();
  });
});

async function preparedCount(db: Database, like: string): Promise<number> {
  const result = await db.execute(
    `select count(*)::int as n from pg_prepared_statements
     where statement like '${like}' and statement not like '%pg_prepared_statements%'`,
  );
  return (result as unknown as { rows: Array<{ n: number }> }).rows[0]!.n;
}

describe.skipIf(!pgUrl)('prepared reads on PostgreSQL', () => {
  it('prepares a relational read sent twice on the connection that ran it', async () => {
    const store = await createPostgresTestStore(pgUrl!, { poolSize: 1 });
    try {
      await ingestDocument(store, {
        text: 'Minister Ana Brook met Minister Leo Stone in Lisbon on Monday to discuss fishing quotas.',
      });
      const read = () => store.db.query.meetings.findMany({ with: { participants: true }, limit: 5 });
      const first = await read();
      expect(await preparedCount(store.db, '%"meeting_participants"%')).toBe(0);
      expect(await read()).toEqual(first);
      expect(await preparedCount(store.db, '%"meeting_participants"%')).toBe(1);
      expect(await read()).toEqual(first);
      expect(await preparedCount(store.db, '%"meeting_participants"%')).toBe(1);
    } finally {
      await store.close();
    }
  });
});
