// The country of a meeting's host, read from the meeting: news from the host country names its
// own officials without their country ("Foreign Minister X welcomed his Iranian counterpart in
// Islamabad"), so where the visit took place tells whose officials they are.

import { countryOfPlaceRecord } from '../../entities/places.js';
import type { Registry } from '../../entities/registry.js';
import { settleRoleCountry } from '../../entities/services.js';
import type { MeetingRecord, PersonRecord } from '../../types.js';
import { countryOfPerson } from './parties.js';

/** A meeting told as a visit or as hosting: someone came, someone received. */
const VISIT_OR_HOSTING =
  /\b(?:host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|greet(?:s|ed|ing)?|visit(?:s|ed|ing)?|arriv(?:ed|es|al)|courtesy call|call(?:ed|s)? on|trip|tour)\b/i;

/**
 * Rule: "Foreign Minister X welcomed his Iranian counterpart Y in Islamabad", "the Ivorian
 * president paid a courtesy call on President Z at the seat of government in Accra": in a
 * meeting told as a visit or as hosting, held in one country's city and not on the sidelines of
 * a sitting, between visitors of one other country and officials of no stated country, those
 * officials are the host country's (and of its ministries). A party of a third country, or a
 * visitor of the place's own country, leaves everyone as the text states them.
 */
export function hostsOfThePlace(reg: Registry, meetings: readonly MeetingRecord[]): void {
  for (const m of meetings) {
    if (m.within || (m.meetingKind !== 'bilateral' && m.meetingKind !== 'multilateral')) continue;
    const host = countryOfMeetingPlace(reg, m);
    if (!host || !m.evidence.some((e) => VISIT_OR_HOSTING.test(e.exact))) continue;
    const persons = m.participants.map((p) => reg.get(p));
    if (!persons.every((p): p is PersonRecord => p?.kind === 'person')) continue;
    const visitors = new Set(persons.map((p) => countryOfPerson(reg, p.ref)).filter((c) => c !== null));
    if (visitors.size !== 1 || visitors.has(host)) continue;
    const country = countryOfPlaceRecord(reg, host);
    if (!country) continue;
    for (const p of persons) {
      if (p.roles.some((r) => r.country)) continue;
      for (const r of p.roles) if (!r.organization) settleRoleCountry(reg, r, country);
    }
  }
}

/** The country ref of a meeting's place: the country itself, or the country of its city or venue. */
function countryOfMeetingPlace(reg: Registry, m: MeetingRecord): string | null {
  const place = reg.get(m.place);
  if (place?.kind !== 'place') return null;
  return place.placeKind === 'country' ? place.ref : place.country;
}
