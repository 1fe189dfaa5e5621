import type { Doc } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import type { MeetingRecord, PersonRecord } from '../../types.js';
import { countriesListedAt, listStartAfterGroupHead, namesBothSides } from './attendance.js';

// Participants told by office: "the prime ministers of Belgium, the Netherlands and Luxembourg
// met" gives three countries; where the story names who holds that office for a country, the
// holder is the participant.

/** A plural office before "of" or "from" and the titles of one holder of it. */
const OFFICES: ReadonlyArray<{ plural: string; title: RegExp }> = [
  { plural: 'prime\\s+ministers|premiers|PMs', title: /^(?:Prime Minister|PM|Premier)$/i },
  { plural: 'presidents', title: /^President$/i },
  {
    plural: 'foreign\\s+ministers|ministers\\s+of\\s+foreign\\s+affairs',
    title:
      /^(?:Foreign Minister|Minister of Foreign Affairs|Minister for Foreign Affairs|Secretary of State)$/i,
  },
  {
    plural: 'defen[cs]e\\s+ministers|ministers\\s+of\\s+defen[cs]e',
    title: /^(?:Defen[cs]e Minister|Minister of Defen[cs]e|Secretary of Defen[cs]e|Defen[cs]e Secretary)$/i,
  },
  { plural: 'finance\\s+ministers', title: /^(?:Finance Minister|Minister of Finance)$/i },
  {
    plural: 'leaders|heads\\s+of\\s+state(?:\\s+and\\s+(?:of\\s+)?government)?',
    title: /^(?:President|Prime Minister|PM|Premier|Chancellor|King|Emir|Amir|Sultan)$/i,
  },
];

/** "the prime ministers of A, B and C": the office and the stretch of the list after it. */
const OFFICE_OF_LIST = new RegExp(
  `\\b(${OFFICES.map((o) => o.plural).join('|')})\\s+(?:of|from)\\s+(?:the\\s+)?`,
  'gi',
);

/** The one person of the story who holds `title` for the country `country` (none if two do). */
function soleHolder(reg: Registry, title: RegExp, country: string): PersonRecord | undefined {
  const holders = reg.persons.filter((p) =>
    p.roles.some((r) => r.country === country && title.test(r.title)),
  );
  return holders.length === 1 ? holders[0] : undefined;
}

/** Each office's plural as a whole word, compiled once. */
const PLURALS: ReadonlyArray<{ plural: RegExp; title: RegExp }> = OFFICES.map((o) => ({
  plural: new RegExp(`^(?:${o.plural})$`, 'i'),
  title: o.title,
}));

/** The titles of the office whose plural `word` names, if any. */
function officeTitle(word: string): RegExp | undefined {
  return PLURALS.find((o) => o.plural.test(word))?.title;
}

/**
 * Rule: "The prime ministers of Belgium, the Netherlands and Luxembourg met at Senningen Castle"
 * + "Dutch PM Dick Schoof", "Belgian PM De Wever": a country the meeting's own evidence lists
 * after a plural office stands for the one person the story gives that office for that country.
 * "The defence ministers of the two countries" lists every country of the meeting. A country
 * whose holder the story does not name (or names two of) stays a country.
 */
export function holdersStandForCountries(doc: Doc, reg: Registry, records: MeetingRecord[]): void {
  for (const rec of records) {
    const countries = rec.participants.filter((p) => {
      const r = reg.get(p);
      return r?.kind === 'place' && r.placeKind === 'country';
    });
    if (!countries.length) continue;
    for (const span of rec.evidence) {
      const text = doc.text.slice(span.start, span.end);
      OFFICE_OF_LIST.lastIndex = 0;
      for (let m = OFFICE_OF_LIST.exec(text); m; m = OFFICE_OF_LIST.exec(text)) {
        const title = officeTitle(m[1] as string);
        if (!title) continue;
        const after = span.start + m.index + m[0].length;
        // "the defence ministers of the two countries": every country of the meeting
        const listed = namesBothSides(doc.text, after)
          ? countries
          : countriesListedAt(reg, doc.text, listStartAfterGroupHead(doc.text, after, span.end), span.end);
        for (const country of countries) {
          if (!listed.includes(country)) continue;
          const holder = soleHolder(reg, title, country);
          if (!holder) continue;
          const at = rec.participants.indexOf(country);
          if (at < 0) continue;
          if (rec.participants.includes(holder.ref)) rec.participants.splice(at, 1);
          else rec.participants[at] = holder.ref;
        }
      }
    }
  }
}
