import { countryPlace } from '../../entities/places.js';
import type { Registry } from '../../entities/registry.js';
import { countryByDemonym } from '../../gazetteer/countries.js';

/** "met his Chinese counterpart", "a call with her French counterpart" right after a trigger. */
const COUNTERPART = /^\s+(?:with\s+)?(?:his|her|their)\s+([A-Z][\p{L}]+)\s+counterparts?\b/u;

/**
 * Rule: "X met his Chinese counterpart": the other party is the person of that country with the
 * subject's kind of office named before (the latest first), else the country itself (a party
 * identified only by its country). Null when no counterpart follows the trigger.
 */
export function counterpartAfter(
  reg: Registry,
  text: string,
  triggerEnd: number,
  subject: string | null,
): string | null {
  const m = COUNTERPART.exec(text.slice(triggerEnd, triggerEnd + 60));
  if (!m) return null;
  const country = countryByDemonym(m[1] as string);
  if (!country) return null;
  const place = countryPlace(reg, country.code);
  const sub = reg.get(subject);
  const office = sub?.kind === 'person' ? officeWord(sub.roles[0]?.title ?? '') : null;
  for (const mm of reg.personMentionsBefore(triggerEnd)) {
    const p = reg.get(mm.ref);
    if (p?.kind !== 'person' || p.ref === subject) continue;
    const fits = p.roles.some(
      (r) => place != null && r.country === place.ref && (!office || officeWord(r.title) === office),
    );
    if (fits) return p.ref;
  }
  return place?.ref ?? null;
}

/** The kind of office a title names: "Defence Minister" -> "minister", "President" -> "president". */
function officeWord(title: string): string | null {
  const m = /(minister|president|secretary|premier|chancellor|chief|head)/i.exec(title);
  return m ? (m[1] as string).toLowerCase() : null;
}
