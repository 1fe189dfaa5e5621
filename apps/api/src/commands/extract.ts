// `dossier extract FILE`: runs the ingestion package alone and prints its Extraction as JSON.
// No store is opened.
import { parseArgs } from 'node:util';
import { extract } from '@dossier/ingest';
import { EXIT, type Io, META_OPTIONS, readArticleFile, readStdin, UsageError } from './usage.js';

export const EXTRACT_HELP = `Usage: dossier extract FILE [options]

Extracts persons, organizations, places, meetings and statements from one article with the
ingestion package alone (no store) and prints the extraction as JSON. FILE "-" reads stdin.

Options:
  --title TEXT          article title
  --url URL             where the article was published
  --publisher NAME      who published it
  --published-at DATE   publication date, ISO 8601 (2024-05-16 or a date-time)
  --compact             one line of JSON instead of indented
  -h, --help            show this help

Example:
  dossier extract examples/articles/01-harbour-talks-oslo.txt --published-at 2024-03-12
`;

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...META_OPTIONS, compact: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(EXTRACT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'extract needs one FILE (or - for stdin)' : 'extract takes exactly one FILE',
      'extract',
    );
  }
  const file = positionals[0]!;
  let text: string;
  try {
    text = file === '-' ? await readStdin(io.stdin) : await readArticleFile(file);
  } catch (error) {
    io.err(`dossier extract: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
  const extraction = extract(text, {
    title: values.title ?? null,
    url: values.url ?? null,
    publisher: values.publisher ?? null,
    publishedAt: values['published-at'] ?? null,
  });
  io.out(`${JSON.stringify(extraction, null, values.compact ? undefined : 2)}\n`);
  return EXIT.ok;
}
