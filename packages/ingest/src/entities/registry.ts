import { placeCoordinates } from '../gazetteer/coordinates.js';
import type {
  Mention,
  OrganizationKind,
  OrganizationRecord,
  PersonRecord,
  PlaceKind,
  PlaceRecord,
  Role,
  Span,
} from '../types.js';

/** Holds the entity records of one extraction, merging by key. */
export class Registry {
  readonly text: string;
  readonly persons: PersonRecord[] = [];
  readonly organizations: OrganizationRecord[] = [];
  readonly places: PlaceRecord[] = [];
  readonly mentions: Mention[] = [];
  private readonly byKey = new Map<string, PersonRecord | OrganizationRecord | PlaceRecord>();
  private readonly byRef = new Map<string, PersonRecord | OrganizationRecord | PlaceRecord>();
  private readonly mentionKeys = new Set<string>();
  private readonly evidenceKeys = new Set<string>();
  private readonly roleStarts = new WeakMap<Role, Set<number>>();
  private sorted: Mention[] | null = null;
  private sortedPersons: Mention[] | null = null;

  constructor(text: string) {
    this.text = text;
  }

  span(start: number, end: number): Span {
    return { start, end, exact: this.text.slice(start, end) };
  }

  get(ref: string | null | undefined): PersonRecord | OrganizationRecord | PlaceRecord | undefined {
    return ref ? this.byRef.get(ref) : undefined;
  }

  byKeyOf(key: string): PersonRecord | OrganizationRecord | PlaceRecord | undefined {
    return this.byKey.get(key);
  }

  /** Records a mention of `ref` and adds the span to its evidence (once). */
  mention(ref: string, start: number, end: number, via: string): void {
    const rec = this.byRef.get(ref);
    if (!rec || end <= start) return;
    const sp = this.span(start, end);
    const key = `${start}:${end}:${ref}`;
    if (!this.evidenceKeys.has(key)) {
      this.evidenceKeys.add(key);
      rec.evidence.push(sp);
    }
    if (!this.mentionKeys.has(key)) {
      this.mentionKeys.add(key);
      const m: Mention = { start: sp.start, end: sp.end, exact: sp.exact, ref, via };
      this.mentions.push(m);
      // keep the sorted views up to date instead of re-sorting (mentions come mostly in order)
      if (this.sorted) insertSorted(this.sorted, m);
      if (this.sortedPersons && rec.kind === 'person') insertSorted(this.sortedPersons, m);
    }
    if (
      'aliases' in rec &&
      sp.exact !== rec.name &&
      !rec.aliases.includes(sp.exact) &&
      via !== 'pronoun' &&
      via !== 'title' &&
      via !== 'demonym' &&
      via !== 'anaphora' &&
      via !== 'description'
    ) {
      rec.aliases.push(sp.exact);
    }
  }

  place(key: string, name: string, placeKind: PlaceKind, countryCode: string | null): PlaceRecord {
    const have = this.byKey.get(key);
    if (have && have.kind === 'place') return have;
    const rec: PlaceRecord = {
      kind: 'place',
      ref: `l${this.places.length + 1}`,
      key,
      evidence: [],
      name,
      aliases: [],
      placeKind,
      country: null,
      countryCode,
    };
    const coordinates = placeCoordinates(placeKind, name, countryCode);
    // a copy: the gazetteer's object is shared by every extraction
    if (coordinates) rec.coordinates = { ...coordinates };
    this.places.push(rec);
    this.byKey.set(key, rec);
    this.byRef.set(rec.ref, rec);
    return rec;
  }

  organization(
    key: string,
    name: string,
    orgKind: OrganizationKind,
    init: Partial<Pick<OrganizationRecord, 'acronym' | 'parent' | 'country'>> = {},
  ): OrganizationRecord {
    const have = this.byKey.get(key);
    if (have && have.kind === 'organization') {
      if (init.parent && !have.parent) have.parent = init.parent;
      if (init.country && !have.country) have.country = init.country;
      if (init.acronym && !have.acronym) have.acronym = init.acronym;
      return have;
    }
    const rec: OrganizationRecord = {
      kind: 'organization',
      ref: `o${this.organizations.length + 1}`,
      key,
      evidence: [],
      name,
      aliases: [],
      acronym: init.acronym ?? null,
      orgKind,
      parent: init.parent ?? null,
      members: [],
      founded: null,
      country: init.country ?? null,
    };
    this.organizations.push(rec);
    this.byKey.set(key, rec);
    this.byRef.set(rec.ref, rec);
    return rec;
  }

  person(key: string, name: string): PersonRecord {
    const have = this.byKey.get(key);
    if (have && have.kind === 'person') {
      if (name.length > have.name.length) {
        if (!have.aliases.includes(have.name)) have.aliases.push(have.name);
        have.name = name;
        have.aliases = have.aliases.filter((a) => a !== name);
      }
      return have;
    }
    const rec: PersonRecord = {
      kind: 'person',
      ref: `p${this.persons.length + 1}`,
      key,
      evidence: [],
      name,
      aliases: [],
      roles: [],
    };
    this.persons.push(rec);
    this.byKey.set(key, rec);
    this.byRef.set(rec.ref, rec);
    return rec;
  }

  addRole(person: PersonRecord, role: Role): void {
    const same = person.roles.find(
      (r) =>
        r.title.toLowerCase() === role.title.toLowerCase() ||
        (r.organization &&
          r.organization === role.organization &&
          r.title.toLowerCase().includes(role.title.toLowerCase())) ||
        shortFormOfTitle(r, role),
    );
    if (same) {
      same.organization ??= role.organization;
      same.country ??= role.country;
      const starts = this.roleEvidenceStarts(same);
      for (const e of role.evidence)
        if (!starts.has(e.start)) {
          starts.add(e.start);
          same.evidence.push(e);
        }
      return;
    }
    person.roles.push(role);
  }

  /** Where a role's evidence starts, kept beside it: a title repeated n times costs n, not n². */
  private roleEvidenceStarts(role: Role): Set<number> {
    let starts = this.roleStarts.get(role);
    if (!starts) {
      starts = new Set(role.evidence.map((e) => e.start));
      this.roleStarts.set(role, starts);
    }
    return starts;
  }

  /** Merges person `from` into `into`: mentions, evidence, aliases and roles move; `from` is gone. */
  mergePerson(from: PersonRecord, into: PersonRecord): void {
    if (from === into) return;
    for (const m of this.mentions) if (m.ref === from.ref) m.ref = into.ref;
    for (const e of from.evidence)
      if (!into.evidence.some((x) => x.start === e.start && x.end === e.end)) into.evidence.push(e);
    for (const a of [from.name, ...from.aliases])
      if (a !== into.name && !into.aliases.includes(a)) into.aliases.push(a);
    for (const r of from.roles) this.addRole(into, r);
    const i = this.persons.indexOf(from);
    if (i >= 0) this.persons.splice(i, 1);
    this.byRef.set(from.ref, into);
    if (this.byKey.get(from.key) === from) this.byKey.delete(from.key);
    this.sorted = null;
    this.sortedPersons = null;
  }

  /** Removes the mentions of places at exactly [start, end), with their evidence and alias. */
  removePlaceMentions(start: number, end: number): void {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.start !== start || m.end !== end) continue;
      const r = this.byRef.get(m.ref);
      if (r?.kind !== 'place') continue;
      r.evidence = r.evidence.filter((e) => !(e.start === start && e.end === end));
      r.aliases = r.aliases.filter((a) => a !== m.exact);
      this.mentions.splice(i, 1);
      this.mentionKeys.delete(`${start}:${end}:${m.ref}`);
      this.evidenceKeys.delete(`${start}:${end}:${m.ref}`);
    }
    this.sorted = null;
    this.sortedPersons = null;
  }

  private byStart(): Mention[] {
    this.sorted ??= [...this.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    return this.sorted;
  }

  private persons_(): Mention[] {
    this.sortedPersons ??= this.byStart().filter((m) => this.byRef.get(m.ref)?.kind === 'person');
    return this.sortedPersons;
  }

  /** Mentions of any record inside [start, end), in text order (binary search: no full scan). */
  mentionsIn(start: number, end: number): Mention[] {
    const list = this.byStart();
    let lo = lowerBound(list, start);
    const out: Mention[] = [];
    for (; lo < list.length && (list[lo] as Mention).start < end; lo++) {
      const m = list[lo] as Mention;
      if (m.end <= end) out.push(m);
    }
    return out;
  }

  /** Person mentions that start before `pos`, nearest first, at most `limit`. */
  personMentionsBefore(pos: number, limit = 200): Mention[] {
    const list = this.persons_();
    const out: Mention[] = [];
    for (let i = lowerBound(list, pos) - 1; i >= 0 && out.length < limit; i--) out.push(list[i] as Mention);
    return out;
  }
}

/** Index of the first mention starting at or after `pos` in a list sorted by start. */
function lowerBound(list: Mention[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Mention).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(list: Mention[], m: Mention): void {
  let i = list.length;
  while (
    i > 0 &&
    ((list[i - 1] as Mention).start > m.start ||
      ((list[i - 1] as Mention).start === m.start && (list[i - 1] as Mention).end > m.end))
  )
    i--;
  if (i === list.length) list.push(m);
  else list.splice(i, 0, m);
}

/**
 * Rule: "Minister of Foreign Affairs of Poland Radoslaw Sikorski ... Minister Radoslaw Sikorski
 * reconfirmed the support of Poland for Romania's accession", "Foreign Minister Ana Berg ...
 * Minister Berg": a bare title that heads a title the person already holds ("Minister" of
 * "Minister of Foreign Affairs", of "Foreign Minister") is that office told short; it brings no
 * office of its own, and no other country. "President" is no short form of "Vice President".
 */
function shortFormOfTitle(held: Role, role: Role): boolean {
  if (role.organization) return false;
  const h = held.title.toLowerCase();
  const t = role.title.toLowerCase();
  if (h.length <= t.length) return false;
  if (h.startsWith(`${t} of `) || h.startsWith(`${t} for `)) return true;
  if (!h.endsWith(` ${t}`)) return false;
  return !/\b(?:vice|deputy|assistant|acting|former|first|under|state|junior|prime|chief)\s+$/.test(
    h.slice(0, -t.length),
  );
}
