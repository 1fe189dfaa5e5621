// Hand-built extractions, so that the store's merging is tested apart from the extraction rules.
import type {
  Extraction,
  MeetingRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  Span,
  StatementRecord,
} from '@dossier/ingest';

export function span(text: string, exact: string, from = 0): Span {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return { start, end: start + exact.length, exact };
}

export function extraction(parts: Partial<Extraction>): Extraction {
  return {
    sentences: [],
    mentions: [],
    persons: [],
    organizations: [],
    places: [],
    meetings: [],
    statements: [],
    language: 'en',
    warnings: [],
    ...parts,
  };
}

export const person = (
  p: Partial<PersonRecord> & Pick<PersonRecord, 'ref' | 'key' | 'name'>,
): PersonRecord => ({
  kind: 'person',
  aliases: [],
  roles: [],
  evidence: [],
  ...p,
});
export const place = (p: Partial<PlaceRecord> & Pick<PlaceRecord, 'ref' | 'key' | 'name'>): PlaceRecord => ({
  kind: 'place',
  aliases: [],
  placeKind: 'country',
  country: null,
  countryCode: null,
  evidence: [],
  ...p,
});
export const org = (
  p: Partial<OrganizationRecord> & Pick<OrganizationRecord, 'ref' | 'key' | 'name'>,
): OrganizationRecord => ({
  kind: 'organization',
  aliases: [],
  acronym: null,
  orgKind: 'other',
  parent: null,
  members: [],
  founded: null,
  country: null,
  evidence: [],
  ...p,
});
export const meeting = (p: Partial<MeetingRecord> & Pick<MeetingRecord, 'ref' | 'key'>): MeetingRecord => ({
  kind: 'meeting',
  meetingKind: 'bilateral',
  status: 'held',
  participants: [],
  place: null,
  date: null,
  within: null,
  forum: null,
  topics: [],
  evidence: [],
  ...p,
});
export const statement = (
  p: Partial<StatementRecord> & Pick<StatementRecord, 'ref' | 'key' | 'content'>,
): StatementRecord => ({
  kind: 'statement',
  speaker: null,
  channel: null,
  quote: null,
  quoteSpan: null,
  about: null,
  mentions: [],
  evidence: [],
  ...p,
});
