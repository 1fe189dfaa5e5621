// What every stage of the statements stage reads and writes: the document, its quotations, the
// salient subjects, the media known for each speaker, and the statements made so far.
import type { Doc } from '../../doc.js';
import type { EntityIndex } from '../../entities/index.js';
import type { Registry } from '../../entities/registry.js';
import type { Quotation } from '../../text/quotes.js';
import type { MeetingRecord } from '../../types.js';
import { speakerChannels } from './channel.js';
import { salientSubjects } from './subjects.js';
import { transcriptSpeaker } from './transcript.js';
import type { StatementContext } from './types.js';

export type { StatementContext, StatementStage } from './types.js';

export function statementContext(
  doc: Doc,
  reg: Registry,
  idx: EntityIndex,
  meetings: MeetingRecord[],
): StatementContext {
  const topQuotes = doc.quotes.filter((q) => q.depth === 0);
  const outside = outsideQuotations(topQuotes);
  const subjects = salientSubjects(doc, reg, outside);
  return {
    doc,
    reg,
    idx,
    meetings,
    topQuotes,
    outside,
    subjects,
    channelBySpeaker: speakerChannels(doc, reg, outside, subjects),
    relayers: [],
    transcript: transcriptSpeaker(doc, reg),
    paragraphIndex: paragraphIndexer(doc.text),
    out: [],
  };
}

/** Tells whether a stretch lies outside the quotations (binary search over their starts). */
function outsideQuotations(topQuotes: Quotation[]): (a: number, b: number) => boolean {
  const quoteAt = (a: number, b: number): Quotation | undefined => {
    let lo = 0;
    let hi = topQuotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((topQuotes[mid] as Quotation).outer.start <= a) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const q = found >= 0 ? topQuotes[found] : undefined;
    return q && b <= q.outer.end ? q : undefined;
  };
  return (a, b) => !quoteAt(a, b);
}

/** Paragraphs are lines (one paragraph per line in most stored articles); blank lines don't count. */
function paragraphIndexer(text: string): (pos: number) => number {
  const lineStarts: number[] = [];
  for (let i = 0; i < text.length; i++)
    if ((i === 0 || text[i - 1] === '\n') && text[i] !== '\n') lineStarts.push(i);
  return (pos) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}
