// Full-text search over documents, actors, meetings (through their evidence) and statements,
// with PostgreSQL's own text search (it runs in PGlite too). Ranked, then stable by type and id.
import { sql } from 'drizzle-orm';
import type { Database } from './client.js';

export type SearchHitType = 'Document' | 'Person' | 'Organization' | 'Place' | 'Meeting' | 'Statement';
export interface SearchHit {
  type: SearchHitType;
  id: number;
  rank: number;
}

export const MAX_SEARCH_QUERY_LENGTH = 500;

/** Every hit of a query, unordered: the union that search ranks and counts. */
function hitsOf(q: string) {
  return sql`
    with q as (select websearch_to_tsquery('english', ${q}) as en, websearch_to_tsquery('simple', ${q}) as simple)
    select type, id, rank from (
      select 'Document' as type, d.id, ts_rank(to_tsvector('english', coalesce(d.title, '') || ' ' || d.text), q.en) as rank
        from documents d, q where to_tsvector('english', coalesce(d.title, '') || ' ' || d.text) @@ q.en
      union all
      select case a.kind when 'person' then 'Person' when 'organization' then 'Organization' else 'Place' end,
             a.id, 2 * ts_rank(to_tsvector('simple', a.name || ' ' || array_to_string(a.aliases, ' ')), q.simple)
        from actors a, q where to_tsvector('simple', a.name || ' ' || array_to_string(a.aliases, ' ')) @@ q.simple
      union all
      select 'Statement', s.id, ts_rank(to_tsvector('english', coalesce(s.quote, '') || ' ' || s.content), q.en)
        from statements s, q where to_tsvector('english', coalesce(s.quote, '') || ' ' || s.content) @@ q.en
      union all
      select 'Meeting', e.meeting_id, max(ts_rank(to_tsvector('english', e.exact), q.en))
        from evidence e, q where e.meeting_id is not null and to_tsvector('english', e.exact) @@ q.en
        group by e.meeting_id
    ) hits`;
}

const normalizeQuery = (query: string) => query.trim().slice(0, MAX_SEARCH_QUERY_LENGTH);

/** Ranked hits for a web-search style query ("CSTO summit", "Lukashenko -Putin", "\"Union State\""). */
export async function searchRecords(
  db: Database,
  query: string,
  page: { limit: number; offset: number },
): Promise<SearchHit[]> {
  const q = normalizeQuery(query);
  if (!q) return [];
  const result = await db.execute(sql`
    ${hitsOf(q)}
    order by rank desc, type, id
    limit ${page.limit} offset ${page.offset}`);
  const rows = (
    result as unknown as { rows: Array<{ type: SearchHitType; id: number; rank: number | string }> }
  ).rows;
  return rows.map((r) => ({ type: r.type, id: Number(r.id), rank: Number(r.rank) }));
}

/** How many hits `searchRecords` has for the query over all pages. */
export async function countSearchHits(db: Database, query: string): Promise<number> {
  const q = normalizeQuery(query);
  if (!q) return 0;
  const result = await db.execute(sql`select count(*)::int as total from (${hitsOf(q)}) counted`);
  const rows = (result as unknown as { rows: Array<{ total: number | string }> }).rows;
  return Number(rows[0]?.total ?? 0);
}
