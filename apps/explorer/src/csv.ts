// CSV export of the rows a panel lists. Quoting, commas, newlines and spreadsheet formulae are
// papaparse's job (`unparse`), never hand-written here.
import Papa from 'papaparse';

interface Named {
  name: string;
}
interface EvidenceRef {
  exact: string;
  document: { id: string; title?: string | null; publisher?: string | null };
}

/** The fields of a meeting the CSV carries (a subset of what the meetings panel loads). */
export interface MeetingRow {
  id: string;
  kind: string;
  status: string;
  date?: string | null;
  topics: readonly string[];
  place?: { name: string; country?: Named | null } | null;
  participants: readonly Named[];
  forum?: { name: string; acronym?: string | null } | null;
  within?: { id: string } | null;
  corroboration: number;
  unattributedSources: number;
  evidence: readonly EvidenceRef[];
}

export interface StatementRow {
  id: string;
  channel?: string | null;
  reportedOn?: string | null;
  quote?: string | null;
  content: string;
  speaker?: Named | null;
  mentions: readonly Named[];
  about?: { id: string } | null;
  corroboration: number;
  evidence: readonly EvidenceRef[];
}

const LIST = '; ';

function list(values: ReadonlyArray<string | null | undefined>): string {
  return [...new Set(values.filter((value): value is string => Boolean(value)))].join(LIST);
}

function sources(evidence: readonly EvidenceRef[]): string {
  return list(evidence.map((span) => span.document.title ?? span.document.id));
}

function publishers(evidence: readonly EvidenceRef[]): string {
  return list(evidence.map((span) => span.document.publisher));
}

function toCsv(fields: string[], rows: Array<Array<string | number>>): string {
  // escapeFormulae: a cell starting with = + - @ is not run as a formula by a spreadsheet.
  return Papa.unparse({ fields, data: rows }, { escapeFormulae: true, newline: '\r\n' });
}

export function meetingsCsv(meetings: readonly MeetingRow[]): string {
  return toCsv(
    [
      'id',
      'kind',
      'status',
      'date',
      'place',
      'country',
      'forum',
      'within',
      'participants',
      'topics',
      'publishers',
      'unknown_publisher_sources',
      'sources',
      'evidence',
    ],
    meetings.map((meeting) => [
      meeting.id,
      meeting.kind,
      meeting.status,
      meeting.date ?? '',
      meeting.place?.name ?? '',
      meeting.place?.country?.name ?? '',
      meeting.forum ? (meeting.forum.acronym ?? meeting.forum.name) : '',
      meeting.within?.id ?? '',
      list(meeting.participants.map((actor) => actor.name)),
      list(meeting.topics),
      publishers(meeting.evidence),
      meeting.unattributedSources,
      sources(meeting.evidence),
      meeting.evidence.map((span) => span.exact).join('\n'),
    ]),
  );
}

export function statementsCsv(statements: readonly StatementRow[]): string {
  return toCsv(
    [
      'id',
      'speaker',
      'channel',
      'reported_on',
      'quote',
      'content',
      'mentions',
      'meeting',
      'publishers',
      'sources',
      'evidence',
    ],
    statements.map((statement) => [
      statement.id,
      statement.speaker?.name ?? '',
      statement.channel ?? '',
      statement.reportedOn ?? '',
      statement.quote ?? '',
      statement.content,
      list(statement.mentions.map((actor) => actor.name)),
      statement.about?.id ?? '',
      publishers(statement.evidence),
      sources(statement.evidence),
      statement.evidence.map((span) => span.exact).join('\n'),
    ]),
  );
}

/** Offers `csv` to the browser as a file download. */
export function downloadCsv(filename: string, csv: string): void {
  // A byte-order mark so that spreadsheet programs read the file as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
