// Persons named by a description instead of a name: "the Chinese minister", "the Belarusian
// leader", "the top diplomat", "he".
import { countryByDemonym, countryByName } from '../gazetteer/countries.js';
import type { PersonRecord } from '../types.js';
import type { Registry } from './registry.js';

/**
 * The person a description stands for: the most recently mentioned person (before `pos`) whose
 * role matches its head noun and, when it names one, its country ("the Chinese minister" ->
 * China's minister named last). "he"/"she": the latest sentence subject. Null when unsure.
 */
export function resolveDescription(
  reg: Registry,
  phrase: string,
  pos: number,
  subjects: Array<{ ref: string; at: number }> = [],
  outside: (a: number, b: number) => boolean = () => true,
): string | null {
  let p = phrase
    .trim()
    .replace(/^(?:the|The)\s+/, '')
    .replace(/^top\s+/, '');
  if (/^head of state$/i.test(p)) p = 'president';
  if (/^(?:he|she|He|She)$/.test(p)) {
    const s = [...subjects].reverse().find((x) => x.at < pos && reg.get(x.ref)?.kind === 'person');
    return s?.ref ?? null;
  }
  const m =
    /^(?:([A-Z][\p{L}]+)\s+)?(?:top\s+)?([A-Z]?[a-z]+(?: [A-Z]?[a-z]+){0,2}?)(?:\s+of\s+(?:the\s+)?([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?))?$/u.exec(
      p,
    );
  if (!m) return null;
  const countryWord = m[1] ?? m[3];
  const country = countryWord ? (countryByDemonym(countryWord) ?? countryByName(countryWord)) : undefined;
  const head = (m[2] as string).toLowerCase();
  const wants: RegExp | null = /^(?:minister|foreign minister|defen[cs]e minister)$/.test(head)
    ? /minister/i
    : /^(?:diplomat|top diplomat)$/.test(head)
      ? /foreign minister|minister of foreign affairs|secretary of state/i
      : /^(?:head of state|president|leader|belarusian leader)$/.test(head)
        ? /^president$|head of state|^leader$/i
        : /^prime minister$/.test(head)
          ? /prime minister/i
          : /^(?:secretary general|secretary-general)$/.test(head)
            ? /secretary[- ]general/i
            : /^(?:spokesman|spokeswoman|spokesperson)$/.test(head)
              ? /spokes/i
              : /^(?:chancellor|premier|aide|general)$/.test(head)
                ? new RegExp(head, 'i')
                : null;
  if (!wants) return null;
  // most recently mentioned person with a matching role
  const persons = reg.personMentionsBefore(pos).filter((x) => outside(x.start, x.end));
  for (const mm of persons) {
    const person = reg.get(mm.ref) as PersonRecord;
    const ok = person.roles.some((r) => {
      if (!wants.test(r.title)) return false;
      if (!country) return true;
      const c = reg.get(r.country);
      return c?.kind === 'place' && c.countryCode === country.code;
    });
    if (ok) return person.ref;
  }
  return null;
}

const DESCRIPTION =
  /\b[Tt]he\s+((?:[A-Z][\p{L}]+\s+)?(?:top\s+)?(?:(?:foreign|defen[cs]e)\s+)?(?:prime minister|minister|president|premier|diplomat|leader|head of state|secretary general|secretary-general|chancellor))\b/u;

/**
 * A description in `text[from, to)` ("Earlier, the Chinese minister held talks ..."), resolved
 * to the person it stands for as of `from`; null when there is none or it is unsure.
 */
export function describedPerson(reg: Registry, text: string, from: number, to: number): string | null {
  const m = DESCRIPTION.exec(text.slice(from, to));
  return m ? resolveDescription(reg, m[1] as string, from) : null;
}
