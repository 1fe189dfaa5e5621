// Making a statement record: its evidence, quotation, mentions and key.
import type { Registry } from '../../entities/registry.js';
import { foldName, keyPart } from '../../text/fold.js';
import type { Quotation } from '../../text/quotes.js';
import type { Channel, Span, StatementRecord } from '../../types.js';
import type { StatementContext } from './types.js';

const MAX_EVIDENCE = 1400;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Evidence longer than MAX_EVIDENCE characters is cut to its start. */
export function clip(reg: Registry, s: Span): Span {
  return s.end - s.start > MAX_EVIDENCE ? reg.span(s.start, s.start + MAX_EVIDENCE) : s;
}

export function statement(
  reg: Registry,
  n: number,
  speaker: string | null,
  channel: Channel | null,
  quote: Quotation | null,
  sent: Span,
  evidence: Span[],
): StatementRecord {
  let quoteSpan: Span | null = null;
  if (quote) {
    let end = quote.inner.end;
    while (end > quote.inner.start && /[,\s]/.test(reg.text[end - 1] as string)) end--;
    quoteSpan = reg.span(quote.inner.start, end);
  }
  const mentions = [
    ...new Set(
      reg
        .mentionsIn(sent.start, sent.end)
        .filter((m) => m.ref !== speaker)
        .map((m) => m.ref),
    ),
  ];
  const uniq: Span[] = [];
  for (const e of evidence) if (!uniq.some((u) => u.start === e.start && u.end === e.end)) uniq.push(e);
  return {
    kind: 'statement',
    ref: `s${n + 1}`,
    key: '',
    evidence: uniq,
    speaker,
    channel,
    quote: quoteSpan?.exact ?? null,
    quoteSpan,
    content: quoteSpan?.exact ?? sent.exact,
    about: null,
    mentions,
  };
}

/** `statement:<speaker key>:<foldName of the first ~12 content words>` */
export function statementKey(reg: Registry, st: StatementRecord): string {
  const speaker = st.speaker ? (reg.get(st.speaker)?.key ?? '') : '';
  const words = foldName(st.content.slice(0, 240))
    .split(' ')
    .filter(
      (w) =>
        w.length > 2 &&
        !/^(?:the|and|that|with|for|from|this|was|were|are|has|have|had|its|their|his|her)$/.test(w),
    )
    .slice(0, 12);
  return `statement:${speaker}:${keyPart(words.join(' '))}`;
}

/** Stage: every statement's key, once its speaker and words are final. */
export function keyStatements(c: StatementContext): void {
  for (const st of c.out) st.key = statementKey(c.reg, st);
}
