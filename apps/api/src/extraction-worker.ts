// Runs in a worker thread of the extraction pool: the CPU-bound part of an ingest, away from
// the event loop that serves readers.
import { type ArticleMeta, type Extraction, extract } from '@dossier/ingest';

export interface ExtractionTask {
  text: string;
  meta: ArticleMeta;
}

export default function runExtraction({ text, meta }: ExtractionTask): Extraction {
  return extract(text, meta);
}
