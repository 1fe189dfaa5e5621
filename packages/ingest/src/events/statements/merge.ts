// Statements told twice become one: a standfirst repeating the lead, a headline above its body.
import type { StatementRecord } from '../../types.js';
import type { StatementContext } from './context.js';

/**
 * The words a statement is known by: its quotation, or its sentence when the quotation is only
 * a phrase ("an 'important' meeting") that other sentences may quote too.
 */
function wordsOf(st: StatementRecord): string {
  if (!st.quote) return st.content;
  if (st.quote.length > 30) return st.quote;
  const q = st.quoteSpan;
  const around = q ? st.evidence.find((e) => e.start <= q.start && q.end <= e.end) : undefined;
  return around?.exact ?? st.quote;
}

/** Two partial quotations of one sentence share its evidence. */
function sameSentence(a: StatementRecord, b: StatementRecord): boolean {
  return b.evidence.some((x) => a.evidence.some((e) => e.start === x.start));
}

/**
 * Rule: identical words by the same speaker told twice (a standfirst repeating the lead) are one
 * statement; two quotations of one sentence stay two, and so do a quotation and the words its
 * sentence reports besides (", adding that ...").
 */
export function dedupe(c: StatementContext): void {
  const out = c.out;
  // identical closing words (normalised) by the same speaker: a map, not a pairwise scan
  const tails = new Map<StatementRecord, string>();
  const tail = (st: StatementRecord): string => {
    let t = tails.get(st);
    if (t === undefined) {
      t = `${st.speaker}|${wordsOf(st).slice(-120).replace(/\W+/g, ' ').trim().slice(-80)}`;
      tails.set(st, t);
    }
    return t;
  };
  const firstByTail = new Map<string, StatementRecord>();
  for (const st of out)
    if (wordsOf(st).length > 30 && !firstByTail.has(tail(st))) firstByTail.set(tail(st), st);
  for (let i = out.length - 1; i > 0; i--) {
    const a = out[i] as StatementRecord;
    if (wordsOf(a).length <= 30) continue;
    const b = firstByTail.get(tail(a));
    if (!b || b === a || ((a.quote !== null || b.quote !== null) && sameSentence(a, b))) continue;
    for (const e of a.evidence) if (!b.evidence.some((x) => x.start === e.start)) b.evidence.push(e);
    out.splice(i, 1);
  }
  out.forEach((st, k) => {
    st.ref = `s${k + 1}`;
  });
}

/**
 * Rule: a headline that reports what someone said ("X announces a new meeting with Y") tells the
 * same statement as the body: its span joins the speaker's first statement in the body.
 */
export function foldHeadline(c: StatementContext): void {
  const { doc, reg, out } = c;
  // "..., Kremlin says" above "Kremlin spokesman Peskov told journalists ...": one statement
  const speaksFor = (person: string | null, org: string | null): boolean => {
    const p = reg.get(person);
    return !!org && p?.kind === 'person' && p.roles.some((r) => r.organization === org);
  };
  const firstLineEnd = doc.text.indexOf('\n');
  if (firstLineEnd < 0) return;
  const line = doc.text.slice(0, firstLineEnd).trim();
  if (!line || /[.!?"”]$/.test(line) || line.length > 160) return;
  for (let i = 0; i < out.length; i++) {
    const st = out[i] as StatementRecord;
    if (!st.evidence.every((e) => e.end <= firstLineEnd)) continue;
    const body = out.find(
      (o) =>
        o !== st &&
        (o.speaker === st.speaker || speaksFor(o.speaker, st.speaker)) &&
        o.evidence.some((e) => e.start > firstLineEnd),
    );
    if (!body) continue;
    for (const e of st.evidence)
      if (!body.evidence.some((x) => x.start === e.start)) body.evidence.unshift(e);
    out.splice(i, 1);
    i--;
  }
}
