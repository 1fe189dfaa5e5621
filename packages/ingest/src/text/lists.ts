import type { Token } from './tokenize.js';

/** One item of a coordinated list, as offsets into the text. */
export interface ListItem {
  start: number;
  end: number;
}

// An item is a run of capitalised words, with "of (the)" inside a name ("Republic of Belarus").
const WORD = String.raw`[A-Z](?:[\p{L}'’-]|\.(?=\p{L}))*`;
const ITEM = new RegExp(String.raw`(?:the\s+)?${WORD}(?:\s+(?:of\s+(?:the\s+)?)?${WORD})*`, 'uy');
const SEPARATOR = /\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+/y;
// "the Nordic and Baltic countries", "the Gulf states": a group of countries named by a plural noun is one item
const GROUP_ITEM = new RegExp(
  String.raw`(?:the\s+)?${WORD}(?:\s+(?:and\s+)?${WORD}){0,3}\s+(?:countries|states|nations|republics|member\s+states)\b`,
  'uy',
);

/** The item at `pos`: a group of countries by its plural noun, else a run of capitalised words. */
function itemAt(text: string, pos: number): string | null {
  GROUP_ITEM.lastIndex = pos;
  const group = GROUP_ITEM.exec(text);
  if (group) return group[0];
  ITEM.lastIndex = pos;
  return ITEM.exec(text)?.[0] ?? null;
}

/**
 * The coordinated list of names that starts at `from`: "A, B, C and D", "A and B", "the Nordic
 * and Baltic countries, Germany, Poland and the EU" (a group by its plural noun is one item). Returns its
 * items when there are at least two and the list is closed by "and" (or "as well as"), else [].
 * Reads at most `limit` characters, so a caller scanning a sentence stays linear.
 */
export function coordinatedList(text: string, from: number, limit = 400): ListItem[] {
  const items: ListItem[] = [];
  const stop = Math.min(text.length, from + limit);
  let pos = from;
  let closed = false;
  for (;;) {
    const item = itemAt(text, pos);
    if (item === null || pos + item.length > stop) break;
    items.push({ start: pos, end: pos + item.length });
    pos += item.length;
    if (closed) break;
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    const next = pos + sep[0].length;
    if (itemAt(text, next) === null) break;
    closed = /\b(?:and|as\s+well\s+as)\s+$/.test(sep[0]);
    pos = next;
  }
  return items.length >= 2 && closed ? items : [];
}

/** How long a list read back from its last item may be, at most (a bound on the walk). */
const MOST_ITEMS_BACK = 12;

/**
 * The first token of the coordinated list ("A, B and C") whose item starts at token `k`, read
 * back over the separators ("," and "and") and over items of `minWords` to `maxWords` tokens
 * that `isWord` accepts. `k` itself when no item stands before it.
 */
export function listStartBefore(
  toks: readonly Token[],
  k: number,
  isWord: (t: Token) => boolean,
  minWords: number,
  maxWords: number,
): number {
  let first = k;
  for (let guard = 0; guard < MOST_ITEMS_BACK; guard++) {
    const sep = toks[first - 1]?.text;
    if (sep !== ',' && sep?.toLowerCase() !== 'and') break;
    let j = first - 2;
    while (j >= 0 && j > first - 2 - maxWords && isWord(toks[j] as Token)) j--;
    if (first - 2 - j < minWords) break;
    first = j + 1;
  }
  return first;
}
