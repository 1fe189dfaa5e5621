import { findQuotations, type Quotation } from './text/quotes.js';
import { splitSentences } from './text/sentences.js';
import { type Token, tokenize } from './text/tokenize.js';
import type { ArticleMeta, Span } from './types.js';

/** The analysed text every rule reads: sentences, tokens and quotations with offsets. */
export interface Doc {
  text: string;
  meta: ArticleMeta;
  sentences: Span[];
  tokens: Token[];
  quotes: Quotation[];
  /** index of the first token of each sentence; sentenceTokens[i]..sentenceTokens[i+1] */
  sentenceTokens: number[];
  /** offset of the first character of each line (after each '\n'), ascending, from 0 */
  lineStarts: number[];
}

export function analyse(text: string, meta: ArticleMeta): Doc {
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const sentenceTokens: number[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    sentenceTokens.push(t);
  }
  sentenceTokens.push(tokens.length);
  return {
    text,
    meta,
    sentences,
    tokens,
    quotes: findQuotations(text),
    sentenceTokens,
    lineStarts: lineStartsOf(text),
  };
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
