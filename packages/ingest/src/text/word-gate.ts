// Rules gated by their key words. A rule whose regex can only match where one of its words stands
// lists them in `needs`; the gate reads a sentence's words once and hands back only the rules
// whose words are there (most sentences hold none of most rules' words, and a regex scan per rule
// per sentence was a large share of extraction time).

/** A rule that may list the words its regex cannot match without. */
export interface Gated {
  /**
   * Lower case; every match of the rule contains one of them as a whole word, as `\b` delimits it
   * in a regex without the `u` flag (a maximal run of ASCII letters, digits and `_`), in any case.
   * No `needs`: the rule always runs.
   */
  readonly needs?: readonly string[];
}

/** Which of a list of rules may match in a text, from an index of their words built once. */
export class WordGate<R extends Gated> {
  private readonly byWord = new Map<string, number[]>();
  private readonly marks: Uint8Array;
  private readonly always: number[] = [];

  constructor(readonly rules: readonly R[]) {
    this.marks = new Uint8Array(rules.length);
    rules.forEach((rule, i) => {
      if (rule.needs === undefined) this.always.push(i);
      else
        for (const word of rule.needs) {
          const list = this.byWord.get(word) ?? [];
          list.push(i);
          this.byWord.set(word, list);
        }
    });
  }

  /** The rules that may match in `text`, in their order. */
  open(text: string): R[] {
    const marks = this.marks;
    marks.fill(0);
    for (const i of this.always) marks[i] = 1;
    eachWord(text, (word) => {
      const rules = this.byWord.get(word);
      if (rules !== undefined) for (const i of rules) marks[i] = 1;
    });
    const out: R[] = [];
    for (let i = 0; i < marks.length; i++) if (marks[i] === 1) out.push(this.rules[i] as R);
    return out;
  }
}

const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Calls `visit` with every word of `text` in lower case: each maximal run of ASCII letters, digits
 * and `_` (what `\b` delimits without `u`). Only ASCII is folded, as the `i` flag without `u` does.
 */
export function eachWord(text: string, visit: (word: string) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let upper = isUpper(c);
    if (!upper && !isLower(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (isUpper(d)) upper = true;
      else if (!isLower(d)) break;
    }
    const word = text.slice(i, j);
    visit(upper ? word.toLowerCase() : word);
    i = j;
  }
}
