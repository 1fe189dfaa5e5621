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

/**
 * Merges the extractions of consecutive chunks of one text: spans are shifted to offsets in the
 * whole text, records with the same key become one, refs are renumbered. Linear in the records.
 */
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

export function mergeChunks(parts: Array<{ offset: number; extraction: Extraction }>): Extraction {
  const out = emptyExtraction();
  const byKey = new Map<string, AnyRecord>();
  const counters = { p: 0, o: 0, l: 0, m: 0, s: 0 };
  const languages = new Map<string, number>();
  for (const { offset, extraction: x } of parts) {
    languages.set(x.language, (languages.get(x.language) ?? 0) + 1);
    out.warnings.push(...x.warnings);
    const local = new Map<Ref, Ref>();
    const pairs: Array<{ into: AnyRecord; from: AnyRecord; isNew: boolean }> = [];
    const adopt = (r: AnyRecord, prefix: keyof typeof counters): void => {
      const have = byKey.get(r.key);
      if (have) {
        local.set(r.ref, have.ref);
        have.evidence.push(...r.evidence.map((e) => shift(e, offset)));
        pairs.push({ into: have, from: r, isNew: false });
        return;
      }
      counters[prefix]++;
      const copy = {
        ...r,
        ref: `${prefix}${counters[prefix]}`,
        evidence: r.evidence.map((e) => shift(e, offset)),
      } as AnyRecord;
      local.set(r.ref, copy.ref);
      byKey.set(r.key, copy);
      if (copy.kind === 'person') out.persons.push(copy);
      else if (copy.kind === 'organization') out.organizations.push(copy);
      else if (copy.kind === 'place') out.places.push(copy);
      else if (copy.kind === 'meeting') out.meetings.push(copy);
      else out.statements.push(copy);
      pairs.push({ into: copy, from: r, isNew: true });
    };
    for (const r of x.places) adopt(r, 'l');
    for (const r of x.organizations) adopt(r, 'o');
    for (const r of x.persons) adopt(r, 'p');
    for (const r of x.meetings) adopt(r, 'm');
    for (const r of x.statements) adopt(r, 's');
    const map = (ref: Ref | null): Ref | null => (ref ? (local.get(ref) ?? null) : null);
    const maps = (refs: Ref[]): Ref[] => refs.map(map).filter((r): r is Ref => !!r);
    for (const { into, from, isNew } of pairs) {
      if ('aliases' in into && 'aliases' in from && !isNew)
        for (const a of from.aliases) if (!into.aliases.includes(a) && a !== into.name) into.aliases.push(a);
      if (into.kind === 'place' && from.kind === 'place')
        into.country = isNew ? map(from.country) : (into.country ?? map(from.country));
      if (into.kind === 'organization' && from.kind === 'organization') {
        into.parent = isNew ? map(from.parent) : (into.parent ?? map(from.parent));
        into.country = isNew ? map(from.country) : (into.country ?? map(from.country));
        into.members = isNew ? maps(from.members) : union(into.members, maps(from.members));
        into.founded ??= from.founded;
      }
      if (into.kind === 'person' && from.kind === 'person') {
        const roles = from.roles.map((ro) => ({
          ...ro,
          organization: map(ro.organization),
          country: map(ro.country),
          evidence: ro.evidence.map((e) => shift(e, offset)),
        }));
        into.roles = isNew
          ? roles
          : [...into.roles, ...roles.filter((ro) => !into.roles.some((h) => h.title === ro.title))];
        if (from.name.length > into.name.length && !isNew) {
          if (!into.aliases.includes(into.name)) into.aliases.push(into.name);
          into.name = from.name;
        }
      }
      if (into.kind === 'meeting' && from.kind === 'meeting') {
        into.participants = isNew
          ? maps(from.participants)
          : union(into.participants, maps(from.participants));
        into.place = isNew ? map(from.place) : (into.place ?? map(from.place));
        into.forum = isNew ? map(from.forum) : (into.forum ?? map(from.forum));
        into.within = isNew ? map(from.within) : (into.within ?? map(from.within));
        const topicEvidence = (from.topicEvidence ?? []).map((t) => ({
          ...t,
          span: shift(t.span, offset),
          sentence: shift(t.sentence, offset),
        }));
        if (isNew) {
          if (from.topicEvidence) into.topicEvidence = topicEvidence;
        } else {
          into.topics = [...new Set([...into.topics, ...from.topics])];
          if (topicEvidence.length) into.topicEvidence = [...(into.topicEvidence ?? []), ...topicEvidence];
        }
      }
      if (into.kind === 'statement' && from.kind === 'statement') {
        into.speaker = isNew ? map(from.speaker) : (into.speaker ?? map(from.speaker));
        into.about = isNew ? map(from.about) : (into.about ?? map(from.about));
        into.mentions = isNew ? maps(from.mentions) : union(into.mentions, maps(from.mentions));
        if (isNew) into.quoteSpan = from.quoteSpan ? shift(from.quoteSpan, offset) : null;
      }
    }
    out.sentences.push(...x.sentences.map((s) => shift(s, offset)));
    for (const m of x.mentions) {
      const ref = local.get(m.ref);
      if (ref) out.mentions.push({ ...shift(m, offset), ref, via: m.via });
    }
  }
  let best = 'und';
  let n = -1;
  for (const [lang, k] of languages) {
    if (k > n) {
      best = lang;
      n = k;
    }
  }
  out.language = best;
  return out;
}
