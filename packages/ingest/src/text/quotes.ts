import type { Span } from '../types.js';

/** A quotation: the marks included (`outer`) and the quoted words without them (`inner`). */
export interface Quotation {
  outer: Span;
  inner: Span;
  /** 0 for a top-level quotation, 1+ for one nested inside another. */
  depth: number;
  /** True when the closing mark is missing (text cut) and the quote runs to the paragraph end. */
  open: boolean;
}

type Width = 'double' | 'single';
interface Opening {
  width: Width;
  pos: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isSpaceOrStart = (ch: string | undefined): boolean =>
  ch === undefined || /[\s([{\u2014\u2013:—-]/.test(ch);
const isSpaceOrEnd = (ch: string | undefined): boolean =>
  ch === undefined || /[\s)\]},.;:!?\u2014\u2013—-]/.test(ch);

function span(text: string, start: number, end: number): Span {
  return { start, end, exact: text.slice(start, end) };
}

/** Trims whitespace inside a span. */
function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return span(text, s, e);
}

/**
 * Finds quotations paragraph by paragraph. Handles curly and straight, double and single marks,
 * apostrophes that look like closing marks (Belarus’s, countries’), nested quotations
 * ("our "neighbors""), a single opening mark closed by a double one, and an opening mark whose
 * closing mark was cut off (the quote then runs to the end of the paragraph). Linear time.
 */
export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  let paraStart = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || text[i] === '\n') {
      scanParagraph(text, paraStart, i, found);
      paraStart = i + 1;
    }
  }
  return quotationsAcrossParagraphs(
    text,
    found.sort((a, b) => a.outer.start - b.outer.start),
  );
}

/** A double mark that opens or closes a quotation. */
const DOUBLE_MARK = /[“”"«»„]/;

/**
 * Rule: a quotation that runs over a paragraph break. Newspapers leave the closing mark off a
 * quoted paragraph that the next paragraph goes on quoting, and open that paragraph with a new
 * mark (“AAA. ¶ “BBB,” she said.) or, in some house styles, with none (“AAA. ¶ BBB,” she said.).
 * Both halves are one quotation, attributed where it closes. A paragraph that opens with some
 * other text, or closes nothing, does not continue the quotation, which then runs to its
 * paragraph's end as before.
 */
function quotationsAcrossParagraphs(text: string, quotes: Quotation[]): Quotation[] {
  if (!quotes.some((q) => q.open)) return quotes;
  const out: Quotation[] = [];
  for (let i = 0; i < quotes.length; i++) {
    let q = quotes[i] as Quotation;
    while (q.open && q.depth === 0) {
      const next = continuationOf(text, quotes, i, q);
      if (!next) break;
      const joined: Quotation = {
        outer: span(text, q.outer.start, next.outerEnd),
        inner: span(text, q.inner.start, next.innerEnd),
        depth: 0,
        open: next.open,
      };
      // the quotations inside the continuing paragraph become nested in the joined one
      for (let k = i + 1; k <= next.last; k++) {
        const inside = quotes[k] as Quotation;
        if (k !== next.replaces) out.push({ ...inside, depth: inside.depth + 1 });
      }
      i = next.last;
      q = joined;
    }
    out.push(q);
  }
  return out.sort((a, b) => a.outer.start - b.outer.start);
}

interface Continuation {
  outerEnd: number;
  innerEnd: number;
  open: boolean;
  /** index of the last quotation of `quotes` the continuation covers */
  last: number;
  /** index of the quotation the continuation replaces (its opening paragraph's own), or -1 */
  replaces: number;
}

/** How the paragraph after an open quotation goes on with it, if it does. */
function continuationOf(text: string, quotes: Quotation[], i: number, q: Quotation): Continuation | null {
  let p = q.outer.end;
  while (p < text.length && text[p] !== '\n') p++;
  while (p < text.length && /\s/.test(text[p] as string)) p++;
  if (p >= text.length) return null;
  let paraEnd = text.indexOf('\n', p);
  if (paraEnd < 0) paraEnd = text.length;
  let last = i;
  while (last + 1 < quotes.length && (quotes[last + 1] as Quotation).outer.start < paraEnd) last++;
  const own = quotes[i + 1];
  // “AAA. ¶ “BBB,” she said.: the next paragraph opens with a quotation of its own
  if (own && own.outer.start === p && own.depth === 0)
    return { outerEnd: own.outer.end, innerEnd: own.inner.end, open: own.open, last, replaces: i + 1 };
  // “AAA. ¶ BBB,” she said.: the first double mark of the next paragraph closes, none opens
  if (DOUBLE_MARK.test(text[p] as string)) return null;
  for (let k = p; k < paraEnd; k++) {
    const ch = text[k] as string;
    if (!DOUBLE_MARK.test(ch)) continue;
    const prev = text[k - 1];
    const after = text[k + 1];
    const closes =
      (ch === '”' || ch === '»' || ch === '"') &&
      prev !== undefined &&
      !/\s/.test(prev) &&
      (after === undefined || /[\s,.;:!?)—–-]/.test(after));
    if (!closes || quotes.slice(i + 1, last + 1).some((x) => x.outer.start < k)) return null;
    let innerEnd = k;
    while (innerEnd > p && /\s/.test(text[innerEnd - 1] as string)) innerEnd--;
    return { outerEnd: k + 1, innerEnd, open: false, last, replaces: -1 };
  }
  return null;
}

/**
 * The quotations of `quotes` that overlap [start, end). `quotes` must be sorted and must not
 * overlap each other (the top-level quotations are), so a binary search finds the first one.
 */
export function quotationsOverlapping(quotes: readonly Quotation[], start: number, end: number): Quotation[] {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as Quotation).outer.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Quotation[] = [];
  for (let i = lo; i < quotes.length && (quotes[i] as Quotation).outer.start < end; i++)
    out.push(quotes[i] as Quotation);
  return out;
}

/**
 * Rule: "“AAA, “the president wrote.": an opening mark typed where the closing one belongs. With
 * a quotation open, an opening mark that no other double mark follows in its paragraph can
 * only close it. Scans up to the next double mark, so a paragraph is still read in linear time.
 */
function lastDoubleMarkOf(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (DOUBLE_MARK.test(text[k] as string)) return false;
  return true;
}

function scanParagraph(text: string, from: number, to: number, out: Quotation[]): void {
  const stack: Opening[] = [];
  const close = (index: number, at: number, markLen: number): void => {
    const o = stack[index] as Opening;
    stack.length = index;
    const inner = trimmed(text, o.pos + 1, at);
    if (inner.end > inner.start)
      out.push({ outer: span(text, o.pos, at + markLen), inner, depth: index, open: false });
  };
  const lastOf = (width: Width): number => {
    for (let k = stack.length - 1; k >= 0; k--) if ((stack[k] as Opening).width === width) return k;
    return -1;
  };
  for (let i = from; i < to; i++) {
    const ch = text[i] as string;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    switch (ch) {
      case '“': {
        // „Text“ (German style) and "Text,“ she said (a typo): after a word and before a
        // space, it closes the open quotation instead of opening one
        const k = lastOf('double');
        const closerShape = isSpaceOrEnd(next) && prev !== undefined && !/\s/.test(prev);
        if (k >= 0 && (closerShape || lastDoubleMarkOf(text, i + 1, to))) close(k, i, 1);
        else stack.push({ width: 'double', pos: i });
        break;
      }
      case '«':
      case '„':
        stack.push({ width: 'double', pos: i });
        break;
      case '”':
      case '»': {
        const k = lastOf('double');
        if (k >= 0) close(k, i, 1);
        else if (stack.length) close(stack.length - 1, i, 1);
        break;
      }
      case '"': {
        const openerShape = isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next);
        const closerShape = isSpaceOrEnd(next) && prev !== undefined && !/\s/.test(prev);
        const k = lastOf('double');
        if (k >= 0 && (closerShape || !openerShape)) close(k, i, 1);
        else if (k < 0 && closerShape && !openerShape && stack.length) close(stack.length - 1, i, 1);
        else if (openerShape || k < 0) stack.push({ width: 'double', pos: i });
        break;
      }
      case '‘':
        if (!(prev !== undefined && LETTER_OR_DIGIT.test(prev))) stack.push({ width: 'single', pos: i });
        break;
      case '’':
      case "'": {
        // between letters it is an apostrophe: Belarus’s, I’m, don't
        if (
          prev !== undefined &&
          next !== undefined &&
          LETTER_OR_DIGIT.test(prev) &&
          LETTER_OR_DIGIT.test(next)
        )
          break;
        const k = lastOf('single');
        if (k >= 0 && prev !== undefined && !/\s/.test(prev) && isSpaceOrEnd(next)) {
          close(k, i, 1);
          break;
        }
        if (ch === "'" && isSpaceOrStart(prev) && next !== undefined && LETTER_OR_DIGIT.test(next))
          stack.push({ width: 'single', pos: i });
        break;
      }
      default:
        break;
    }
  }
  // an unclosed double mark at the start of a paragraph or after a colon: the closing mark was cut
  const first = stack[0];
  if (first && first.width === 'double') {
    const before = text.slice(from, first.pos).trim();
    if (before === '' || before.endsWith(':')) {
      const inner = trimmed(text, first.pos + 1, to);
      if (inner.end > inner.start)
        out.push({ outer: span(text, first.pos, inner.end), inner, depth: 0, open: true });
    }
  }
}
