// HTML in, article text out: crawlers hand us whole pages. Readability (Mozilla's, as used by
// Firefox's reader view) finds the article body; its block elements become lines of plain
// text, which is what gets stored and what every evidence offset points into.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  /** The article body as plain text: one line per paragraph, heading or list item. */
  text: string;
  title: string | null;
  byline: string | null;
}

/** True when the input is an HTML page or fragment rather than plain text. */
export function looksLikeHtml(input: string): boolean {
  const head = input.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  // a fragment: several block tags, not one stray "<" in prose
  const tags = input.slice(0, 20_000).match(/<(p|div|article|section|h[1-6]|body|br|li|span|a)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dd, dt';

/** Extracts the article of an HTML page; null when no readable body was found. */
export function htmlToArticle(html: string): HtmlArticle | null {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // Readability mutates the document it reads; the page is ours alone.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  const bodyHtml = article?.content ?? document.body?.innerHTML ?? '';
  const { document: body } = parseHTML(`<!doctype html><html><body>${bodyHtml}</body></html>`);
  const lines: string[] = [];
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    // keep the innermost blocks only, so nested ones are not told twice
    (el) => !el.querySelector(BLOCKS),
  );
  for (const el of blocks.length ? blocks : [body.body]) {
    const line = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  }
  const text = lines.join('\n');
  if (!text.trim()) return null;
  return {
    text,
    title: article?.title?.trim() || document.title?.trim() || null,
    byline: article?.byline?.trim() || null,
  };
}
