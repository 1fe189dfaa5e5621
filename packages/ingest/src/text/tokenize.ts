// A linear, allocation-light tokenizer: words (letters, digits, inner apostrophes, hyphens and
// periods of initials) and single punctuation marks, with UTF-16 offsets.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /[\p{Nd}]/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  // ASCII fast path; the Unicode classes only for the rest
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER.test(ch) || DIGIT.test(ch);
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(ch);
}

/** Splits `text` into tokens; whitespace is dropped. Runs in one pass over the text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i] as string;
    if (ch <= ' ' || (ch.charCodeAt(0) > 127 && /\s/.test(ch))) {
      i++;
      continue;
    }
    if (isWordChar(ch)) {
      let j = i + 1;
      let digits = isDigit(ch);
      while (j < to) {
        const c = text[j] as string;
        if (isWordChar(c)) {
          j++;
          continue;
        }
        // inner apostrophe or hyphen joins word characters: Belarus's, Kassym-Jomart, I'm
        if (
          (c === "'" || c === '’' || c === '-' || c === '‐') &&
          j + 1 < to &&
          isWordChar(text[j + 1] as string)
        ) {
          j += 2;
          continue;
        }
        // digit groups: 1,000 and 2.5
        if ((c === ',' || c === '.') && digits && j + 1 < to && isDigit(text[j + 1] as string)) {
          j += 2;
          continue;
        }
        break;
      }
      const word = text.slice(i, j);
      digits = isDigit(word);
      tokens.push({ start: i, end: j, text: word, kind: digits ? 'number' : 'word' });
      i = j;
      continue;
    }
    // a surrogate pair (emoji) stays one token so that offsets never split it
    const code = ch.charCodeAt(0);
    const len =
      code >= 0xd800 && code <= 0xdbff && i + 1 < to && /[\udc00-\udfff]/.test(text[i + 1] as string) ? 2 : 1;
    tokens.push({ start: i, end: i + len, text: text.slice(i, i + len), kind: 'punct' });
    i += len;
  }
  return tokens;
}
