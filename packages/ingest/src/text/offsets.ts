// Text that looks the same can read differently: a zero-width space splits a name in two, a
// CR-only line ending hides every line break, a decomposed "é" splits a word. The rules read a
// normalised view of the text; every span they return is mapped back to the text as given, so
// that the stored text stays untouched and `original.slice(start, end) === exact` still holds.
import type { Extraction, Mention, Role, Span } from '../types.js';

/** Characters that are never seen: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** No-break and typographic spaces, read as a plain space. */
const WIDE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
/** Line and paragraph separators other than LF, read as LF (CR and CRLF are handled apart). */
const OTHER_BREAK = /[\v\f\u0085\u2028\u2029]/;
/** A combining mark: with the letter before it, composed to NFC where Unicode can. */
const MARK = /\p{M}/u;
/**
 * Anything the normalised view changes but a combining mark; a text with none of these and no
 * MARK is its own view. Two tests: a class without `u` scans about eight times faster than one
 * class holding \p{M} too, and most texts have neither.
 */
const NEEDS_VIEW =
  /[\r\u00ad\u200b-\u200d\u2060\ufeff\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\v\f\u0085\u2028\u2029]/;

/** The normalised text and, for each of its characters, where it came from in the original. */
export interface TextView {
  readonly original: string;
  /** What the rules read. */
  readonly text: string;
  /** False when the text needed no normalising (the view is the original). */
  readonly changed: boolean;
  /** Maps a span of `text` to the offsets of the original text it was read from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

type Emit = (s: string, from: number, to: number) => void;

/**
 * The normalised view: CRLF and CR become LF, other line separators LF; zero-width characters
 * and soft hyphens are dropped; no-break and typographic spaces become a space; a letter with
 * combining marks is composed (NFC). Nothing else changes, and a text with none of these is
 * its own view, with no map. Linear time.
 */
export function normalisedView(original: string): TextView {
  if (!NEEDS_VIEW.test(original) && !MARK.test(original)) return identityView(original);
  const out: string[] = [];
  // normalised character k was read from original [from[k], to[k])
  const from: number[] = [];
  const to: number[] = [];
  const emit: Emit = (s, a, b) => {
    out.push(s);
    from.push(a);
    to.push(b);
  };
  const n = original.length;
  let i = 0;
  while (i < n) {
    const ch = original[i] as string;
    if (ch === '\r') {
      const crlf = original[i + 1] === '\n';
      emit('\n', i, crlf ? i + 2 : i + 1);
      i += crlf ? 2 : 1;
    } else if (INVISIBLE.test(ch)) i++;
    else if (WIDE_SPACE.test(ch)) emit(' ', i, ++i);
    else if (OTHER_BREAK.test(ch)) emit('\n', i, ++i);
    else i = composeCluster(original, i, emit);
  }
  return mappedView(original, out.join(''), from, to);
}

/** Emits the character at `i` with the combining marks after it (NFC); returns where it ends. */
function composeCluster(original: string, i: number, emit: Emit): number {
  const width = (at: number): number => ((original.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  const isMark = (at: number): boolean =>
    original.charCodeAt(at) >= 0x300 && MARK.test(String.fromCodePoint(original.codePointAt(at) ?? 0));
  let j = i + width(i);
  while (j < original.length && isMark(j)) j += width(j);
  const cluster = original.slice(i, j);
  const composed = j - i > 1 ? cluster.normalize('NFC') : cluster;
  if (composed.length === cluster.length)
    for (let k = 0; k < cluster.length; k++) emit(composed[k] as string, i + k, i + k + 1);
  // composed to another length: each of its characters stands for the whole cluster
  else for (let k = 0; k < composed.length; k++) emit(composed[k] as string, i, j);
  return j;
}

function identityView(original: string): TextView {
  return { original, text: original, changed: false, toOriginal: (start, end) => ({ start, end }) };
}

function mappedView(original: string, text: string, from: number[], to: number[]): TextView {
  return {
    original,
    text,
    changed: true,
    toOriginal(start, end) {
      if (end <= start) {
        const at = start < from.length ? (from[start] as number) : original.length;
        return { start: at, end: at };
      }
      return { start: from[start] as number, end: to[end - 1] as number };
    },
  };
}

/** The span read from the view, as offsets and exact text of the original. */
export function originalSpan(view: TextView, span: Span): Span {
  const { start, end } = view.toOriginal(span.start, span.end);
  return { start, end, exact: view.original.slice(start, end) };
}

/**
 * An extraction read from `view.text`, with every span (sentences, mentions, evidence, roles,
 * quotations) mapped to the original text. Spans are copied, never changed in place: one span
 * object may be shared by two records.
 */
export function extractionInOriginal(x: Extraction, view: TextView): Extraction {
  if (!view.changed) return x;
  const span = (s: Span): Span => originalSpan(view, s);
  const evidence = <T extends { evidence: Span[] }>(r: T): T => ({ ...r, evidence: r.evidence.map(span) });
  const role = (r: Role): Role => evidence(r);
  return {
    ...x,
    sentences: x.sentences.map(span),
    mentions: x.mentions.map((m): Mention => ({ ...m, ...span(m) })),
    persons: x.persons.map((p) => ({ ...evidence(p), roles: p.roles.map(role) })),
    organizations: x.organizations.map(evidence),
    places: x.places.map(evidence),
    meetings: x.meetings.map(evidence),
    statements: x.statements.map((s) => {
      // the quotation and the reported content read as the spans they were taken from
      const read = [s.quoteSpan, ...s.evidence].filter((r): r is Span => r !== null);
      const asRead = (text: string): string => {
        const source = read.find((r) => r.exact === text);
        return source ? span(source).exact : text;
      };
      return {
        ...evidence(s),
        quoteSpan: s.quoteSpan ? span(s.quoteSpan) : null,
        quote: s.quote === null ? null : asRead(s.quote),
        content: asRead(s.content),
      };
    }),
  };
}
