// How deeply an HTML page nests its elements, measured before the page is parsed into a DOM.
// Readability's work grows much faster than the page with the nesting depth (256 nested
// <div>s: ~1 s on a 2-core machine; 2,000: ~45 s; 12k and more: a RangeError), so a page nested
// beyond the limit is refused before linkedom and Readability see it.
//
// The count comes from htmlparser2's streaming tokenizer, the parser linkedom itself builds
// its DOM with: the depth measured is the depth of the tree linkedom would build (void
// elements, auto-closed paragraphs, list items and table cells, `<div/>` opening a div),
// in one linear pass that stops as soon as the limit is passed.
import type { Parser as HtmlParser } from 'htmlparser2';

/** Nesting deeper than this is refused. Browsers cap the DOM their parser builds at 512; real
 * articles stay well under 100. */
export const MAX_HTML_DEPTH = 256;

export type ParserClass = typeof HtmlParser;

const DEEPER_THAN_ASKED = Symbol('deeper than asked');

/**
 * The deepest nesting of elements in `html`, counted up to `stopAt`: the scan ends as soon as
 * the depth passes it, and the result is then `stopAt + 1`.
 */
export function nestingDepth(Parser: ParserClass, html: string, stopAt: number): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        if (depth > deepest) deepest = depth;
        if (deepest > stopAt) throw DEEPER_THAN_ASKED;
      },
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error !== DEEPER_THAN_ASKED) throw error;
  }
  return deepest;
}
