// A store migrated by an older version opens in a newer one, keeping its data.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import { ingestDocument, migrationsFolder, openPglite } from '../src/index.js';

describe('upgrading a store', () => {
  it('applies the newer migrations to a store made with the first one', async () => {
    const first = readdirSync(migrationsFolder).sort()[0]!;
    const oldFolder = mkdtempSync(join(tmpdir(), 'dossier-migrations-'));
    cpSync(join(migrationsFolder, first), join(oldFolder, first), { recursive: true });
    const client = new PGlite();
    try {
      await migrate(drizzle({ client }), { migrationsFolder: oldFolder });
      await client.query(
        `insert into documents (content_hash, text, title) values ('old', 'Stored by the first version.', 'Old')`,
      );
      const store = await openPglite(client);
      const old = await store.db.query.documents.findFirst({ where: { contentHash: 'old' } });
      expect(old).toMatchObject({ title: 'Old', text: 'Stored by the first version.', sourceFormat: 'text' });
      const fresh = await ingestDocument(store, { text: 'Written by the new version after the upgrade.' });
      expect(fresh.created).toBe(true);
    } finally {
      await client.close();
      rmSync(oldFolder, { recursive: true, force: true });
    }
  });

  it('renames a city stored under its old name, so that documents naming it now join that row', async () => {
    const all = readdirSync(migrationsFolder).sort();
    const renaming = all.findIndex((name) => name.endsWith('_astana_restored'));
    expect(renaming).toBeGreaterThan(0);
    const oldFolder = mkdtempSync(join(tmpdir(), 'dossier-migrations-'));
    for (const name of all.slice(0, renaming))
      cpSync(join(migrationsFolder, name), join(oldFolder, name), { recursive: true });
    const client = new PGlite();
    try {
      await migrate(drizzle({ client }), { migrationsFolder: oldFolder });
      await client.query(
        `insert into actors (kind, key, name, place_kind, country_code) values ('place', 'place:city:KZ:nur-sultan', 'Nur-Sultan', 'city', 'KZ')`,
      );
      const store = await openPglite(client);
      await ingestDocument(store, {
        text: 'Kazakh Foreign Minister Murat Nurtleu met Armenian Foreign Minister Ararat Mirzoyan in Astana on Monday.',
        publishedAt: '2024-03-05',
      });
      const cities = await store.db.query.actors.findMany({
        where: { kind: 'place', countryCode: 'KZ', placeKind: 'city' },
      });
      expect(cities.map((c) => [c.key, c.name, c.aliases])).toEqual([
        ['place:city:KZ:astana', 'Astana', ['Nur-Sultan']],
      ]);
    } finally {
      await client.close();
      rmSync(oldFolder, { recursive: true, force: true });
    }
  });
});
