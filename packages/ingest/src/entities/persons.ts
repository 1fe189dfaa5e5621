import { type Doc, lineStartAt } from '../doc.js';
import { countryByName } from '../gazetteer/countries.js';
import { MONTHS } from '../text/calendar-words.js';
import { isCommonWord, isPluralNoun } from '../text/common-words.js';
import { MEETING_VERBS, SPEECH_VERBS } from '../text/cue-verbs.js';
import { foldName, keyPart } from '../text/fold.js';
import { isPlatformX } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import type { PersonRecord } from '../types.js';
import type { Registry } from './registry.js';
import { NAME_CUES_NOT_ROLES, NOT_NAME, RANKS, TITLE_HEADS, TITLE_WORDS } from './titles.js';

/** Verbs that follow two coordinated subjects in a headline ("X, Y discuss ..."). */
const HEADLINE_PLURAL_VERB =
  /^(?:discuss|meet|hold|sign|agree|talk|review|mull|seek|urge|hail|launch|plan|vow|reaffirm|confirm|pledge|exchange)$/;

const SUFFIXES = new Set(['III', 'II', 'IV', 'Jr', 'Sr']);
const PARTICLES = new Set([
  'bin',
  'ibn',
  'de',
  'van',
  'von',
  'der',
  'al',
  'da',
  'di',
  'la',
  'le',
  'du',
  'dos',
  'del',
]);

/**
 * A line break between two words that ends the phrase: a blank line, or a break before an
 * uppercase word. A single break before a lowercase word is hard-wrapped text ("his Finnish\ncounterpart").
 */
function hardBreak(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  if (!gap.includes('\n')) return false;
  if (/\n\s*\n/.test(gap)) return true;
  const next = text[to];
  return !(next !== undefined && /[\p{Ll}]/u.test(next));
}

/** A run of tokens that forms a name: [first, last] token indexes. */
export interface NameRun {
  first: number;
  last: number;
  start: number;
  end: number;
  form: string;
}

/** Key of a person: `person:<folded surname>:<folded first letter of the given name, or empty>`. */
export function personKey(form: string): string {
  const parts = form
    .replace(/\./g, '. ')
    .split(/\s+/)
    .filter((p) => p && !SUFFIXES.has(p.replace(/\.$/, '')));
  const surname = parts[parts.length - 1] ?? form;
  const given = parts.length > 1 ? (parts[0] as string) : '';
  return `person:${keyPart(surname)}:${foldName(given).slice(0, 1)}`;
}

export function surnameOf(form: string): string {
  const parts = form
    .replace(/\./g, '. ')
    .split(/\s+/)
    .filter((p) => p && !SUFFIXES.has(p.replace(/\.$/, '')));
  return parts[parts.length - 1] ?? form;
}

const MONTH_NAMES = new Set(MONTHS);

/** "May" in "Theresa May" is a name; in "on May 14" or "in May" a month. */
function monthUsedAsDate(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !MONTH_NAMES.has(t.text.toLowerCase())) return false;
  const next = toks[i + 1];
  const prev = toks[i - 1];
  if (next && next.kind === 'number') return true;
  if (
    prev &&
    (prev.kind === 'number' ||
      /^(?:in|on|of|since|until|till|by|from|early|late|mid|last|next|this|since|through|during|before|after)$/i.test(
        prev.text,
      ))
  )
    return true;
  if (!prev || /^[.!?]$/.test(prev.text)) return true;
  return false;
}

function isNameWord(t: Token, toks?: readonly Token[], i?: number): boolean {
  if (t.kind !== 'word') return false;
  const c0 = t.text.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return false; // ASCII lowercase: the common case
  if (toks && i !== undefined && MONTH_NAMES.has(t.text.toLowerCase()))
    return !monthUsedAsDate(toks, i) && /^[\p{Lu}][\p{Ll}]/u.test(t.text);
  if (!/^[\p{Lu}]/u.test(t.text)) return false;
  if (!/[\p{Ll}]/u.test(t.text)) return false; // ALLCAPS words are acronyms or headlines
  if (/['’](?:ve|m|ll|re|d|t)$/i.test(t.text)) return false; // contractions: I’ve, I’m
  const base = t.text.replace(/['’]s$/, '').toLowerCase();
  if (NOT_NAME.has(base) || TITLE_HEADS.has(base) || RANKS.has(base)) return false;
  if (toks && i !== undefined && inCrownPrince(base, toks, i)) return false;
  return !isPluralTitle(base);
}

/**
 * Rule: heads that are titles only with the word before them: "Secretary General", "Crown
 * Prince" ("Saudi Crown Prince Faisal bin Nawaf"); a bare "Prince" stays part of a name or a
 * place ("Prince Edward Island").
 */
/** "Crown" before "Prince", and "Prince" after "Crown": a title, not a name word. */
function inCrownPrince(base: string, toks: readonly Token[], i: number): boolean {
  if (base === 'crown') return /^prince(?:ss)?$/i.test(toks[i + 1]?.text ?? '');
  return /^prince(?:ss)?$/.test(base) && toks[i - 1]?.text.toLowerCase() === 'crown';
}

function isTwoWordHead(word: string, before: string): boolean {
  return (
    (word === 'general' && before === 'secretary') || (/^prince(?:ss)?$/.test(word) && before === 'crown')
  );
}

/** "ministers", "presidents", "secretaries": the plural of a title head names a group, never a person. */
export function isPluralTitle(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return TITLE_HEADS.has(`${w.slice(0, -3)}y`);
  return w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1));
}

/**
 * Finds maximal runs of name-shaped tokens ("Andrei Belousov", "Lloyd J. Austin III", "V.Makei",
 * "Kassym-Jomart Tokayev"), skipping tokens claimed by other entities.
 */
export function nameRuns(doc: Doc, claimed: Uint8Array): NameRun[] {
  const toks = doc.tokens;
  const runs: NameRun[] = [];
  const gapOk = (a: Token, b: Token): boolean => {
    const gap = doc.text.slice(a.end, b.start);
    return gap === ' ' || gap === '' || gap === '\u00a0';
  };
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    const initial =
      t.kind === 'word' &&
      /^[\p{Lu}]$/u.test(t.text) &&
      toks[i + 1]?.text === '.' &&
      (toks[i + 1] as Token).start === t.end;
    // "posted on X. Watson said": the platform, not an initial
    if (claimed[i] || (!isNameWord(t, toks, i) && !initial) || isPlatformX(doc.text, t.end)) {
      i++;
      continue;
    }
    let j = i;
    let k = i;
    for (;;) {
      const cur = toks[k] as Token;
      // an initial: "J." then the next name word
      if (
        /^[\p{Lu}]$/u.test(cur.text) &&
        toks[k + 1]?.text === '.' &&
        (toks[k + 1] as Token).start === cur.end
      ) {
        const nx = toks[k + 2];
        if (nx && !claimed[k + 2] && isNameWord(nx) && gapOk(toks[k + 1] as Token, nx)) {
          k += 2;
          j = k;
          continue;
        }
        break;
      }
      const nx = toks[k + 1];
      if (!nx || claimed[k + 1] || !gapOk(cur, nx)) break;
      if (isNameWord(nx, toks, k + 1) || (nx.kind === 'word' && SUFFIXES.has(nx.text))) {
        k++;
        j = k;
        continue;
      }
      if (nx.kind === 'word' && PARTICLES.has(nx.text)) {
        // "von der Leyen", "bin Salman": one or two particles, then a name word
        let p = k + 1;
        while (
          toks[p + 1] &&
          (toks[p + 1] as Token).kind === 'word' &&
          PARTICLES.has((toks[p + 1] as Token).text) &&
          p < k + 2
        )
          p++;
        const after = toks[p + 1];
        if (after && isNameWord(after) && gapOk(toks[p] as Token, after)) {
          k = p + 1;
          j = k;
          continue;
        }
      }
      // an initial in the middle
      if (/^[\p{Lu}]$/u.test(nx.text) && toks[k + 2]?.text === '.') {
        k++;
        continue;
      }
      break;
    }
    if (j - i > 5) {
      i = j + 1;
      continue;
    }
    let end = (toks[j] as Token).end;
    let form = doc.text.slice(t.start, end);
    // possessive "Lavrov’s": the name ends before it
    const poss = /['’]s$/.exec(form);
    if (poss) {
      form = form.slice(0, -2);
      end -= 2;
    }
    if (!initial || j > i) runs.push({ first: i, last: j, start: t.start, end, form });
    i = j + 1;
  }
  return runs;
}

const CUE_BEFORE_WORDS = new Set([
  'according',
  'met',
  'meet',
  'meets',
  'received',
  'receives',
  'told',
  'thanked',
  'greeting',
  'greeted',
  'with',
  'by',
  'welcomed',
  'congratulated',
  'invited',
  'called',
  'phoned',
  'urged',
  'and',
]);

export interface NameCue {
  /** token index of the first token of the title before the name (or -1) */
  titleFirst: number;
  titleLast: number;
  /** appositive role after the name: token range */
  appositiveFirst: number;
  appositiveLast: number;
  reason: string;
}

function lower(t: Token | undefined): string {
  return t ? t.text.toLowerCase().replace(/['’]s$/, '') : '';
}

/**
 * Rule: a name run is a person when the text marks it as one: a title or rank right before it
 * ("Russian Defense Minister Andrei Belousov", "President of Belarus Alexander Lukashenko",
 * "General Cavoli"), an appositive role after it ("Valeriy Revenko, head of ..."), or a verb of
 * saying or meeting right after it ("Kirby said", "Lukashenka and Putin held talks").
 */
export function personCue(doc: Doc, run: NameRun, claimedKind: (i: number) => string | null): NameCue | null {
  const toks = doc.tokens;
  const cue: NameCue = { titleFirst: -1, titleLast: -1, appositiveFirst: -1, appositiveLast: -1, reason: '' };
  // "Allies pledged", "Ministers agreed": a plural common noun alone is a group, not a surname
  if (run.first === run.last && isPluralNoun(run.form)) return null;
  // "Speaker of the House", "Aviation Lieutenant General X", "head of the Russia-Belarus union":
  // a single common English word or a pair of countries is not a surname
  if (
    run.first === run.last &&
    (isCommonWord(run.form) || run.form.split('-').every((w) => isCountryWord(w)))
  )
    return null;
  if (speakerLabelRun(doc, run)) {
    cue.reason = 'label';
    return cue;
  }
  // ----- before
  let k = run.first - 1;
  if (toks[k]?.text === ',') k--;
  // ranks and "Gen. of the Army" between title and name
  let rankSeen = false;
  while (k >= 0) {
    const w = lower(toks[k]);
    if (RANKS.has(w) || toks[k]?.text === '.') {
      if (w === 'general' && lower(toks[k - 1]) === 'secretary') break;
      if (RANKS.has(w) && w !== 'of' && w !== 'the') rankSeen = true;
      k--;
      continue;
    }
    break;
  }
  if (rankSeen && toks[k]?.text === ',') k--;
  if (!rankSeen) k = Math.min(k, run.first - 1);
  const at = toks[k];
  const w = lower(at);
  const sameLine = at && !doc.text.slice(at.end, run.start).includes('\n');
  if (at && sameLine && (TITLE_HEADS.has(w) || isTwoWordHead(w, lower(toks[k - 1])))) {
    // walk back over the whole title: words, "of", "the", countries, organizations
    let f = k;
    while (f > 0) {
      const p = toks[f - 1] as Token;
      const pl = lower(p);
      if (hardBreak(doc.text, p.end, (toks[f] as Token).start)) break;
      if (
        TITLE_WORDS.has(pl) ||
        pl === 'of' ||
        pl === 'the' ||
        pl === 'to' ||
        pl === 'for' ||
        p.text === '’' ||
        p.text === "'" ||
        claimedKind(f - 1)
      ) {
        f--;
        continue;
      }
      break;
    }
    while (f <= k && /^(?:the|of|his|her|their|to|for)$/.test(lower(toks[f]))) f++;
    cue.titleFirst = f;
    cue.titleLast = k;
    cue.reason = 'title';
  } else if (at && sameLine && (claimedKind(k) === 'country' || claimedKind(k) === 'org')) {
    // "President of Belarus Alexander Lukashenko", "Secretary General of the CIS Sergey Lebedev"
    let f = k;
    while (f > 0 && claimedKind(f - 1) === claimedKind(k)) f--;
    let g = f - 1;
    if (lower(toks[g]) === 'the') g--;
    if (
      lower(toks[g]) === 'of' &&
      (TITLE_HEADS.has(lower(toks[g - 1])) ||
        lower(toks[g - 1]) === 'general' ||
        lower(toks[g - 1]) === 'affairs' ||
        lower(toks[g - 1]) === 'defense' ||
        lower(toks[g - 1]) === 'defence')
    ) {
      let h = g - 1;
      while (
        h > 0 &&
        (TITLE_WORDS.has(lower(toks[h - 1])) || lower(toks[h - 1]) === 'of' || claimedKind(h - 1))
      )
        h--;
      while (h <= g && /^(?:the|of|his|her)$/.test(lower(toks[h]))) h++;
      cue.titleFirst = h;
      cue.titleLast = k;
      cue.reason = 'title-of';
    }
  }
  if (cue.titleFirst < 0 && at && sameLine) {
    // a long title ending in a name: "the Chief of the General Staff of the Russian Armed Forces Valery Gerasimov"
    let h = k;
    let head = -1;
    for (let steps = 0; h >= 0 && steps < 12; steps++, h--) {
      const t = toks[h] as Token;
      const lw = lower(t);
      if (hardBreak(doc.text, t.end, (toks[h + 1] as Token).start)) break;
      if (TITLE_HEADS.has(lw) && /^[\p{Lu}]/u.test(t.text)) head = h;
      if (lw === 'of' || lw === 'the' || /^[\p{Lu}]/u.test(t.text) || claimedKind(h)) continue;
      break;
    }
    if (head >= 0 && toks[head + 1]?.text === 'of') {
      // take in what qualifies the title before it: "U.S. Secretary of State", "Russian Chief of
      // ...", "Deputy Chairman of ...", "First Deputy Chief of ..."
      while (
        head > 0 &&
        !hardBreak(doc.text, (toks[head - 1] as Token).end, (toks[head] as Token).start) &&
        (claimedKind(head - 1) === 'country' ||
          claimedKind(head - 1) === 'org' ||
          (TITLE_WORDS.has(lower(toks[head - 1])) && /^[\p{Lu}]/u.test((toks[head - 1] as Token).text)) ||
          (toks[head - 1]?.text === '.' && claimedKind(head - 2)))
      )
        head--;
      cue.titleFirst = head;
      cue.titleLast = k;
      cue.reason = 'title-long';
    }
  }
  if (rankSeen && cue.titleFirst < 0) cue.reason = 'rank';
  // ----- after: appositive ", the US Defence Secretary" / ", head of ..." / "'s job as UK Defence Secretary"
  let asAt = -1;
  {
    let q = run.last + 1;
    if (/^['’]s?$/.test(toks[q]?.text ?? '') || /['’]s$/.test(toks[run.last]?.text ?? '')) {
      if (/^['’]/.test(toks[q]?.text ?? '')) q++;
      if (/^(?:job|role|post|position|capacity|tenure)$/.test(lower(toks[q]))) q++;
    }
    if (lower(toks[q]) === 'as') asAt = q;
  }
  if (toks[run.last + 1]?.text === ',' || asAt >= 0) {
    let a = asAt >= 0 ? asAt + 1 : run.last + 2;
    while (/^(?:the|a|an|his|her)$/.test(lower(toks[a]))) a++;
    let z = a;
    let hasHead = false;
    let headAt = -1;
    let coordinated = false;
    while (z < toks.length && z < a + 25) {
      const t = toks[z] as Token;
      // an appositive never runs on to the next line (a headline's "X, Kazakh defence chief
      // discuss ..." above the dateline)
      if (z > a && doc.text.slice((toks[z - 1] as Token).end, t.start).includes('\n')) break;
      if (
        t.text === ',' ||
        t.text === '.' ||
        t.text === ';' ||
        t.text === ':' ||
        t.text === '(' ||
        t.text === ')' ||
        t.text === '"' ||
        t.text === '“' ||
        t.text === '”'
      )
        break;
      const lw = lower(t);
      // "Shoigu, Kazakh defence chief discuss ...": a plural verb right after the head makes the
      // two the subjects of a headline, not a name and its appositive
      if (z === headAt + 1 && asAt < 0 && HEADLINE_PLURAL_VERB.test(lw)) {
        coordinated = true;
        break;
      }
      if (z < a + 6 && TITLE_HEADS.has(lw)) {
        hasHead = true;
        headAt = z;
      }
      if (
        t.kind === 'word' &&
        /^[\p{Ll}]/u.test(t.text) &&
        !TITLE_WORDS.has(lw) &&
        !/^(?:of|the|to|for|and|at|in)$/.test(lw) &&
        !hasHead
      )
        break;
      // after the head, a descriptive complement runs to the comma ("head of the international
      // military cooperation department of ..."), but a verb ends it
      if (
        hasHead &&
        t.kind === 'word' &&
        /^(?:said|says|told|noted|added|stressed|is|was|has|had|will|who|which|that)$/.test(lw)
      )
        break;
      z++;
    }
    // a list of titled names ("Xi Jinping, Russian President Vladimir Putin, ...") is no appositive
    let listed = false;
    for (let q = a; q < z - 1; q++)
      if (isNameWord(toks[q] as Token, toks, q) && isNameWord(toks[q + 1] as Token, toks, q + 1))
        listed = true;
    // "... Boris Pistorius, a spokesperson for the ministry said": the phrase is the subject of
    // the verb after it (who said so), not a title of the name before
    const speaks = SPEECH_VERBS.has(lower(toks[z])) && /^(?:a|an)$/.test(lower(toks[a - 1]));
    if (hasHead && !listed && !coordinated && !speaks && !NAME_CUES_NOT_ROLES.has(lower(toks[a]))) {
      cue.appositiveFirst = a;
      cue.appositiveLast = z - 1;
      cue.reason ||= 'appositive';
    }
  }
  if (cue.reason) return cue;
  // ----- verbs around
  // a verb is written in lowercase: "States" in "Member States" is no verb
  const nextTok = toks[run.last + 1];
  const next = nextTok && /^[\p{Ll}]/u.test(nextTok.text) ? lower(nextTok) : '';
  // "Vladimir Putin had a telephone conversation with ...": a full name that had talks
  if (
    nextTok &&
    run.last > run.first &&
    /^(?:had|has|have)$/.test(next) &&
    /^\s+(?:had\s+)?(?:an?\s+)?(?:(?:tele)?phone\s+|video\s+|brief\s+|private\s+|bilateral\s+)?(?:conversation|talks|call|meeting)\b/.test(
      doc.text.slice(nextTok.end, nextTok.end + 60),
    )
  ) {
    cue.reason = 'verb';
    return cue;
  }
  if (SPEECH_VERBS.has(next) || (MEETING_VERBS.has(next) && !/^(?:is|was|has|had|will|and)$/.test(next))) {
    // a lone capitalised word opening a sentence before "said" is as often a company or an agency
    // ("Gazprom said"); after a quotation or inside a sentence it is a person ("...," Kirby said)
    const single = run.first === run.last;
    const prevTok = toks[run.first - 1];
    const afterQuote = !!prevTok && /^["”’']$/.test(prevTok.text);
    const opens =
      !prevTok || /^[.!?\n]$/.test(prevTok.text) || doc.text.slice(prevTok.end, run.start).includes('\n');
    const demonymBefore = !!prevTok && claimedKind(run.first - 1) === 'country';
    if (single && (demonymBefore || (opens && !afterQuote))) return null;
    cue.reason = 'verb';
    return cue;
  }
  if (next === 'and') {
    // "Lukashenka and Putin held": the other conjunct is a name followed by a meeting verb
    const after = toks[run.last + 2];
    let e = run.last + 2;
    while (toks[e + 1] && isNameWord(toks[e + 1] as Token)) e++;
    if (
      after &&
      isNameWord(after) &&
      (MEETING_VERBS.has(lower(toks[e + 1])) || SPEECH_VERBS.has(lower(toks[e + 1])))
    ) {
      cue.reason = 'conjunct';
      return cue;
    }
  }
  const prev = lower(toks[run.first - 1]);
  if (prev === 'and') {
    let b = run.first - 2;
    while (b >= 0 && isNameWord(toks[b] as Token)) b--;
    if (b < run.first - 2 && (MEETING_VERBS.has(next) || SPEECH_VERBS.has(next))) {
      cue.reason = 'conjunct';
      return cue;
    }
  }
  if (CUE_BEFORE_WORDS.has(prev) && prev !== 'and' && prev !== 'with' && prev !== 'by') {
    if (prev === 'according' || lower(toks[run.first - 2]) !== 'to') {
      cue.reason = 'verb-before';
      return cue;
    }
  }
  if (prev === 'to' && lower(toks[run.first - 2]) === 'according') {
    cue.reason = 'according';
    return cue;
  }
  return null;
}

/**
 * Rule: a name alone at the start of a line, before a colon and a claim of four words or more
 * ("Khrenin: Only joint efforts can ..."), is a speaker label; a heading word ("Analysis:",
 * "Update:") is not a name.
 */
export function speakerLabelRun(doc: Doc, run: NameRun): boolean {
  if (!startsItsLine(doc, run.start)) return false;
  const m = /^:[ \t]+(\S+(?:[ \t]+\S+){3,})/.exec(doc.text.slice(run.end, run.end + 200));
  if (!m) return false;
  return !run.form.split(/\s+/).some((w) => isCommonWord(w));
}

/** Only white space stands between the start of its line and `pos` (read back from `pos`). */
function startsItsLine(doc: Doc, pos: number): boolean {
  const lineStart = lineStartAt(doc, pos);
  for (let i = pos - 1; i >= lineStart; i--) if (!/\s/.test(doc.text[i] as string)) return false;
  return true;
}

/** Creates (or finds) the person record for a confirmed name. */
export function personRecord(reg: Registry, form: string): PersonRecord {
  return reg.person(personKey(form), form);
}

export function isCountryWord(s: string): boolean {
  return !!countryByName(s);
}

/**
 * Rule: an unmarked name coordinated with a known person ("between Orlov and Sokol", "Sokol and
 * Orlov") is a person too, when it is no common word. `known` says whether a run names a person
 * already confirmed; runs are in text order, so each looks only at its neighbours.
 */
export function coordinatedWithPerson(
  doc: Doc,
  runs: NameRun[],
  known: (run: NameRun) => boolean,
): NameRun[] {
  const out: NameRun[] = [];
  const joined = (a: NameRun, b: NameRun): boolean => doc.text.slice(a.end, b.start) === ' and ';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as NameRun;
    if (known(run) || run.form.split(/\s+/).some((w) => isCommonWord(w) || isPluralNoun(w))) continue;
    const prev = runs[i - 1];
    const next = runs[i + 1];
    if ((prev && joined(prev, run) && known(prev)) || (next && joined(run, next) && known(next)))
      out.push(run);
  }
  return out;
}
