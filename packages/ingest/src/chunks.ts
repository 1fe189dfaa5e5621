import type {
  Extraction,
  MeetingRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  Ref,
  Span,
  StatementRecord,
} from './types.js';

type AnyRecord = PersonRecord | OrganizationRecord | PlaceRecord | MeetingRecord | StatementRecord;

const shift = (s: Span, offset: number): Span => ({
  start: s.start + offset,
  end: s.end + offset,
  exact: s.exact,
});
const union = (a: Ref[], b: Ref[]): Ref[] => [...new Set([...a, ...b])];

/** An extraction with nothing in it (language undetermined). */
export function emptyExtraction(): Extraction {
  return {
    sentences: [],
    mentions: [],
    persons: [],
    organizations: [],
    places: [],
    meetings: [],
    statements: [],
    language: 'und',
    warnings: [],
  };
}

type RefPrefix = 'p' | 'o' | 'l' | 'm' | 's';

/** What the merge keeps across chunks: the records by key and the last ref given per kind. */
interface MergeState {
  out: Extraction;
  byKey: Map<string, AnyRecord>;
  counters: Record<RefPrefix, number>;
}

/** One chunk's record and the merged record it went into (`isNew` when it was copied, not joined). */
interface Adoption {
  into: AnyRecord;
  from: AnyRecord;
  isNew: boolean;
}

/** Reads a chunk's refs as refs of the merged extraction. */
interface RefMap {
  offset: number;
  map: (ref: Ref | null) => Ref | null;
  maps: (refs: Ref[]) => Ref[];
}

/**
 * Merges the extractions of consecutive chunks of one text: spans are shifted to offsets in the
 * whole text, records with the same key become one, refs are renumbered. Linear in the records.
 * Every chunk is of the same text, so of the same language.
 */
export function mergeChunks(parts: Array<{ offset: number; extraction: Extraction }>): Extraction {
  const state: MergeState = {
    out: emptyExtraction(),
    byKey: new Map(),
    counters: { p: 0, o: 0, l: 0, m: 0, s: 0 },
  };
  for (const { offset, extraction } of parts) mergeChunk(state, offset, extraction);
  state.out.language = parts[0]?.extraction.language ?? 'und';
  return state.out;
}

function mergeChunk(state: MergeState, offset: number, x: Extraction): void {
  state.out.warnings.push(...x.warnings);
  const local = new Map<Ref, Ref>();
  const adoptions: Adoption[] = [];
  const adopt = (prefix: RefPrefix) => (r: AnyRecord) =>
    adoptions.push(adoptRecord(state, local, r, prefix, offset));
  x.places.forEach(adopt('l'));
  x.organizations.forEach(adopt('o'));
  x.persons.forEach(adopt('p'));
  x.meetings.forEach(adopt('m'));
  x.statements.forEach(adopt('s'));
  const map = (ref: Ref | null): Ref | null => (ref ? (local.get(ref) ?? null) : null);
  const refs: RefMap = { offset, map, maps: (rs) => rs.map(map).filter((r): r is Ref => !!r) };
  for (const a of adoptions) mergeFields(a, refs);
  state.out.sentences.push(...x.sentences.map((s) => shift(s, offset)));
  for (const m of x.mentions) {
    const ref = local.get(m.ref);
    if (ref) state.out.mentions.push({ ...shift(m, offset), ref, via: m.via });
  }
}

/** Joins `r` to the merged record with its key, or copies it in under a new ref. */
function adoptRecord(
  state: MergeState,
  local: Map<Ref, Ref>,
  r: AnyRecord,
  prefix: RefPrefix,
  offset: number,
): Adoption {
  const have = state.byKey.get(r.key);
  if (have) {
    local.set(r.ref, have.ref);
    have.evidence.push(...r.evidence.map((e) => shift(e, offset)));
    return { into: have, from: r, isNew: false };
  }
  state.counters[prefix]++;
  const copy = {
    ...r,
    ref: `${prefix}${state.counters[prefix]}`,
    evidence: r.evidence.map((e) => shift(e, offset)),
  } as AnyRecord;
  local.set(r.ref, copy.ref);
  state.byKey.set(r.key, copy);
  listOf(state.out, copy).push(copy);
  return { into: copy, from: r, isNew: true };
}

function listOf(out: Extraction, r: AnyRecord): AnyRecord[] {
  if (r.kind === 'person') return out.persons;
  if (r.kind === 'organization') return out.organizations;
  if (r.kind === 'place') return out.places;
  if (r.kind === 'meeting') return out.meetings;
  return out.statements;
}

/** Carries the fields of a chunk's record into the merged one, refs renumbered. */
function mergeFields({ into, from, isNew }: Adoption, refs: RefMap): void {
  if ('aliases' in into && 'aliases' in from && !isNew)
    for (const a of from.aliases) if (!into.aliases.includes(a) && a !== into.name) into.aliases.push(a);
  if (into.kind === 'place' && from.kind === 'place')
    into.country = isNew ? refs.map(from.country) : (into.country ?? refs.map(from.country));
  if (into.kind === 'organization' && from.kind === 'organization')
    mergeOrganization(into, from, isNew, refs);
  if (into.kind === 'person' && from.kind === 'person') mergePerson(into, from, isNew, refs);
  if (into.kind === 'meeting' && from.kind === 'meeting') mergeMeeting(into, from, isNew, refs);
  if (into.kind === 'statement' && from.kind === 'statement') mergeStatement(into, from, isNew, refs);
}

function mergeOrganization(
  into: OrganizationRecord,
  from: OrganizationRecord,
  isNew: boolean,
  refs: RefMap,
): void {
  into.parent = isNew ? refs.map(from.parent) : (into.parent ?? refs.map(from.parent));
  into.country = isNew ? refs.map(from.country) : (into.country ?? refs.map(from.country));
  into.members = isNew ? refs.maps(from.members) : union(into.members, refs.maps(from.members));
  into.founded ??= from.founded;
}

function mergePerson(into: PersonRecord, from: PersonRecord, isNew: boolean, refs: RefMap): void {
  const roles = from.roles.map((ro) => ({
    ...ro,
    organization: refs.map(ro.organization),
    country: refs.map(ro.country),
    evidence: ro.evidence.map((e) => shift(e, refs.offset)),
  }));
  into.roles = isNew
    ? roles
    : [...into.roles, ...roles.filter((ro) => !into.roles.some((h) => h.title === ro.title))];
  if (from.name.length > into.name.length && !isNew) {
    if (!into.aliases.includes(into.name)) into.aliases.push(into.name);
    into.name = from.name;
  }
}

function mergeMeeting(into: MeetingRecord, from: MeetingRecord, isNew: boolean, refs: RefMap): void {
  into.participants = isNew
    ? refs.maps(from.participants)
    : union(into.participants, refs.maps(from.participants));
  into.place = isNew ? refs.map(from.place) : (into.place ?? refs.map(from.place));
  into.forum = isNew ? refs.map(from.forum) : (into.forum ?? refs.map(from.forum));
  into.within = isNew ? refs.map(from.within) : (into.within ?? refs.map(from.within));
  const topicEvidence = (from.topicEvidence ?? []).map((t) => ({
    ...t,
    span: shift(t.span, refs.offset),
    sentence: shift(t.sentence, refs.offset),
  }));
  if (isNew) {
    if (from.topicEvidence) into.topicEvidence = topicEvidence;
  } else {
    into.topics = [...new Set([...into.topics, ...from.topics])];
    if (topicEvidence.length) into.topicEvidence = [...(into.topicEvidence ?? []), ...topicEvidence];
  }
}

function mergeStatement(into: StatementRecord, from: StatementRecord, isNew: boolean, refs: RefMap): void {
  into.speaker = isNew ? refs.map(from.speaker) : (into.speaker ?? refs.map(from.speaker));
  into.about = isNew ? refs.map(from.about) : (into.about ?? refs.map(from.about));
  into.mentions = isNew ? refs.maps(from.mentions) : union(into.mentions, refs.maps(from.mentions));
  if (isNew) into.quoteSpan = from.quoteSpan ? shift(from.quoteSpan, refs.offset) : null;
}
