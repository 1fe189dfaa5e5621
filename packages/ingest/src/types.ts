// The extraction contract: what `extract(text, meta)` returns. @dossier/model stores exactly
// this, so a change here is a change of the store's input — keep it additive.

/** A span of the input text. UTF-16 offsets: `text.slice(start, end) === exact`, always. */
export interface Span {
  start: number;
  end: number;
  exact: string;
}

export type OrganizationKind =
  | 'alliance'
  | 'body'
  | 'ministry'
  | 'government'
  | 'military'
  | 'media'
  | 'party'
  | 'other';
export type PlaceKind = 'country' | 'city' | 'region' | 'venue';
export type MeetingKind = 'bilateral' | 'multilateral' | 'session' | 'summit' | 'call';
/** Whether the text reports the meeting as held (or under way), or as planned/possible. */
export type MeetingStatus = 'held' | 'planned';
export type Channel =
  | 'x'
  | 'telegram'
  | 'press_release'
  | 'interview'
  | 'press_conference'
  | 'tv'
  | 'website'
  | 'facebook';

/** Optional facts about the article, as the caller knows them. */
export interface ArticleMeta {
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** ISO date or date-time; anchors weekdays and "yesterday". */
  publishedAt?: string | null;
}

/**
 * Records refer to each other by local ids (`ref`), unique within one extraction:
 * persons `p1…`, organizations `o1…`, places `l1…`, meetings `m1…`, statements `s1…`.
 * An actor ref (participant, speaker, member) may point at a person, an organization or a place.
 */
export type Ref = string;

/**
 * `key` is the record's deterministic identity across documents: the same real-world thing
 * told by another article gets the same key (normalised, transliteration-folded names; a
 * gazetteer id for places). The store upserts on it; fuzzy merges (a bare surname, a meeting
 * told with fewer details) are the store's decision, made on top of the key.
 */
interface RecordBase {
  ref: Ref;
  key: string;
  /** Spans that establish the record (every mention, or the sentence that states the fact). */
  evidence: Span[];
}

export interface Role {
  /** In the text's words, title-cased: "Minister of Defense", "Head of the Department of …". */
  title: string;
  organization: Ref | null;
  /** A place ref of kind country. */
  country: Ref | null;
  evidence: Span[];
}

export interface PersonRecord extends RecordBase {
  kind: 'person';
  /** Fullest form of the name in this text. */
  name: string;
  /** Other forms found in the text (surname alone, other transliterations). */
  aliases: string[];
  roles: Role[];
}

export interface OrganizationRecord extends RecordBase {
  kind: 'organization';
  /** Normalised English name ("Ministry of Defense of Belarus"); need not occur in the text. */
  name: string;
  /** Forms that occur in the text, acronyms included. */
  aliases: string[];
  acronym: string | null;
  orgKind: OrganizationKind;
  parent: Ref | null;
  /** Member actors (usually countries) the text lists or clearly implies. */
  members: Ref[];
  founded: number | null;
  /** The country a national organization belongs to (a place ref). */
  country: Ref | null;
}

export interface PlaceRecord extends RecordBase {
  kind: 'place';
  /** Standard English name (Almaty for "Alma-Ata"). */
  name: string;
  aliases: string[];
  placeKind: PlaceKind;
  /** The country it lies in, a place ref (null for countries and cross-border regions). */
  country: Ref | null;
  /** ISO 3166-1 alpha-2 for countries, and the country code of cities. */
  countryCode: string | null;
  /**
   * Where it lies, from the gazetteer: the city's own point (GeoNames), or a country's
   * representative point (world-countries). Absent for regions and venues.
   */
  coordinates?: Coordinates;
}

/** A point in WGS 84 degrees, rounded to 2 decimals (about 1 km). */
export interface Coordinates {
  lat: number;
  lon: number;
}

export interface MeetingRecord extends RecordBase {
  kind: 'meeting';
  meetingKind: MeetingKind;
  status: MeetingStatus;
  participants: Ref[];
  place: Ref | null;
  /** ISO YYYY-MM-DD, only when the text (with the publication date) fixes it. */
  date: string | null;
  /** The enclosing session or summit (another meeting ref). */
  within: Ref | null;
  /** The body or alliance the meeting is a sitting of, or which hosts it. */
  forum: Ref | null;
  /** What the text says was discussed or decided, as short phrases in its words. */
  topics: string[];
  /** Where each topic stands and which sentence and rule gave it (absent when none was found). */
  topicEvidence?: TopicEvidence[];
}

/** One topic of a meeting as the text tells it. */
export interface TopicEvidence {
  /** The phrase: `span.exact`. */
  topic: string;
  span: Span;
  /** The sentence that says it was discussed or decided. */
  sentence: Span;
  /** The named rule that read it ("discussed-object", "agenda-included", …). */
  rule: string;
}

export interface StatementRecord extends RecordBase {
  kind: 'statement';
  /** A person or organization ref; null when the text names no speaker. */
  speaker: Ref | null;
  channel: Channel | null;
  /** Direct quotation without the outer quotation marks, or null for indirect speech. */
  quote: string | null;
  quoteSpan: Span | null;
  /** What was said: the quote, or the reported clause for indirect speech. */
  content: string;
  /** The meeting the statement reports on or was made at. */
  about: Ref | null;
  /** Actors the statement's words name (for search and for merging retellings). */
  mentions: Ref[];
}

export type EntityRecord = PersonRecord | OrganizationRecord | PlaceRecord;

export interface Mention extends Span {
  /** The record this mention resolves to. */
  ref: Ref;
  /** How it was recognised, for debugging: 'name', 'surname', 'acronym', 'demonym', 'pronoun', … */
  via: string;
}

export interface Extraction {
  /** Sentence spans, in order. */
  sentences: Span[];
  mentions: Mention[];
  persons: PersonRecord[];
  organizations: OrganizationRecord[];
  places: PlaceRecord[];
  meetings: MeetingRecord[];
  statements: StatementRecord[];
  /** BCP-47-ish guess ("en", or "und" when the text is not English enough to extract from). */
  language: string;
  /** Human-readable notes: unsupported language, text truncated, … */
  warnings: string[];
}
