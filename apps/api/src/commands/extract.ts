// `dossier extract FILE`: runs the ingestion package alone and prints its Extraction as JSON.
// No store is opened.
import { parseArgs } from 'node:util';
import { type Extraction, explainExtraction, extract, ruleCounts } from '@dossier/ingest';
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
  --explain             print, for each record, the rules that produced it and the spans they
                        read, then how often each rule fired (text, not JSON)
  -h, --help            show this help

Example:
  dossier extract examples/articles/01-harbour-talks-oslo.txt --published-at 2024-03-12
`;

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...META_OPTIONS,
      compact: { type: 'boolean' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
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
  if (values.explain) io.out(explanationText(extraction));
  else io.out(`${JSON.stringify(extraction, null, values.compact ? undefined : 2)}\n`);
  return EXIT.ok;
}

/** One block per record (its rules and the spans they read), then the rule counts. */
function explanationText(extraction: Extraction): string {
  const explanations = explainExtraction(extraction);
  const lines: string[] = [];
  for (const e of explanations) {
    lines.push(`${e.ref} ${e.kind}  ${e.label}`);
    for (const f of e.because)
      lines.push(
        `    ${f.rule.padEnd(28)} ${f.span.start}-${f.span.end}  ${JSON.stringify(shorten(f.span.exact))}`,
      );
  }
  lines.push('', 'rules fired:');
  for (const [rule, n] of ruleCounts(explanations)) lines.push(`  ${String(n).padStart(5)}  ${rule}`);
  return `${lines.join('\n')}\n`;
}

const shorten = (s: string): string => (s.length > 100 ? `${s.slice(0, 97)}...` : s);
