// @dossier/ingest/html — HTML in, article text out, for callers that say their input is HTML
// (nothing here guesses: plain text that mentions "<p>" is plain text). Readability (Mozilla's,
// as used by Firefox's reader view) finds the article body; its block elements become lines of
// plain text, which is what gets stored and what every evidence offset points into.
//
// The parsers (linkedom, @mozilla/readability, and htmlparser2, which linkedom is built on) are
// optional peer dependencies, loaded on the first call: the plain-text entry never loads a DOM
// library, and a caller that never reads HTML need not install one.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { MAX_HTML_DEPTH, nestingDepth, type ParserClass } from './html-depth.js';

export { MAX_HTML_DEPTH } from './html-depth.js';

export interface HtmlArticle {
  /** The article body as plain text: one line per paragraph, heading or list item. */
  text: string;
  title: string | null;
  byline: string | null;
}

export type HtmlErrorCode = 'HTML_TOO_DEEP' | 'HTML_PARSER_MISSING';

/** An HTML page this module refuses to read, with a stable code. */
export class HtmlError extends Error {
  constructor(
    readonly code: HtmlErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HtmlError';
  }
}

interface Parsers {
  parseHTML: typeof ParseHtml;
  Readability: typeof ReadabilityClass;
  Parser: ParserClass;
}

let parsers: Parsers | null = null;

/** linkedom, Readability and htmlparser2, required once; a clear error when one is missing. */
function loadParsers(): Parsers {
  if (parsers) return parsers;
  const require = createRequire(import.meta.url);
  try {
    parsers = {
      parseHTML: (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability,
      Parser: (require('htmlparser2') as { Parser: ParserClass }).Parser,
    };
  } catch (error) {
    throw new HtmlError(
      'HTML_PARSER_MISSING',
      '@dossier/ingest/html needs its optional peer dependencies: npm install linkedom @mozilla/readability htmlparser2' +
        ` (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
    );
  }
  return parsers;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dd, dt';

/**
 * The deepest nesting of elements in `html`, as linkedom would build it, counted up to
 * `stopAt` (beyond it the scan stops and gives `stopAt + 1`). Linear in the page's length.
 */
export function htmlNestingDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  return nestingDepth(loadParsers().Parser, html, stopAt);
}

/** Refuses a page nested deeper than `limit`, before the page is parsed into a DOM. */
export function checkHtmlDepth(html: string, limit = MAX_HTML_DEPTH): void {
  if (htmlNestingDepth(html, limit) > limit) {
    throw new HtmlError(
      'HTML_TOO_DEEP',
      `the HTML nests elements more than ${limit} deep: not an article page this service reads`,
    );
  }
}

/**
 * Extracts the article of an HTML page; null when no readable body was found. Throws an
 * HtmlError (HTML_TOO_DEEP) for a page nested beyond MAX_HTML_DEPTH, and (HTML_PARSER_MISSING)
 * when linkedom or @mozilla/readability is not installed.
 */
export function htmlToArticle(html: string): HtmlArticle | null {
  checkHtmlDepth(html);
  const { parseHTML, Readability } = loadParsers();
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // Readability mutates the document it reads; the page is ours alone.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  const bodyHtml = article?.content ?? document.body?.innerHTML ?? '';
  const text = blockLines(parseHTML, bodyHtml).join('\n');
  if (!text.trim()) return null;
  return {
    text,
    title: article?.title?.trim() || document.title?.trim() || null,
    byline: article?.byline?.trim() || null,
  };
}

/** The text of the innermost block elements of a body, one line each. */
function blockLines(parseHTML: typeof ParseHtml, bodyHtml: string): string[] {
  const { document: body } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    // keep the innermost blocks only, so nested ones are not told twice
    (el) => !el.querySelector(BLOCKS),
  );
  const lines: string[] = [];
  for (const el of blocks.length ? blocks : [body.body]) {
    const line = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  return lines;
}
