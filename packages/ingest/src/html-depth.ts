// How deeply an HTML page nests its elements, measured by a linear scan of its tags before any
// parser sees it. Readability's work grows much faster than the page with the nesting depth
// (256 nested <div>s: ~1 s on a 2-core machine; 2,000: ~45 s; 12k and more: a RangeError), so
// a page nested beyond the limit is refused before the parser is run.

/** Nesting deeper than this is refused. Browsers cap the DOM built by their parser at 512;
 * real articles stay well under 100. */
export const MAX_HTML_DEPTH = 256;

// Elements that never have content, and elements whose end tag may be left out (the parser
// closes them at the next sibling), do not make the page deeper: they are not counted.
const FLAT_ELEMENTS = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rp rt'
  ).split(' '),
);
// Their content is text, not markup: "<div>" inside a script is not an element.
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

const TAG_NAME = /(\/?)([a-zA-Z][^\s/>]*)/y;
const RAW_TEXT_END = new Map([...RAW_TEXT_ELEMENTS].map((name) => [name, new RegExp(`</${name}`, 'gi')]));

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** where the scan goes on: just after the tag's ">" */
  end: number;
}

/** The tag whose "<" is at `lt` and whose ">" is at `gt`, or null when the "<" starts no tag. */
function tagAt(html: string, lt: number, gt: number): Tag | null {
  TAG_NAME.lastIndex = lt + 1;
  const name = TAG_NAME.exec(html);
  if (!name || TAG_NAME.lastIndex > gt) return null;
  return {
    name: (name[2] ?? '').toLowerCase(),
    closing: name[1] === '/',
    selfClosing: html[gt - 1] === '/',
    end: gt + 1,
  };
}

/** Where the text of a raw-text element (a script, a style) ends. */
function rawTextEnd(html: string, name: string, from: number): number {
  const end = RAW_TEXT_END.get(name);
  if (!end) return from;
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

/**
 * The deepest nesting of elements in `html`, counted up to `stopAt` (the scan ends as soon as
 * the depth passes it). Linear in the length of the page: every character is looked at a
 * bounded number of times.
 */
export function htmlNestingDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let at = 0;
  let gt = -1; // the next ">", found once and kept until the scan passes it
  while (deepest <= stopAt) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    if (gt < lt) gt = html.indexOf('>', lt);
    if (gt < 0) break; // no ">" left: the rest is text
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) break;
      at = close + 3;
      continue;
    }
    const tag = tagAt(html, lt, gt);
    if (!tag) {
      at = lt + 1;
      continue;
    }
    at = tag.end;
    if (FLAT_ELEMENTS.has(tag.name) || (tag.selfClosing && !tag.closing)) continue;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else if (RAW_TEXT_ELEMENTS.has(tag.name)) at = rawTextEnd(html, tag.name, at);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
