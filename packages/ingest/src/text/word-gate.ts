// Rules gated by their key words. A rule whose regex can only match where one of its words stands
// lists them in `needs`; the gate finds which of all the rules' words a sentence has in one regex
// scan and hands back only the rules whose words are there (most sentences hold none of most
// rules' words, and a regex scan per rule per sentence was a large share of extraction time).

/** A rule that may list the words its regex cannot match without. */
export interface Gated {
  /**
   * Lower case; every match of the rule contains one of them as a whole word, as `\b` delimits it
   * in a regex without the `u` flag (a maximal run of ASCII letters, digits and `_`), in any case.
   * No `needs`: the rule always runs.
   */
  readonly needs?: readonly string[];
}

const WORD = /^[a-z0-9_]+$/;

/** Which of a list of rules may match in a text, from an index of their words built once. */
export class WordGate<R extends Gated> {
  private readonly byWord = new Map<string, number[]>();
  private readonly always: number[] = [];
  private readonly marks: Uint8Array;
  /** Every rule's words as whole words, in any (ASCII) case: `\b(?:w1|w2|...)\b`. */
  private readonly anyWord: RegExp | null;

  constructor(readonly rules: readonly R[]) {
    this.marks = new Uint8Array(rules.length);
    rules.forEach((rule, i) => {
      if (rule.needs === undefined) this.always.push(i);
      else
        for (const word of rule.needs) {
          if (!WORD.test(word))
            throw new Error(`a gate word is lower-case ASCII letters or digits: "${word}"`);
          const list = this.byWord.get(word) ?? [];
          list.push(i);
          this.byWord.set(word, list);
        }
    });
    // longest first, so that an alternative is not cut short by a shorter word it begins with
    const words = [...this.byWord.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.anyWord = words.length ? new RegExp(`\\b(?:${words.join('|')})\\b`, 'gi') : null;
  }

  /** The rules that may match in `text`, in their order. */
  open(text: string): R[] {
    const marks = this.marks;
    marks.fill(0);
    for (const i of this.always) marks[i] = 1;
    const re = this.anyWord;
    if (re !== null) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text))
        for (const i of this.byWord.get(m[0].toLowerCase()) ?? []) marks[i] = 1;
    }
    const out: R[] = [];
    for (let i = 0; i < marks.length; i++) if (marks[i] === 1) out.push(this.rules[i] as R);
    return out;
  }
}
