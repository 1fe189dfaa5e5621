export type * from './types.js';
export { extract, MAX_TEXT_LENGTH } from './extract.js';
export { foldName } from './text/fold.js';
export { splitSentences } from './text/sentences.js';
export { tokenize, type Token } from './text/tokenize.js';
export { findQuotations, type Quotation } from './text/quotes.js';
export { type HtmlArticle, htmlToArticle, looksLikeHtml } from './html.js';
