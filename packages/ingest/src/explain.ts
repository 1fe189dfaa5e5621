// Why a record exists: for each record of an extraction, the rules that produced it and the
// spans they read, from what the records themselves keep (mentions say how they were
// recognised, topics name their rule, the meetings stage keeps the names of its rules beside its
// records, and so does the statements stage). A statement whose rules were not kept (a record
// copied when long texts are read in chunks) is reported by stage ("statement-frame"), and so is a
// meeting's sentence no named rule read ("meeting-frame": evidence lent by a later
// stage, or a record copied when long texts are read in chunks), so the output stays truthful.
import { meetingRules } from './events/meetings.js';
import { statementRules } from './events/statements.js';
import type { Extraction, MeetingRecord, Ref, Span, StatementRecord } from './types.js';

/** One rule reading one span of the text. */
export interface RuleFiring {
  rule: string;
  span: Span;
}

/** One record and the reasons for it. */
export interface RecordExplanation {
  ref: Ref;
  kind: 'person' | 'organization' | 'place' | 'meeting' | 'statement';
  /** A one-line description: the name, the meeting's kind and parties, the speaker and words. */
  label: string;
  because: RuleFiring[];
}

export function explainExtraction(x: Extraction): RecordExplanation[] {
  const names = new Map<Ref, string>();
  for (const r of [...x.persons, ...x.organizations, ...x.places]) names.set(r.ref, r.name);
  const nameOf = (ref: Ref | null): string => (ref ? (names.get(ref) ?? ref) : 'nobody named');
  const mentionsOf = new Map<Ref, RuleFiring[]>();
  for (const m of x.mentions) {
    const list = mentionsOf.get(m.ref) ?? [];
    list.push({ rule: `mention:${m.via}`, span: { start: m.start, end: m.end, exact: m.exact } });
    mentionsOf.set(m.ref, list);
  }
  // a record only implied (a country behind a ministry) has evidence but no mention of its own
  const entity =
    (kind: RecordExplanation['kind']) =>
    (r: { ref: Ref; name: string; evidence: Span[] }): RecordExplanation => {
      const mentions = mentionsOf.get(r.ref) ?? [];
      return {
        ref: r.ref,
        kind,
        label: r.name,
        because: mentions.length
          ? mentions
          : r.evidence.map((span) => ({ rule: 'implied-by-another-record', span })),
      };
    };
  return [
    ...x.persons.map(entity('person')),
    ...x.organizations.map(entity('organization')),
    ...x.places.map(entity('place')),
    ...x.meetings.map((m) => ({
      ref: m.ref,
      kind: 'meeting' as const,
      label: `${m.meetingKind}, ${m.status}: ${m.participants.map(nameOf).join(', ') || 'no party named'}`,
      because: [
        ...meetingFirings(m),
        ...(m.topicEvidence ?? []).map((t) => ({ rule: `topic:${t.rule}`, span: t.span })),
      ],
    })),
    ...x.statements.map((s) => ({
      ref: s.ref,
      kind: 'statement' as const,
      label: `${nameOf(s.speaker)}: ${s.content.length > 80 ? `${s.content.slice(0, 77)}...` : s.content}`,
      because: [...statementFirings(s), ...(s.quoteSpan ? [{ rule: 'quotation', span: s.quoteSpan }] : [])],
    })),
  ];
}

/**
 * The named statement rules that produced a statement ("statement:speaker:speaker-before-verb"),
 * each on the sentence it read (the last of its evidence), else "statement-frame" on each span.
 */
function statementFirings(s: StatementRecord): RuleFiring[] {
  const rules = statementRules(s);
  const read = s.evidence.at(-1);
  if (rules.length === 0 || !read) return s.evidence.map((span) => ({ rule: 'statement-frame', span }));
  return rules.map((rule) => ({ rule, span: read }));
}

/**
 * The named meeting rules that produced a meeting ("meeting:participants:persons-in-clause"), each
 * on the sentence it read, then "meeting-frame" for each sentence of its evidence no rule read.
 */
function meetingFirings(m: MeetingRecord): RuleFiring[] {
  const out: RuleFiring[] = [];
  const read = new Set<Span>();
  for (const f of meetingRules(m)) {
    // the same span object when the text needed no mapping, else the sentence that starts there
    const span =
      m.evidence.find((e) => e === f.span) ??
      m.evidence.find((e) => e.start === f.span.start) ??
      m.evidence[0];
    if (!span) continue;
    read.add(span);
    out.push({ rule: `meeting:${f.rule}`, span });
  }
  for (const span of m.evidence) if (!read.has(span)) out.push({ rule: 'meeting-frame', span });
  return out;
}

/** How often each rule fired, most frequent first: the counts that show a rule's reach. */
export function ruleCounts(explanations: readonly RecordExplanation[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const e of explanations) for (const f of e.because) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
