import type { Doc } from '../doc.js';
import { governmentRecord, type OrgHit } from './organizations.js';
import { countryOfPlaceRecord } from './places.js';
import type { Registry } from './registry.js';
import { countryOfRoles } from './roles.js';

// "the Lula administration said", "the Modi government": a leader's government named by the
// leader's name, spoken of (and speaking) as that country's government.

/** Right after a leader's name: " administration", " government", " cabinet". */
const GOVERNMENT_AFTER_NAME = /^['’]?s?\s+(?:administration|government|cabinet)\b/;

/**
 * Rule: "the Lula administration said in a statement", "the Modi government": a person's name
 * right before "administration" or "government" (after "the") names the government of the
 * country that person leads, "Government of <Country>". A person of no stated country, or of two,
 * names none; "the administration of ..." is another shape.
 */
export function administrationsOfLeaders(doc: Doc, reg: Registry): OrgHit[] {
  const out: OrgHit[] = [];
  if (!/\b(?:administration|government|cabinet)\b/.test(doc.text)) return out;
  for (const m of [...reg.mentions]) {
    const person = reg.get(m.ref);
    if (person?.kind !== 'person') continue;
    const after = GOVERNMENT_AFTER_NAME.exec(doc.text.slice(m.end, m.end + 30));
    if (!after || !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 5), m.start))) continue;
    const place = countryOfRoles(person);
    const country = place ? countryOfPlaceRecord(reg, place) : undefined;
    if (!country) continue;
    const rec = governmentRecord(reg, country);
    const end = m.end + after[0].length;
    reg.mention(rec.ref, m.start, end, 'name');
    out.push({ start: m.start, end, rec });
  }
  return out;
}
