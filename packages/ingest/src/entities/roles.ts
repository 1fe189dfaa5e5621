import { type Doc, sentenceAt } from '../doc.js';
import { type Country, countryByCode, countryByDemonym, countryByName } from '../gazetteer/countries.js';
import { GULF_STYLES, HONORIFICS, RELATIONAL_CUES } from '../text/honorifics.js';
import { listStartBefore } from '../text/lists.js';
import type { Token } from '../text/tokenize.js';
import type { OrganizationRecord, PersonRecord, Role } from '../types.js';
import { countryFromWord, ministryDomain, ministryRecord, orgKey } from './organizations.js';
import { countryOfPlaceRecord, countryPlace } from './places.js';
import type { Registry } from './registry.js';
import { RANKS, TITLE_HEADS, TITLE_WORDS } from './titles.js';

/** A "title" that is only a form of address or a relation ("Mr", "counterpart"): no role. Lower case. */
const ADDRESS_NOT_ROLE: ReadonlySet<string> = new Set([...HONORIFICS, ...RELATIONAL_CUES, ...GULF_STYLES]);
const HONORIFIC_WORDS: ReadonlySet<string> = new Set(HONORIFICS);

/** Titles of heads of state and government: their roles name a country, not an organization. */
const HEAD_OF_STATE =
  /^(?:President|Prime Minister|PM|Premier|Chancellor|King|Queen|Emir|leader|ruler|Head of State|Head of Government|Supreme Leader)$/i;

export interface RoleContext {
  doc: Doc;
  reg: Registry;
  /** organization mentioned at token i (an alliance, the Kremlin, a ministry, a body) */
  orgAt: (i: number) => OrganizationRecord | undefined;
  /** the latest alliance named before offset pos ("Secretary General of the organization") */
  lastAlliance: (pos: number) => OrganizationRecord | undefined;
  /** ISO2 of the country (name or demonym) the gazetteer found at token i ("U.S.", "United States") */
  countryAt?: (i: number) => string | undefined;
  /** the one country of the story's dateline ("CAIRO -", "SEOUL, Nov. 16 (Yonhap) --"), if any; read when asked */
  datelineCountry?: () => Country | undefined;
}

function titleCaseFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Parses a title phrase into a role: strips the country (demonym, "of Belarus", "Belarus's"),
 * the organization ("NATO", "CSTO’s", "of the CIS", "Kremlin"), possessives, "new"/"former",
 * and ranks; derives the ministry a ministerial title implies ("Defense Minister" + Russia ->
 * Ministry of Defense of Russia).
 */
export function parseRole(
  ctx: RoleContext,
  first: number,
  last: number,
  fallbackCountry: Country | undefined,
): Role | null {
  const { doc, reg } = ctx;
  const toks = doc.tokens;
  const parts = titleParts(ctx, first, last);
  const title = titleText(trimTitleTokens(parts.keep));
  if (!title || ADDRESS_NOT_ROLE.has(title.toLowerCase())) return null;
  let country =
    parts.country ?? fallbackCountry ?? nationalityOfCoordinatedTitle(ctx, first) ?? countryOfOwnTitle(title);
  // a ministerial title with no country of its own takes the one country its sentence names
  if (
    !country &&
    !parts.org &&
    /\b(?:Minister|Secretary)\b/.test(title) &&
    !/Secretary[- ]General/i.test(title)
  )
    country = soleCountryInSentence(ctx, first) ?? ministerOfTheDateline(ctx, first, title);
  const evidence = (): Role['evidence'] => [
    reg.span((toks[first] as Token).start, (toks[last] as Token).end),
  ];
  const countryRef = (c: Country | undefined): string | null =>
    c ? (countryPlace(reg, c.code)?.ref ?? null) : null;
  if (HEAD_OF_STATE.test(title) && !ofAnAlliance(parts.org)) {
    if (!country && !parts.org) country = presidentOfTheDateline(ctx, first, title);
    return { title, organization: null, country: countryRef(country), evidence: evidence() };
  }
  let org = parts.org;
  if (!org || org.orgKind === 'body') org = impliedOrganization(ctx, title, org, country, first);
  if (org?.orgKind === 'body' && org.parent && /Department|Directorate|Office/.test(org.name)) {
    const parent = reg.get(org.parent);
    if (parent && parent.kind === 'organization') org = parent;
  }
  if (org && (org.orgKind === 'ministry' || org.orgKind === 'body') && !org.evidence.length) {
    reg.mention(org.ref, (toks[first] as Token).start, (toks[last] as Token).end, 'title');
  }
  if (!country && org?.country) country = countryOfPlaceRecord(reg, org.country);
  return {
    title: titleCaseFirst(title),
    organization: org?.ref ?? null,
    country: countryRef(country),
    evidence: evidence(),
  };
}

/**
 * Rule: "External Affairs Minister S Jaishankar": a title only one country gives its office is
 * that country's, wherever the story is datelined ("Singapore, October 20: External Affairs
 * Minister ..."). Shared titles ("Foreign Minister", "Chancellor") say nothing.
 */
function countryOfOwnTitle(title: string): Country | undefined {
  return /\bExternal Affairs Minister\b|\bMinister of External Affairs\b/i.test(title)
    ? countryByName('India')
    : undefined;
}

/** A head of state's title names a country, unless it is the president of a body or an alliance. */
function ofAnAlliance(org: OrganizationRecord | undefined): boolean {
  return !!org && (org.orgKind === 'body' || org.orgKind === 'alliance' || org.orgKind === 'other');
}

/** Words of a title phrase that are no part of the title itself ("new", "his", an apostrophe). */
const NOT_OF_THE_TITLE = /^(?:new|former|top|acting|his|her|their|its|then|current|incumbent|’|')$/i;

/**
 * Sorts the tokens of a title phrase into the country it names, the organization it names, and
 * the words of the title that remain.
 */
function titleParts(
  ctx: RoleContext,
  first: number,
  last: number,
): { keep: Token[]; country: Country | undefined; org: OrganizationRecord | undefined } {
  const toks = ctx.doc.tokens;
  let country: Country | undefined;
  let org: OrganizationRecord | undefined;
  const keep: Token[] = [];
  for (let i = first; i <= last; i++) {
    const t = toks[i] as Token;
    const o = ctx.orgAt(i);
    // "Azerbaijan’s Foreign Ministry spokesperson": an organization opening the title is the role's organization
    if (o && keep.length === 0 && (o.orgKind === 'ministry' || o.orgKind === 'body')) {
      org ??= o;
      continue;
    }
    if (o) {
      if (o.orgKind === 'ministry' || o.orgKind === 'body') {
        // "assistant to the Belarusian Minister of Defense" keeps its words; the org is recorded
        org ??= o;
      } else {
        org = o;
        continue;
      }
    }
    const base = t.text.replace(/['’]s$/, '');
    const claimedCode = ctx.countryAt?.(i);
    if (claimedCode) {
      country ??= countryByCode(claimedCode);
      continue;
    }
    const c = /^[\p{Lu}]/u.test(t.text) ? (countryByName(base) ?? countryByDemonym(base)) : undefined;
    if (c && !o) {
      country ??= c;
      continue;
    }
    if (NOT_OF_THE_TITLE.test(t.text)) continue;
    keep.push(t);
  }
  return { keep, country, org };
}

/** Drops trailing ranks and dangling "of"/"the" (not the "General" of "Secretary General"), and a leading "of". */
function trimTitleTokens(keep: Token[]): Token[] {
  while (
    keep.length &&
    (RANKS.has((keep[keep.length - 1] as Token).text.toLowerCase().replace(/\.$/, '')) ||
      // a style of address between the title and the name: "Prime Minister Hon. X"
      HONORIFIC_WORDS.has((keep[keep.length - 1] as Token).text.toLowerCase()) ||
      GULF_STYLES.includes((keep[keep.length - 1] as Token).text.toLowerCase()) ||
      /^(?:of|the|\.|,|and|to|from)$/.test((keep[keep.length - 1] as Token).text))
  ) {
    const lastTok = keep[keep.length - 1] as Token;
    if (/^general$/i.test(lastTok.text) && /^secretary$/i.test(keep[keep.length - 2]?.text ?? '')) break;
    keep.pop();
  }
  while (keep.length && /^(?:of|the|,|and)$/.test((keep[0] as Token).text)) keep.shift();
  return withoutRepeatedHead(keep);
}

/**
 * Rule: "Sultan of Brunei Sultan Hassanal Bolkiah", "President of Kenya President X": the office
 * said again before the name is the same title (its country read apart), not "Sultan of Sultan".
 */
function withoutRepeatedHead(keep: Token[]): Token[] {
  const n = keep.length;
  if (n < 3 || keep[n - 2]?.text !== 'of') return keep;
  const head = (keep[0] as Token).text.toLowerCase();
  return (keep[n - 1] as Token).text.toLowerCase() === head ? keep.slice(0, n - 2) : keep;
}

/**
 * The title's text with single spaces, merging "Gen" "." and possessive pieces, without a dangling
 * "of the Republic" or an "of the" left before "for", and without the "then-" of an office held
 * at the time told ("then-President").
 */
function titleText(keep: readonly Token[]): string {
  if (!keep.length) return '';
  let title = '';
  for (let i = 0; i < keep.length; i++) {
    const t = keep[i] as Token;
    const prev = keep[i - 1];
    title += prev && t.start === prev.end ? t.text : (title ? ' ' : '') + t.text;
  }
  return (
    title
      .replace(
        /\s+of(?: the)?(?: (?:People['’]s|Democratic|Islamic|Federal|Socialist|Arab|United))*(?: Republic| Kingdom| Federation| Emirates)?(?: of)?$/,
        '',
      )
      // "High Representative of the [European Union] for Foreign Affairs": the body taken out of the
      // middle leaves no "of the" before the portfolio
      .replace(/\s+of(?: the)?\s+(?=(?:for|to|on)\s)/, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[Tt]hen-/, '')
      .trim()
  );
}

const MINISTERIAL_TITLE =
  /\b(Defen[cs]e|Foreign|External Affairs|Interior|Finance|Justice|Economy|Health|Emergencies)\s+(?:Minister|Secretary)\b|\b(?:Minister|Secretary) (?:of|for) (Defen[cs]e|Foreign Affairs|External Affairs|Internal Affairs|State|Finance|Justice|Health)\b/i;

/**
 * Rule: "Minister of Foreign Affairs and Tourism", "Minister of Foreign Affairs and Regional
 * Integration": a portfolio of one or two words joined by "and" to the ministerial field is part
 * of the ministry's name (" and Tourism"); "Minister of Foreign Affairs" alone adds nothing.
 */
function conjoinedPortfolioAfter(title: string, dm: RegExpExecArray): string {
  if (!/^Minister (?:of|for) /i.test(dm[0])) return '';
  const m = /^ and ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)$/u.exec(title.slice(dm.index + dm[0].length));
  return m ? ` and ${ministryDomain(m[1] as string)}` : '';
}

/** "Minister of State for Foreign Affairs": a junior minister of that ministry. */
const STATE_MINISTER_FOR =
  /\bMinister of State (?:for|of) (Defen[cs]e|Foreign Affairs|External Affairs|Internal Affairs|Finance|Justice|Health)\b/i;

/**
 * Rule: "Minister of State" with no domain (a junior minister, "Minister of State at the Foreign
 * Office") implies no "Ministry of State"; "Secretary of State" is a foreign minister, and
 * "Minister of State for Foreign Affairs" is of the foreign ministry (STATE_MINISTER_FOR).
 */
function juniorMinisterOfState(title: string, dm: RegExpExecArray): boolean {
  return /^State$/i.test(dm[2] ?? '') && !/Secretary of State/i.test(title);
}

/** Words before "Minister" that are ranks, not portfolios: "Prime Minister", "Deputy Minister". */
const NOT_A_PORTFOLIO =
  /^(?:Prime|Deputy|Chief|First|Acting|Senior|Cabinet|State|Former|Junior|Vice|Assistant|Federal|Union|Regional|Provincial|Premier|Foreign|Defen[cs]e|Interior)$/;

/**
 * Rule: "Minister of Energy", "Minister of the National Guard", "Minister for Trade and Industry",
 * "Trade Minister": any portfolio of a minister is a ministry of that name ("Ministry of Energy of
 * Saudi Arabia"), as the foreign and defence ministries are. "Prime Minister", "Deputy Minister",
 * "Minister of State" name no portfolio.
 */
function portfolioOfMinister(title: string): string | undefined {
  const of =
    /\bMinister (?:of|for) ((?:the )?[A-Z][\p{L}-]+(?:(?:,| and| &)? [A-Z][\p{L}-]+){0,3})\s*$/u.exec(title);
  if (of && !/^State\b/.test(of[1] as string)) return ministryDomain(of[1] as string);
  // "Foreign Affairs Minister", "International Relations Minister": a two-word field ends in its noun
  const before =
    /(?:^|\s)((?:[A-Z][\p{L}-]+ )?(?:Affairs|Relations|Cooperation)|[A-Z][\p{L}-]+) Minister$/u.exec(title);
  if (before && !NOT_A_PORTFOLIO.test(before[1] as string)) return ministryDomain(before[1] as string);
  return undefined;
}

/**
 * The organization a title implies when it names none (or only a body): a ministerial title its
 * ministry ("Defense Minister" + Russia -> Ministry of Defense of Russia), a security council's
 * secretary that council, a Secretary General the latest alliance named.
 */
function impliedOrganization(
  ctx: RoleContext,
  title: string,
  org: OrganizationRecord | undefined,
  country: Country | undefined,
  first: number,
): OrganizationRecord | undefined {
  const { reg } = ctx;
  const dm = ministerialTitle(title);
  if (dm) {
    let c = country;
    if (!c && /Secretary of Defen[cs]e/.test(title)) c = countryByName('United States');
    return c ? ministryOfTitle(reg, title, c) : org;
  }
  if (country && !org) {
    const ministry = ministryOfTitle(reg, title, country);
    if (ministry) return ministry;
  }
  // "Turkey's top diplomat": the foreign minister, of that country's foreign ministry
  if (/^diplomat$/i.test(title) && country && !org && topDiplomatAt(ctx, first))
    return ministryRecord(reg, 'Foreign Affairs', country);
  if (/\bSecurity Council Secretary\b|\bSecretary of the Security Council\b/.test(title) && country) {
    const name = `Security Council of ${country.display}`;
    const council = reg.organization(orgKey(name), name, 'body');
    council.country ??= countryPlace(reg, country.code)?.ref ?? null;
    return council;
  }
  if (/^Secretary[- ]General$/i.test(title) && !org)
    return ctx.lastAlliance((ctx.doc.tokens[first] as Token).start);
  return org;
}

/** "Foreign Minister", "Minister of State for Defence": a title of a ministry's own field. */
function ministerialTitle(title: string): RegExpExecArray | null {
  const dm = STATE_MINISTER_FOR.exec(title) ?? MINISTERIAL_TITLE.exec(title);
  return dm && !juniorMinisterOfState(title, dm) ? dm : null;
}

/**
 * The ministry of `country` a minister's title implies: "Foreign Minister" -> its Ministry of
 * Foreign Affairs, "Minister of Trade and Industry" -> its Ministry of Trade and Industry; none
 * for a title that names no portfolio ("Prime Minister", "President").
 */
export function ministryOfTitle(
  reg: Registry,
  title: string,
  country: Country,
): OrganizationRecord | undefined {
  const dm = ministerialTitle(title);
  if (dm) {
    let domain = ministryDomain(((dm[1] ?? dm[2]) as string).replace(/\b\w/g, (c) => c.toUpperCase()));
    domain += conjoinedPortfolioAfter(title, dm);
    if (/Secretary of State/.test(title)) domain = 'Foreign Affairs';
    return ministryRecord(reg, domain, country);
  }
  const portfolio = portfolioOfMinister(title);
  return portfolio ? ministryRecord(reg, portfolio, country) : undefined;
}

/** The one country a person's roles name (the ref of its place record); null for none or two. */
export function countryOfRoles(person: PersonRecord): string | null {
  const countries = new Set(person.roles.map((r) => r.country).filter((c): c is string => c !== null));
  return countries.size === 1 ? ([...countries][0] as string) : null;
}

/**
 * A role of no stated country whose country the story tells elsewhere (a description, the
 * meeting it hosts) takes it, with the ministry its title implies.
 */
export function settleRoleCountry(reg: Registry, role: Role, country: Country): void {
  if (role.country) return;
  role.country = countryPlace(reg, country.code)?.ref ?? null;
  role.organization ??= ministryOfTitle(reg, role.title, country)?.ref ?? null;
}

/**
 * Rule: "Indonesian Foreign Minister Retno Marsudi and Defense Minister Prabowo Subianto",
 * "Japan's Foreign Minister A and Defense Minister B": a title joined by "and" to a titled name
 * takes the nationality written before that first title (a demonym or a country's possessive,
 * within a few words). "met Foreign Minister A and Defense Minister B" names none.
 */
function nationalityOfCoordinatedTitle(ctx: RoleContext, first: number): Country | undefined {
  const toks = ctx.doc.tokens;
  if (toks[first - 1]?.text !== 'and') return undefined;
  let k = first - 2;
  // the first person's name, then the first title back to its head
  while (
    k >= 0 &&
    /^[\p{Lu}]/u.test((toks[k] as Token).text) &&
    !TITLE_HEADS.has((toks[k] as Token).text.toLowerCase())
  )
    k--;
  if (k < 0 || !TITLE_HEADS.has((toks[k] as Token).text.toLowerCase())) return undefined;
  for (let n = 0; k >= 0 && n < 5; k--, n++) {
    if (/^[,.;:!?]$/.test((toks[k] as Token).text)) return undefined;
    const c = nationalityAt(toks, k);
    if (c) return c;
  }
  return undefined;
}

/** The country a token writes a nationality with: a demonym ("Indonesian") or a possessive ("Japan's"). */
function nationalityAt(toks: readonly Token[], k: number): Country | undefined {
  const t = toks[k] as Token;
  if (!/^[\p{Lu}]/u.test(t.text)) return undefined;
  const possessive = /['’]s?$/.test(t.text) || /^['’]/.test(toks[k + 1]?.text ?? '');
  return countryByDemonym(t.text) ?? (possessive ? countryByName(t.text.replace(/['’]s?$/, '')) : undefined);
}

/** "top diplomat", "chief diplomat" in the title phrase that starts at token `first` (a foreign minister). */
function topDiplomatAt(ctx: RoleContext, first: number): boolean {
  const at = (ctx.doc.tokens[first] as Token).start;
  return /^(?:[\p{L}’'-]+\s+){0,3}?(?:top|chief)\s+diplomat\b/iu.test(ctx.doc.text.slice(at, at + 60));
}

/** The one country named in the sentence of token `i` (outside organization names), if exactly one. */
/**
 * Rule: "held talks with President Elena Moreau of France": a country after "<Name> of" is that
 * person's, not the sentence's; "Minister of France" keeps it (a title word before "of").
 */
function ofAnotherName(toks: readonly Token[], k: number): boolean {
  const name = toks[k - 2];
  return (
    toks[k - 1]?.text === 'of' &&
    !!name &&
    /^[\p{Lu}][\p{Ll}]/u.test(name.text) &&
    !TITLE_WORDS.has(name.text.toLowerCase())
  );
}

/**
 * Rule: "Prime Minister Abiy Ahmed met President of Zimbabwe X": a country after "<title> of" is
 * the holder of that other title's (this fallback only runs for a title that names no country of
 * its own).
 */
function ofAnotherTitle(toks: readonly Token[], k: number): boolean {
  const head = toks[k - 2];
  return toks[k - 1]?.text === 'of' && !!head && TITLE_HEADS.has(head.text.toLowerCase());
}

/**
 * Rule: "Prime Minister Ana Ruiz paid a courtesy call on Chile’s former president Luis Vega",
 * "Fiji's Prime Minister X will meet Prime Minister Y": a country's possessive before another
 * title (qualifying words between) is that title holder's, not the country of the title at `own`.
 */
function possessiveOfAnotherTitle(toks: readonly Token[], k: number, own: number): boolean {
  if (!/['’]s$/.test(toks[k]?.text ?? '')) return false;
  for (let h = k + 1; h <= k + 4 && h < toks.length; h++) {
    const w = (toks[h] as Token).text;
    if (TITLE_HEADS.has(w.toLowerCase())) return h < own || h > own + 3;
    // "Chile’s former president", "Fiji's Prime Minister": qualifiers of the title, in either case
    if (!/^[\p{L}-]+$/u.test(w)) return false;
  }
  return false;
}

/**
 * Rule: "CAIRO - Foreign Minister Sameh Shoukry discussed ... with his Saudi counterpart", "SEOUL
 * (Yonhap) -- Foreign Minister Chung spoke by phone with his Chinese counterpart": a minister the
 * text gives no country, in a story filed from one country, is that country's minister; the
 * foreign ones are told by their country ("his Saudi counterpart"). A "visiting" minister is not.
 */
function ministerOfTheDateline(ctx: RoleContext, first: number, title: string): Country | undefined {
  if (!/\bMinister\b|\bSecretary\b/.test(title) || /\bPrime\b/.test(title)) return undefined;
  return officialOfTheDateline(ctx, first);
}

/** The dateline's country for the official the lead names right after the dateline, unless "visiting". */
function officialOfTheDateline(ctx: RoleContext, first: number): Country | undefined {
  if (!ctx.datelineCountry) return undefined;
  const country = ctx.datelineCountry();
  if (!country) return undefined;
  const { doc } = ctx;
  const at = (doc.tokens[first] as Token).start;
  // only the minister of the lead, the sentence the dateline opens
  const lead = doc.sentences[sentenceAt(doc, at)];
  if (!lead || !datelineOpens(doc.text.slice(lead.start, at))) return undefined;
  const before = doc.tokens[first - 1]?.text.toLowerCase() ?? '';
  return /^(?:visiting|foreign|guest)$/.test(before) ? undefined : country;
}

/**
 * Rule: "NAIROBI, Kenya, Mar 12 – President Uhuru Kenyatta held talks with Ethiopian President
 * X": the president the lead names right after the dateline, with no country of his own, is the
 * dateline country's, as its minister is (officialOfTheDateline holds the guards both share). Only a
 * president, king or emir: a prime minister there is as often the visitor.
 */
function presidentOfTheDateline(ctx: RoleContext, first: number, title: string): Country | undefined {
  return /^(?:President|King|Emir|Amir|Sultan)$/i.test(title) ? officialOfTheDateline(ctx, first) : undefined;
}

/** A dateline opening the text before a title: "CAIRO - 26 November 2019: ", "SEOUL, Nov. 16 (Yonhap) -- ". */
function datelineOpens(before: string): boolean {
  return /^\s*[\p{Lu}][\p{Lu} .'-]{2,30}\b[^\n]{0,60}?(?:--|[-–—:])\s*$/u.test(before);
}

function soleCountryInSentence(ctx: RoleContext, i: number): Country | undefined {
  const { doc } = ctx;
  const pos = (doc.tokens[i] as Token).start;
  const si = sentenceAt(doc, pos);
  const s = doc.sentences[si];
  if (!s) return undefined;
  const found = new Set<string>();
  let only: Country | undefined;
  const from = doc.sentenceTokens[si] ?? 0;
  const to = doc.sentenceTokens[si + 1] ?? doc.tokens.length;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k] as Token;
    if (t.start < s.start || t.end > s.end) continue;
    if (!/^[\p{Lu}]/u.test(t.text)) continue;
    const c = countryByName(t.text.replace(/['’]s?$/, ''));
    if (c && (ofAnotherName(doc.tokens, k) || ofAnotherTitle(doc.tokens, k))) continue;
    if (c && possessiveOfAnotherTitle(doc.tokens, k, i)) continue;
    if (c && partnerCountry(doc.tokens, k)) continue;
    if (c && (countryAsSubjectMatter(doc.tokens, k) || inRelativeClauseAfter(doc.tokens, i, k))) continue;
    // "his Saudi counterpart": the country of the counterpart, not of this title
    if (c && /^counterparts?$/i.test(doc.tokens[k + 1]?.text ?? '')) continue;
    if (c && !found.has(c.code)) {
      found.add(c.code);
      only = c;
    }
  }
  return found.size === 1 ? only : undefined;
}

/** Words after which a country is the one visited: "visited France", "his visits Chile" (lowercase). */
const VISIT_WORDS = new Set(['visit', 'visits', 'visited', 'visiting', 'toured', 'touring']);

/**
 * Rule: a country after "with", "against", "to" or "towards" ("the relationship with Japan", "a
 * visit to France"), or after a word of visiting ("visited Chile"), is the other side, not the
 * minister's own: "Foreign Minister Ana Ruiz said ties with Japan were strong" gives her no
 * country. So is every later item of a list it opens ("visits to Chile, Peru and Bolivia").
 * "Foreign Minister Ana Ruiz of Chile" does give one.
 */
function partnerCountry(toks: readonly Token[], k: number): boolean {
  const prev = toks[firstItemOfList(toks, k) - 1]?.text.toLowerCase() ?? '';
  return (
    prev === 'with' ||
    prev === 'against' ||
    prev === 'to' ||
    prev === 'towards' ||
    prev === 'toward' ||
    VISIT_WORDS.has(prev)
  );
}

/** The first token of the coordinated list of capitalised names whose item starts at token `k` ("Chile, Peru and Bolivia"). */
function firstItemOfList(toks: readonly Token[], k: number): number {
  return listStartBefore(toks, k, (t) => /^[\p{Lu}]/u.test(t.text), 1, 4);
}

/** Nouns of what happens in or to a country: "the war in Ukraine", "Russia's invasion of Ukraine". Lowercase. */
const SUBJECT_MATTER_NOUNS = new Set(
  'war wars conflict conflicts crisis crises invasion situation fighting attack attacks aggression occupation sanctions reconstruction violence unrest elections'.split(
    ' ',
  ),
);

/**
 * Rule: "Finance Minister X told a news conference overshadowed by the wars in Ukraine and Gaza":
 * a country a war, crisis or invasion is "in", "of" or "on" is what is spoken of, not the
 * minister's (a list "in Ukraine and Gaza" included). "Minister of Finance of Brazil" has no such noun.
 */
function countryAsSubjectMatter(toks: readonly Token[], k: number): boolean {
  for (let j = k - 1, n = 0; j >= 0 && n < 6; j--, n++) {
    const w = (toks[j] as Token).text.toLowerCase();
    if (/^(?:in|of|on|against|over)$/.test(w))
      return SUBJECT_MATTER_NOUNS.has(toks[j - 1]?.text.toLowerCase() ?? '');
    if (w !== 'and' && w !== ',' && !/^[\p{Lu}]/u.test((toks[j] as Token).text)) return false;
  }
  return false;
}

/** Rule: a country in a relative clause after the title ("..., which was overshadowed by ... Ukraine") tells of something else. */
function inRelativeClauseAfter(toks: readonly Token[], title: number, k: number): boolean {
  for (let j = title + 1; j < k; j++)
    if (
      (toks[j] as Token).text === ',' &&
      /^(?:which|who|whose|where|while|whereas)$/i.test(toks[j + 1]?.text ?? '')
    )
      return true;
  return false;
}

/** One-word portfolios written before a minister's head ("Foreign Minister", "Defence Secretary"). Lowercase. */
const PORTFOLIO_WORDS = new Set(
  'foreign defence defense finance interior trade economy justice health energy education agriculture'.split(
    ' ',
  ),
);

/** "... and Foreign Minister X": after "and", a portfolio and a title head start the next office. */
function portfolioThenHead(doc: Doc, h: number, last: number, isTitleHead: (w: string) => boolean): boolean {
  const word = doc.tokens[h] as Token;
  const next = doc.tokens[h + 1];
  return (
    h + 1 <= last &&
    /^[\p{Lu}]/u.test(word.text) &&
    PORTFOLIO_WORDS.has(word.text.toLowerCase()) &&
    !!next &&
    isTitleHead(next.text.toLowerCase())
  );
}

/** Splits an appositive "head of X and assistant to Y" into its roles' token ranges. */
export function splitAppositive(
  doc: Doc,
  first: number,
  last: number,
  isTitleHead: (w: string) => boolean,
): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let s = first;
  for (let i = first; i <= last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.text !== 'and' || i >= last) continue;
    // "Permanent Representative of Namibia and the Chairperson of the PSC": an article may
    // stand between "and" and the second title
    const h = /^(?:the|a|an)$/i.test((doc.tokens[i + 1] as Token).text) && i + 1 < last ? i + 2 : i + 1;
    if (
      isTitleHead((doc.tokens[h] as Token).text.toLowerCase()) ||
      portfolioThenHead(doc, h, last, isTitleHead)
    ) {
      parts.push([s, i - 1]);
      s = h;
    }
  }
  parts.push([s, last]);
  return parts;
}

export function addRole(reg: Registry, person: PersonRecord, role: Role | null): void {
  if (role) reg.addRole(person, role);
}

export { countryFromWord };
