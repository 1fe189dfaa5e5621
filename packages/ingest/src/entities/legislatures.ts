import type { Doc } from '../doc.js';
import { type Country, countryByName } from '../gazetteer/countries.js';
import type { OrganizationRecord } from '../types.js';
import { countryFromWord, type OrgHit, orgKey, withArticle } from './organizations.js';
import { countryPlace } from './places.js';
import type { Registry } from './registry.js';

// Chambers of parliament whose English name is generic: the country belongs to the name
// ("National Assembly of Kuwait"). Several countries have a "House of Representatives".
const GENERIC_CHAMBERS = [
  'Grand National Assembly',
  'National Assembly',
  'House of Representatives',
  'Council of Representatives',
  'House of Commons',
  'House of Lords',
  'House of Councillors',
  'House of the People',
  'House of Deputies',
  'Chamber of Deputies',
  'Council of the Republic',
  'Congress of Deputies',
  'National Council',
  'Federal Assembly',
  'Legislative Assembly',
  'Legislative Council',
  'Provincial Assembly',
  "People's Assembly",
  'Supreme Council',
  'Consultative Assembly',
  'Shura Council',
  'Parliament',
  'Senate',
  'Congress',
];
// One-word generic chambers name an institution only with their country ("the Kuwaiti
// Parliament", "the Senate of Poland"); alone they are too often something else.
const NEEDS_COUNTRY = new Set(['Parliament', 'Senate', 'Congress']);

const CHAMBER = GENERIC_CHAMBERS.map((c) => c.replace(/'/g, "['’]")).join('|');
const CAP = "[\\p{Lu}][\\p{L}'’-]+";
// [1] a word before the chamber (a demonym or a country's name), [2] the chamber, [3] a
// chamber it belongs to ("Council of the Republic of the National Assembly of Belarus"),
// [4] up to four capitalised words after "of" (a country's name is read from their start)
const LEGISLATURE_RE = new RegExp(
  `(?:\\b(${CAP})\\s+)?\\b(${CHAMBER})\\b(?:\\s+of\\s+(?:the\\s+)?(${CHAMBER}))?(?:\\s+of\\s+(?:the\\s+)?(${CAP}(?:\\s+${CAP}){0,3}))?`,
  'gu',
);

/** The longest run of leading words of `words` that is a country's name, with its length. */
function leadingCountry(words: string): { country: Country; text: string } | undefined {
  const parts = words.split(/\s+/);
  for (let n = parts.length; n > 0; n--) {
    const text = parts.slice(0, n).join(' ');
    const country = countryByName(text.replace(/['’]s$/, ''));
    if (country) return { country, text };
  }
  return undefined;
}

function chamberRecord(reg: Registry, chamber: string, country: Country | undefined): OrganizationRecord {
  const name = country ? `${chamber} of ${withArticle(country)}` : chamber;
  const rec = reg.organization(orgKey(name), name, 'body');
  if (country) rec.country ??= countryPlace(reg, country.code)?.ref ?? null;
  return rec;
}

/**
 * Rule: "the Supreme Council of the GCC", "the GCC Supreme Council": a chamber's name after an
 * organization another rule found, or before "of (the)" and one, is a body of that organization
 * (the institutions rule names it in full), not a country's chamber.
 */
function bodyOfAnOrganization(
  text: string,
  end: number,
  takenBetween: (start: number, end: number) => boolean,
): boolean {
  const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
  if (!of) return false;
  const at = end + of[0].length;
  return takenBetween(at, at + 1);
}

/**
 * Rule: a chamber of parliament with a generic English name, with the country it belongs to
 * before it ("the Kuwaiti National Assembly", "Iraq's Council of Representatives") or after it
 * ("the National Assembly of Belarus"); a chamber of another chamber ("Council of the Republic
 * of the National Assembly of Belarus") is a body under it. A multi-word chamber with no country
 * is the one of that name found elsewhere in the text, if any; "Parliament", "Senate" and
 * "Congress" need a country.
 */
export function findLegislatures(
  doc: Doc,
  reg: Registry,
  takenBetween: (start: number, end: number) => boolean,
): OrgHit[] {
  const out: OrgHit[] = [];
  if (!/Assembly|House|Council|Chamber|Congress|Parliament|Senate/.test(doc.text)) return out;
  LEGISLATURE_RE.lastIndex = 0;
  const found: Array<{ start: number; end: number; chamber: string; inner?: string; country?: Country }> = [];
  for (let m = LEGISLATURE_RE.exec(doc.text); m; m = LEGISLATURE_RE.exec(doc.text)) {
    const whole = m[0];
    const chamberAt = m[1] ? whole.indexOf(m[2] as string, (m[1] as string).length) : 0;
    const chamber = (m[2] as string).replace(/’/g, "'");
    const before = m[1] ? countryFromWord(m[1]) : undefined;
    const after = m[4] ? leadingCountry(m[4]) : undefined;
    const country = after?.country ?? before;
    if (NEEDS_COUNTRY.has(chamber) && !country) continue;
    // a chamber inside a name another rule found ("European Parliament")
    if (takenBetween(m.index + chamberAt, m.index + chamberAt + (m[2] as string).length)) continue;
    if (
      !country &&
      (bodyOfAnOrganization(doc.text, m.index + chamberAt + (m[2] as string).length, takenBetween) ||
        (m[1] !== undefined && takenBetween(m.index, m.index + m[1].length)))
    )
      continue;
    const start = m.index + (before ? 0 : chamberAt);
    let end = m.index + chamberAt + (m[2] as string).length;
    if (m[3]) end = m.index + whole.indexOf(m[3], chamberAt + (m[2] as string).length) + m[3].length;
    if (after) end = m.index + whole.length - (m[4] as string).length + after.text.length;
    const inner = m[3]?.replace(/’/g, "'");
    found.push({ start, end, chamber, ...(inner ? { inner } : {}), ...(country ? { country } : {}) });
  }
  for (const f of found) {
    let rec: OrganizationRecord;
    if (f.inner) {
      const parent = chamberRecord(reg, f.inner, f.country);
      const name = `${f.chamber} of the ${parent.name}`;
      rec = reg.organization(orgKey(name), name, 'body', { parent: parent.ref });
      rec.country ??= parent.country;
    } else if (f.country) {
      // "the Kuwaiti Parliament" is the country's one named chamber ("National Assembly")
      const named = new Set(
        found
          .filter((g) => g.country?.code === f.country?.code && !g.inner && g.chamber !== 'Parliament')
          .map((g) => g.chamber),
      );
      const [only] = named;
      rec = chamberRecord(
        reg,
        f.chamber === 'Parliament' && named.size === 1 && only ? only : f.chamber,
        f.country,
      );
    } else {
      // a bare chamber: the one of that name with a country, when the text names exactly one
      const withCountry = found.filter((g) => g.chamber === f.chamber && !g.inner && g.country);
      const codes = new Set(withCountry.map((g) => g.country?.code));
      rec =
        codes.size === 1 && withCountry[0]?.country
          ? chamberRecord(reg, f.chamber, withCountry[0].country)
          : chamberRecord(reg, f.chamber, undefined);
    }
    reg.mention(rec.ref, f.start, f.end, 'name');
    out.push({ start: f.start, end: f.end, rec });
  }
  return out;
}
