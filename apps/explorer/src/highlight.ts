// Splits a document's text at evidence offsets. Offsets are the truth: the text is never
// searched for the exact string (the same words can occur twice, and an offset bug must show).

export interface OffsetSpan {
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Indexes (into the spans given) of the spans that cover this segment; empty: plain text. */
  spans: number[];
}

/**
 * Cuts `text` at every span boundary. Each segment lists the spans covering it, so overlapping
 * and nested spans both show, and a span's text is the concatenation of the segments that list
 * it. Spans that are empty or do not fit the text are left out (see `invalidSpans`).
 */
export function segmentText(text: string, spans: readonly OffsetSpan[]): TextSegment[] {
  const usable = spans.map((span, index) => ({ ...span, index })).filter((span) => isValidSpan(text, span));
  const cuts = new Set<number>([0, text.length]);
  for (const { start, end } of usable) {
    cuts.add(start);
    cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = usable
      .filter((span) => span.start <= start && span.end >= end)
      .map((span) => span.index);
    const previous = segments.at(-1);
    if (previous && previous.spans.length === 0 && covering.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), spans: covering });
    }
  }
  return segments;
}

export function isValidSpan(text: string, { start, end }: OffsetSpan): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/** Spans whose offsets do not fit the text, or whose `exact` is not the text at its offsets. */
export function invalidSpans<T extends OffsetSpan & { exact: string }>(
  text: string,
  spans: readonly T[],
): T[] {
  return spans.filter((span) => !isValidSpan(text, span) || text.slice(span.start, span.end) !== span.exact);
}
