/** One item of a coordinated list, as offsets into the text. */
export interface ListItem {
  start: number;
  end: number;
}

// An item is a run of capitalised words, with "of (the)" inside a name ("Republic of Belarus").
const WORD = String.raw`[A-Z](?:[\p{L}'’-]|\.(?=\p{L}))*`;
const ITEM = new RegExp(String.raw`(?:the\s+)?${WORD}(?:\s+(?:of\s+(?:the\s+)?)?${WORD})*`, 'uy');
const SEPARATOR = /\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+/y;

/**
 * The coordinated list of names that starts at `from`: "A, B, C and D", "A and B". Returns its
 * items when there are at least two and the list is closed by "and" (or "as well as"), else [].
 * Reads at most `limit` characters, so a caller scanning a sentence stays linear.
 */
export function coordinatedList(text: string, from: number, limit = 400): ListItem[] {
  const items: ListItem[] = [];
  const stop = Math.min(text.length, from + limit);
  let pos = from;
  let closed = false;
  for (;;) {
    ITEM.lastIndex = pos;
    const item = ITEM.exec(text);
    if (!item || pos + item[0].length > stop) break;
    items.push({ start: pos, end: pos + item[0].length });
    pos += item[0].length;
    if (closed) break;
    SEPARATOR.lastIndex = pos;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    const next = pos + sep[0].length;
    ITEM.lastIndex = next;
    if (!ITEM.test(text)) break;
    closed = /\b(?:and|as\s+well\s+as)\s+$/.test(sep[0]);
    pos = next;
  }
  return items.length >= 2 && closed ? items : [];
}
