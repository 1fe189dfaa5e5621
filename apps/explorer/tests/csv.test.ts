import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { type MeetingRow, meetingsCsv, type StatementRow, statementsCsv } from '../src/csv.ts';

const doc = (id: string, title: string | null, publisher: string | null) => ({ id, title, publisher });

const meeting: MeetingRow = {
  id: 'TWVldGluZzox',
  kind: 'BILATERAL',
  status: 'HELD',
  date: '2031-04-02',
  topics: ['rivers', 'rail'],
  place: { name: 'Novo Polje, "old town"', country: { name: 'Freedonia' } },
  participants: [{ name: 'Ana Kos' }, { name: 'Kos, Ana Jr.' }],
  forum: null,
  within: { id: 'TWVldGluZzoy' },
  corroboration: 1,
  unattributedSources: 1,
  evidence: [
    { exact: 'Ana Kos met "Kos, Ana Jr."\nin Novo Polje', document: doc('RG9jOjE=', 'Wire, one', 'Wire') },
    { exact: 'the two met', document: doc('RG9jOjI=', null, null) },
  ],
};

const statement: StatementRow = {
  id: 'U3RhdGVtZW50OjE=',
  channel: 'PRESS_CONFERENCE',
  reportedOn: '2031-04-03',
  quote: '=SUM(A1:A9) is not a formula, she said',
  content: 'She said, "rivers, rails"\nand more.',
  speaker: { name: 'Ana Kos' },
  mentions: [],
  about: null,
  corroboration: 0,
  evidence: [],
};

function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('meetingsCsv', () => {
  it('keeps quotes, commas and newlines inside their fields', () => {
    const [header, row, ...rest] = parse(meetingsCsv([meeting]));
    expect(rest).toEqual([]);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('place')).toBe('Novo Polje, "old town"');
    expect(cell('participants')).toBe('Ana Kos; Kos, Ana Jr.');
    expect(cell('evidence')).toBe('Ana Kos met "Kos, Ana Jr."\nin Novo Polje\nthe two met');
    expect(cell('sources')).toBe('Wire, one; RG9jOjI=');
    expect(cell('publishers')).toBe('Wire');
    expect(cell('unknown_publisher_sources')).toBe('1');
    expect(cell('within')).toBe('TWVldGluZzoy');
    expect(cell('forum')).toBe('');
  });

  it('writes the header alone for no rows', () => {
    const rows = parse(meetingsCsv([]));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe('id');
  });
});

describe('statementsCsv', () => {
  it('escapes a cell a spreadsheet would run as a formula, and keeps the rest verbatim', () => {
    const [header, row] = parse(statementsCsv([statement]));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell('quote')).toBe("'=SUM(A1:A9) is not a formula, she said");
    expect(cell('content')).toBe('She said, "rivers, rails"\nand more.');
    expect(cell('speaker')).toBe('Ana Kos');
    expect(cell('meeting')).toBe('');
  });
});
