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
  return { text, meta, sentences, tokens, quotes: findQuotations(text), sentenceTokens };
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
