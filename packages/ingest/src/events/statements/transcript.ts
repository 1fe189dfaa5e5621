// Transcript pages: "Press conference by <title> <name>", "Remarks by ...", "(As delivered)".
import type { Doc } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import type { Quotation } from '../../text/quotes.js';
import type { Span } from '../../types.js';
import { clip, statement, wordCount } from './build.js';
import type { StatementContext, Transcript } from './types.js';

export type { Transcript } from './types.js';

/** Rule: a transcript page ("Press conference by <title> <name>", "Remarks by ...", "(As delivered)"). */
export function transcriptSpeaker(doc: Doc, reg: Registry): Transcript | null {
  const head = doc.text.slice(0, 600);
  if (
    !/^(?:\s*)(?:Press conference|Remarks|Speech|Statement|Transcript|Opening remarks|Doorstep)\b/im.test(
      head,
    ) ||
    !/\(As delivered\)|\bby\b/.test(head)
  )
    return null;
  const byLine = /^by .+$/m.exec(head) ?? /^(?:Press conference|Remarks|Speech) by .+$/m.exec(head);
  if (!byLine) return null;
  const start = byLine.index;
  const end = start + byLine[0].length;
  const person = reg.mentionsIn(start, end).find((m) => reg.get(m.ref)?.kind === 'person');
  if (!person) return null;
  const delivered = doc.text.indexOf('(As delivered)');
  const bodyStart = delivered >= 0 ? delivered + 14 : end;
  return { speaker: person.ref, header: reg.span(start, end), bodyStart };
}

function transcriptParagraphs(doc: Doc, from: number): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const t = m[0].trim();
    if (wordCount(t) < 10 || /^[•*]/.test(t)) continue;
    const start = m.index + m[0].indexOf(t);
    out.push({ start, end: start + t.length, exact: t });
  }
  return out;
}

/** Stage: each paragraph of a transcript's body is a statement of its speaker at a press conference. */
export function transcriptStatements(c: StatementContext): void {
  const { transcript, reg, out } = c;
  if (!transcript) return;
  for (const p of transcriptParagraphs(c.doc, transcript.bodyStart)) {
    const sp = reg.span(p.start, p.end);
    const quote: Quotation = { outer: sp, inner: sp, depth: 0, open: false };
    out.push(
      statement(reg, out.length, transcript.speaker, 'press_conference', quote, sp, [
        clip(reg, sp),
        transcript.header,
      ]),
    );
  }
}
