import type { Doc } from '../doc.js';
import { countryByName } from '../gazetteer/countries.js';
import { ORGANIZATIONS, type OrgEntry } from '../gazetteer/organizations.js';
import type { OrganizationRecord } from '../types.js';
import { curatedOrg, type OrgHit, orgKey } from './organizations.js';
import type { Registry } from './registry.js';

const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/** A digit of an acronym and the number word it stands for. */
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
};

/**
 * Whether `acr` spells the words: each word gives its first one to three letters (a hyphenated
 * word each of its parts), small words may give their first letter or nothing, a digit stands for
 * its number word. "IPU" spells "Inter-Parliamentary Union", "ECOWAS" "Economic Community of West
 * African States", "UfM" "Union for the Mediterranean", "B9" "Bucharest Nine".
 */
export function spells(acr: string, words: readonly string[]): boolean {
  const parts = words.flatMap((w) => w.split(/-/).filter(Boolean));
  const letters = acr.replace(/[-.]/g, '').toLowerCase();
  const go = (a: number, w: number): boolean => {
    if (w === parts.length) return a === letters.length;
    const word = (parts[w] as string).toLowerCase();
    if (SMALL_WORDS.has(word) && go(a, w + 1)) return true;
    // "B9" spells "Bucharest Nine", "G7" "Group of Seven"
    if (NUMBER_WORDS[letters[a] as string] === word) return go(a + 1, w + 1);
    for (let k = 1; k <= 3 && a + k <= letters.length && k <= word.length; k++) {
      if (word.slice(0, k) !== letters.slice(a, a + k)) break;
      if (go(a + k, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/**
 * Kind of an organization by the words of its name: its head (the last word, or the one before
 * "of", "for" or "on": "Council of the Alpine Union", "Joint Commission for Bilateral
 * Cooperation"), or a party's word anywhere.
 */
function kindOf(name: string): OrganizationRecord['orgKind'] {
  const words = name.split(/[\s-]+/);
  // the head noun: before the first "of", "for" or "on" ("Joint Commission for Bilateral Cooperation")
  const prep = words.findIndex((w, i) => i > 0 && /^(?:of|for|on)$/.test(w));
  const last = (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
  if (words.some((w) => /^(?:Party|League|Movement|Front)$/.test(w))) return 'party';
  if (/^(?:Agency|News|Press|Television|TV|Radio|Broadcasting|Gazette|Times|Post)$/.test(last))
    return 'media';
  if (last === 'Ministry') return 'ministry';
  // "European Political Community (EPC)", "Lancang-Mekong Cooperation (LMC)", "Pacific Alliance":
  // a union of states; "Union" too, but for unions of trades, clubs or workers
  if (/^(?:Community|Cooperation|Alliance|Pact)$/.test(last)) return 'alliance';
  if (
    last === 'Union' &&
    !words.some((w) =>
      /^(?:Trade|Credit|Football|Rugby|Students?|Workers|Journalists|Broadcasting|Civil|Liberties)$/.test(w),
    )
  )
    return 'alliance';
  if (
    /^(?:Council|Committee|Commission|Office|Service|Bureau|Department|Secretariat|Directorate)$/.test(last)
  )
    return 'body';
  return 'other';
}

/** Nouns that head the name of a sea, a strait, a river, a mountain or a region. */
const GEOGRAPHIC_HEADS =
  /^(?:Seas?|Straits?|Gulf|Ocean|Rivers?|Lakes?|Bay|Mountains?|Mount|Mt|Range|Peninsula|Islands?|Isles?|Archipelago|Basin|Valley|Canal|Channel|Delta|Desert|Plateau|Region|Corridor|Coast|Horn|Highlands?)$/;

/**
 * Rule: "the South China Sea (SCS)", "the Strait of Hormuz (SOH)", "the Mekong River (MR)": an
 * acronym defined for a geographic name (its head noun last, or first before "of") names no
 * organization. "Nile Basin Initiative" and "Gulf Cooperation Council" end in other heads.
 */
export function namesGeographicFeature(name: string): boolean {
  const words = name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return (
    GEOGRAPHIC_HEADS.test(last) ||
    (words.length > 2 && GEOGRAPHIC_HEADS.test(words[0] ?? '') && words[1] === 'of')
  );
}

// "(ECOWAS)", and mixed forms: "(UfM)" for the Union for the Mediterranean, "(B9)" for the Bucharest Nine
const DEFINITION_RE = /\(([A-Z][A-Za-z0-9-]{1,7})\)/g;

/** Whether a bracketed word can be an acronym: two capitals ("UfM"), or a capital and a digit ("B9"). */
function acronymLike(word: string): boolean {
  let capitals = 0;
  for (const ch of word) if (ch >= 'A' && ch <= 'Z') capitals++;
  return capitals >= 2 || (capitals === 1 && /\d/.test(word));
}
const WORD_BEFORE_RE = /([\p{L}&][\p{L}'’-]*)\s*$/u;

/**
 * Rule: "<Name> (ACR)" where the capitalised words before the parenthesis spell ACR names an
 * organization ("the Iraqi News Agency (INA)", "the Inter-Parliamentary Union (IPU)"): the
 * shortest run of words ending at the parenthesis that spells the acronym and starts with a
 * capital. A name another rule found, a country ("United Arab Emirates (UAE)") and a run that
 * spells nothing ("talks (MGIMO)") are left alone.
 */
export function organizationsDefiningAcronyms(
  doc: Doc,
  reg: Registry,
  takenBetween: (start: number, end: number) => boolean,
): OrgHit[] {
  const out: OrgHit[] = [];
  if (!doc.text.includes('(')) return out;
  DEFINITION_RE.lastIndex = 0;
  for (let m = DEFINITION_RE.exec(doc.text); m; m = DEFINITION_RE.exec(doc.text)) {
    const acr = m[1] as string;
    if (!acronymLike(acr)) continue;
    // the words before the parenthesis, on its line, nearest first
    const words: Array<{ text: string; start: number }> = [];
    let end = m.index;
    while (end > 0 && doc.text[end - 1] === ' ') end--;
    const nameEnd = end;
    for (let n = 0; n < 12; n++) {
      const w = WORD_BEFORE_RE.exec(doc.text.slice(Math.max(0, end - 40), end));
      if (!w) break;
      const text = w[1] as string;
      const start = end - w[0].length + (w[0].length - w[0].trimStart().length);
      if (!/^[\p{Lu}]/u.test(text) && !SMALL_WORDS.has(text)) break;
      words.unshift({ text, start });
      end = start;
      if (/\n/.test(doc.text.slice(Math.max(0, end - 1), end))) break;
      while (end > 0 && doc.text[end - 1] === ' ') end--;
    }
    let match: { start: number } | undefined;
    for (let i = words.length - 1; i >= 0; i--) {
      const first = words[i] as { text: string; start: number };
      if (!/^[\p{Lu}]/u.test(first.text)) continue;
      if (
        spells(
          acr,
          words.slice(i).map((w) => w.text),
        )
      ) {
        match = first;
        break;
      }
    }
    if (!match) continue;
    const start = match.start;
    const name = doc.text.slice(start, nameEnd);
    if (
      name.length < 5 ||
      countryByName(name) ||
      namesGeographicFeature(name) ||
      takenBetween(start, nameEnd)
    )
      continue;
    const curated = curatedSpelledNearly(acr, name);
    const rec = curated
      ? curatedOrg(reg, curated)
      : reg.organization(orgKey(name), name, kindOf(name), { acronym: acr });
    reg.mention(rec.ref, start, nameEnd, 'name');
    out.push({ start, end: nameEnd, rec });
  }
  return out;
}

/**
 * Rule: "Southern Africa Development Community (SADC)": a name defining a known union's acronym,
 * spelled as its name but for a letter or two per word (a typo, a demonym for an adjective), is
 * that union, not a second organization.
 */
function curatedSpelledNearly(acr: string, name: string): OrgEntry | undefined {
  const words = name.toLowerCase().split(/\s+/);
  return ORGANIZATIONS.find((o) => {
    if (o.acronym !== acr) return false;
    const known = o.name.toLowerCase().split(/\s+/);
    return known.length === words.length && known.every((w, i) => nearlySameWord(w, words[i] as string));
  });
}

/** The same word but for at most two letters added or dropped at its end ("africa"/"african"). */
function nearlySameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}
