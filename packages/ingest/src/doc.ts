import { type DateAnchor, dateAnchor, datelineSpan } from './dates.js';
import { findQuotations, type Quotation } from './text/quotes.js';
import { splitSentences } from './text/sentences.js';
import { type Token, tokenize } from './text/tokenize.js';
import type { ArticleMeta, Span } from './types.js';

/**
 * The analysed text every rule reads: the facts about the whole document, worked out once before
 * any rule runs (its language, its date, its dateline, its sentences, tokens and quotations with
 * offsets). The stages read these and never recompute them.
 */
export interface Doc {
  readonly text: string;
  readonly meta: ArticleMeta;
  /** two-letter code of the language of the whole text (decided before it is cut into chunks) */
  readonly language: string;
  /** the day relative dates are read against ("on Tuesday", "yesterday"), if the text or meta fix it */
  readonly anchor: DateAnchor | null;
  /** the dateline that opens the story ("MINSK, April 12 /BelTA/."): it dates the story, not its events */
  readonly dateline: { readonly start: number; readonly end: number } | null;
  readonly sentences: readonly Span[];
  readonly tokens: readonly Token[];
  readonly quotes: readonly Quotation[];
  /** index of the first token of each sentence; sentenceTokens[i]..sentenceTokens[i+1] */
  readonly sentenceTokens: readonly number[];
  /** offset of the first character of each line (after each '\n'), ascending, from 0 */
  readonly lineStarts: readonly number[];
}

/**
 * Analyses `text` (English, in the normalised view) once for every stage. `language` is the
 * language of the whole article, which may be longer than `text` (one chunk of it).
 */
export function analyse(text: string, meta: ArticleMeta, language: string): Doc {
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  return {
    text,
    meta,
    language,
    anchor: dateAnchor(text, meta.publishedAt),
    dateline: datelineSpan(text),
    sentences,
    tokens,
    quotes: findQuotations(text),
    sentenceTokens: sentenceTokenStarts(sentences, tokens),
    lineStarts: lineStartsOf(text),
  };
}

/** The index of the first token of each sentence, then the number of tokens. */
function sentenceTokenStarts(sentences: readonly Span[], tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    starts.push(t);
  }
  starts.push(tokens.length);
  return starts;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Start of the line that holds offset `pos`: `text.lastIndexOf('\n', pos - 1) + 1`, by binary
 * search over the line index, so that rules asking it for every candidate stay linear.
 */
export function lineStartAt(doc: Doc, pos: number): number {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo] as number;
}

/** Index of the sentence that contains offset `pos` (binary search). */
export function sentenceAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid] as Span).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the token that starts at or after `pos` (binary search). */
export function tokenAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
