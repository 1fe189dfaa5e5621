import type { Doc } from '../doc.js';
import { cityByName } from '../gazetteer/cities.js';
import { countryFromWord, type OrgHit, orgKey } from './organizations.js';
import type { Registry } from './registry.js';

// "Urmas Vaino (Isamaa)", "Anna Berg (Social Democrats)", "Jan Holm (SDP)": up to three
// capitalised words or an acronym in parentheses right after a person's name.
const PARTY_AFTER_NAME = /^ \(((?:[\p{Lu}][\p{L}'’-]+)(?: [\p{Lu}][\p{L}'’-]+){0,2}|[A-Z]{2,6})\)/u;

/**
 * Rule: the party of a politician written in parentheses right after the name, as European
 * news does ("Foreign Minister Urmas Vaino (Isamaa) said"). A country, a city, a demonym or an
 * organization another rule found there ("(NATO)") is no party; neither is a single letter
 * ("Putin (L)" in a caption).
 */
export function partiesAfterNames(
  doc: Doc,
  reg: Registry,
  takenAt: (start: number, end: number) => boolean,
): OrgHit[] {
  const out: OrgHit[] = [];
  if (!doc.text.includes(' (')) return out;
  for (const m of [...reg.mentions]) {
    if (reg.get(m.ref)?.kind !== 'person') continue;
    const p = PARTY_AFTER_NAME.exec(doc.text.slice(m.end, m.end + 50));
    if (!p?.[1]) continue;
    const name = p[1];
    const start = m.end + 2;
    const end = start + name.length;
    if (countryFromWord(name) || cityByName(name) || takenAt(start, end)) continue;
    const rec = reg.organization(orgKey(name), name, 'party');
    reg.mention(rec.ref, start, end, 'name');
    out.push({ start, end, rec });
  }
  return out;
}
