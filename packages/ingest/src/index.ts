export { explainExtraction, type RecordExplanation, type RuleFiring, ruleCounts } from './explain.js';
export { extract, MAX_TEXT_LENGTH } from './extract.js';
export { foldName } from './text/fold.js';
export { findQuotations, type Quotation } from './text/quotes.js';
export { splitSentences } from './text/sentences.js';
export { type Token, tokenize } from './text/tokenize.js';
export type * from './types.js';
