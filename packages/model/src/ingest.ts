// ingestDocument: one transaction that stores a document exactly as given (deduplicated by
// content hash), extracts its facts and merges them into the graph.
import { createHash } from 'node:crypto';
import { type ArticleMeta, type Extraction, extract } from '@dossier/ingest';
import { HtmlError, htmlToArticle } from '@dossier/ingest/html';
import { eq, sql } from 'drizzle-orm';
import { keepStatisticsFresh } from './analyze.js';
import { INGEST_CHANNEL, type IngestEvent, type Store } from './client.js';
import { DEFAULT_MAX_TEXT_BYTES, type IngestDocumentInput, InputError, validateInput } from './input.js';
import { lockKeys, takeLocks } from './locks.js';
import { type MergeSummary, mergeExtraction } from './merge.js';
import { type RetryPolicy, withWriteRetry } from './retry.js';
import { documents } from './schema.js';

export type DocumentRow = typeof documents.$inferSelect;

export interface IngestResult {
  /** false when the same text was already stored: nothing was written. */
  created: boolean;
  document: DocumentRow;
  summary: MergeSummary;
  warnings: string[];
}

export interface IngestOptions {
  maxTextBytes?: number;
  /** The extractor to run (default: @dossier/ingest's rules, on this thread). A server runs
   * it in a worker pool so that a long extraction never blocks its readers. */
  extractor?: (text: string, meta: ArticleMeta) => Extraction | Promise<Extraction>;
  /** How a transaction aborted by a deadlock or serialization failure is retried. */
  retry?: RetryPolicy;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export async function ingestDocument(
  store: Store,
  input: IngestDocumentInput,
  options: IngestOptions = {},
): Promise<IngestResult> {
  // an embedded store's worker thread runs this same function, over its own PGlite
  if (store.ingestInThread) return store.ingestInThread(input, options);
  const doc = validateInput(input, options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES);
  const notes: string[] = [];
  const sourceFormat = doc.format;
  if (doc.format === 'html') {
    const article = readHtml(doc.text);
    doc.text = article.text;
    doc.title ??= article.title;
    notes.push('HTML input: the article body was extracted (Readability) and stored as plain text');
  }
  const hash = contentHash(doc.text);
  const empty: MergeSummary = {
    created: { persons: 0, organizations: 0, places: 0, meetings: 0, statements: 0 },
    merged: { persons: 0, organizations: 0, places: 0, meetings: 0, statements: 0 },
    records: [],
  };
  const existing = await store.db.query.documents.findFirst({ where: { contentHash: hash } });
  if (existing) return { created: false, document: existing, summary: empty, warnings: existing.warnings };

  // Extraction is pure CPU work: do it before the transaction opens, to keep it short.
  const extraction = await (options.extractor ?? extract)(doc.text, {
    title: doc.title,
    url: doc.url,
    publisher: doc.publisher,
    publishedAt: doc.publishedAt,
  });
  const locks = lockKeys(extraction);
  const write = () =>
    store.db.transaction(async (tx) => {
      // every lock the merge needs, first and in one global order: writers queue, never cycle
      await takeLocks(tx, locks);
      const [inserted] = await tx
        .insert(documents)
        .values({
          contentHash: hash,
          text: doc.text,
          title: doc.title,
          url: doc.url,
          publisher: doc.publisher,
          publishedAt: doc.publishedAt,
          publishedOn: doc.publishedOn,
          language: extraction.language,
          sourceFormat,
          warnings: [...notes, ...extraction.warnings],
        })
        .onConflictDoNothing({ target: documents.contentHash })
        .returning();
      if (!inserted) {
        // Another writer stored the same text since we looked: theirs is the document.
        const [row] = await tx.select().from(documents).where(eq(documents.contentHash, hash));
        return { created: false, document: row!, summary: empty, warnings: row!.warnings };
      }
      const summary = await mergeExtraction(tx, extraction, inserted.id, doc.publishedOn);
      // Delivered at commit, to every API replica listening on this database.
      await tx.execute(sql`select pg_notify(${INGEST_CHANNEL}, ${ingestEventPayload(inserted.id, summary)})`);
      return { created: true, document: inserted, summary, warnings: inserted.warnings };
    });
  const result = await withWriteRetry(write, options.retry);
  if (result.created) await keepStatisticsFresh(store.db);
  return result;
}

/** The article of an HTML page, or the InputError that says why there is none. */
function readHtml(html: string): { text: string; title: string | null } {
  try {
    const article = htmlToArticle(html);
    if (!article) throw new InputError('EMPTY_TEXT', 'the HTML page has no readable article text');
    return article;
  } catch (error) {
    if (error instanceof HtmlError && error.code === 'HTML_TOO_DEEP') {
      throw new InputError('HTML_TOO_DEEP', error.message);
    }
    throw error;
  }
}

/** NOTIFY payloads are limited to 8000 bytes: a very large document sends counts only. */
function ingestEventPayload(documentId: number, summary: MergeSummary): string {
  const event: IngestEvent = {
    documentId,
    created: summary.created,
    merged: summary.merged,
    records: summary.records,
  };
  const json = JSON.stringify(event);
  return json.length < 7900 ? json : JSON.stringify({ ...event, records: [], truncated: true });
}
