import { MONTHS, WEEKDAYS } from './text/calendar-words.js';
import { matchesOf } from './text/matches.js';

// Dates in news text, resolved only when the text (with the publication date) fixes them.

export interface DateAnchor {
  /** ISO YYYY-MM-DD the relative expressions are read against */
  iso: string;
  /** where it came from: 'meta' | 'text' */
  source: string;
}

const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoOf(y: number, m: number, d: number): string | null {
  if (m < 0 || m > 11 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m, d));
  if (date.getUTCMonth() !== m) return null;
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}

/** A full date anywhere in a string: "September 15, 2021", "15 September 2021", "13 Feb. 2025", "2021.03.24", "04th September, 2020". */
const FULL_DATES: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [
    new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`),
    (m) => isoOf(Number(m[3]), monthIndex(m[1] as string), Number(m[2])),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?\\s+(${MONTH_RE}),?\\s+(\\d{4})\\b`),
    (m) => isoOf(Number(m[3]), monthIndex(m[2] as string), Number(m[1])),
  ],
  [/\b(\d{4})[.-](\d{2})[.-](\d{2})\b/, (m) => isoOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]))],
];
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(${MONTH_RE})(?![a-z])`,
);
/** "the 4th of March", "the 21st of June": a day of a month told with "of". */
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(${MONTH_RE})(?![a-z])`);
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`);

/** "MINSK, April 12", "Moscow, Sep 15 (Agency)", "BEIJING, 3 June", "OSLO, March 12, 2024". */
const DATELINE = new RegExp(
  `^[ \\t]*[A-Z][A-Za-z .'-]{1,30},\\s+(?:(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})\\s+(${MONTH_RE}))(?![a-z\\d])(?:,?\\s*(\\d{4})(?!\\d))?`,
  'm',
);

/**
 * "SUVA, FIJI – MONDAY 12 AUGUST 2024:", "APIA, Samoa - Saturday 09 September 2017": a dateline
 * with the country, a dash, a weekday and the full date, written in capitals or not.
 */
const UPPER_MONTH_RE = MONTH_RE.toUpperCase();
const WEEKDAY_RE = '(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:DAY|day)';
const DATELINE_WITH_COUNTRY = new RegExp(
  `^[ \\t]*[A-Z][A-Za-z .'-]{1,30},\\s+[A-Z][A-Za-z .'-]{1,30}?\\s+[–—-]\\s+(?:${WEEKDAY_RE},?\\s+)?(\\d{1,2})\\s+(${MONTH_RE}|${UPPER_MONTH_RE}),?\\s+(\\d{4})(?!\\d)`,
  'm',
);

interface Dateline {
  start: number;
  end: number;
  /** 0-11 */
  month: number;
  day: number;
  year: number | null;
}

/**
 * "ABU DHABI, (UrduPoint / WAM - 23rd Aug, 2019)", "LAGOS, (NAN - March 3, 2024)": a dateline whose
 * date is inside the agencies' parenthesis.
 */
const DATELINE_IN_PARENS = new RegExp(
  `^[ \\t]*[A-Z][A-Za-z .'-]{1,30},?\\s+\\([^()\\n]{1,80}?[-–—,]\\s*(?:(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE}))(?![a-z\\d])(?:,?\\s*(\\d{4})(?!\\d))?\\s*\\)`,
  'm',
);

/** The dateline that opens a story, if any, in its first lines. */
function datelineOf(text: string): Dateline | null {
  const head = text.slice(0, 600);
  const m = DATELINE.exec(head) ?? DATELINE_IN_PARENS.exec(head);
  if (!m) return datelineWithCountry(head);
  const lead = m[0].length - m[0].trimStart().length;
  return {
    start: m.index + lead,
    end: m.index + m[0].length,
    month: monthIndex((m[1] ?? m[4]) as string),
    day: Number(m[2] ?? m[3]),
    year: m[5] ? Number(m[5]) : null,
  };
}

/** Rule: "SUVA, FIJI – MONDAY 12 AUGUST 2024:": a dateline naming the country, dashed off its full date. */
function datelineWithCountry(head: string): Dateline | null {
  const m = DATELINE_WITH_COUNTRY.exec(head);
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return {
    start: m.index + lead,
    end: m.index + m[0].length,
    month: monthIndex(m[2] as string),
    day: Number(m[1]),
    year: Number(m[3]),
  };
}

/**
 * The dateline that opens a story ("MINSK, April 12 /BelTA/.", "OSLO, March 12, 2024 —"), if
 * any, in its first lines: it dates the story, not the events its first sentence tells.
 */
export function datelineSpan(text: string): { start: number; end: number } | null {
  const d = datelineOf(text);
  return d ? { start: d.start, end: d.end } : null;
}

export function fullDateIn(s: string): { iso: string; index: number; length: number } | null {
  if (!/\d/.test(s)) return null;
  const res = FULL_DATES;
  let best: { iso: string; index: number; length: number } | null = null;
  for (const [re, f] of res) {
    const m = re.exec(s);
    if (!m) continue;
    const iso = f(m);
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/**
 * The anchor for relative dates: the publication date from meta, else a dated line of the text
 * (a dateline with a year, a page date, an embedded post's date).
 */
export function dateAnchor(text: string, publishedAt: string | null | undefined): DateAnchor | null {
  // a dateline with a year ("OSLO, March 12, 2024 —") dates the story whatever the metadata says
  const dl = datelineOf(text);
  const dated = dl?.year != null ? isoOf(dl.year, dl.month, dl.day) : null;
  if (dated) return { iso: dated, source: 'dateline' };
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt ?? '');
  if (m) {
    const iso = isoOf(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // a dateline without a year ("MINSK, April 12", "Moscow, Sep 15 (Agency)") dates the story
    // itself: its day and month, with the publication year (the year before when that would be
    // in the future)
    if (dl && dl.year == null && iso) {
      let year = Number(m[1]);
      const cand = isoOf(year, dl.month, dl.day);
      if (cand && cand > iso) year -= 1;
      const fixed = isoOf(year, dl.month, dl.day);
      if (fixed) return { iso: fixed, source: 'dateline' };
    }
    if (iso) return { iso, source: 'meta' };
  }
  const head = text.slice(0, 3000);
  const f = fullDateIn(head);
  return f ? { iso: f.iso, source: 'text' } : null;
}

/** The clock time after a page's date line: "28 November 2022, 19:00", "April 8, 2021 14:05 GMT". */
const TIME_AFTER_DATE = /[,|\s]+\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?|\([A-Z]{2,5}\)))?$/;

/** A date line standing alone at the top of a page ("April 8, 2021", "13 Feb. 2025 -", "28 November 2022, 19:00"). */
export function pageDate(text: string): string | null {
  for (const line of text.slice(0, 1500).split('\n')) {
    const t = line
      .replace(/^[\s•*·-]+|[\s•*·-]+$/g, '')
      .replace(/^(?:Created|Published|Posted|Date):\s*/i, '')
      .replace(/\s*\/.*$/, '')
      .replace(TIME_AFTER_DATE, '');
    if (!t || t.length > 30) continue;
    const f = fullDateIn(t);
    if (f && f.index === 0 && f.length >= t.length - 1) return f.iso;
  }
  return null;
}

const MONTH_ONLY = new RegExp(
  `\\b(?:in|by|until|next|this|early|mid|late|end of)[\\s-]+(${MONTH_RE})(?![a-z])(?!\\.?\\s*\\d)`,
  'g',
);

/**
 * Whether a clause names a month (without a day) later in the anchor's year: "in June" in a
 * May story. "Later this month" / "later this year" count too.
 */
export function laterMonthIn(clause: string, anchor: DateAnchor | null): boolean {
  if (!anchor) return false;
  if (/\blater (?:this|in the) (?:month|year)\b/i.test(clause)) return true;
  const month = Number(anchor.iso.slice(5, 7)) - 1;
  for (const m of matchesOf(MONTH_ONLY, clause)) {
    const before = clause.slice(Math.max(0, (m.index ?? 0) - 4), m.index);
    if (/\d\s*$/.test(before)) continue; // "23 June" is a day
    if (monthIndex(m[1] as string) > month) return true;
  }
  return false;
}

/** "arrived in the capital on", "landed in Lima late on": an arrival told right before a weekday. */
const ARRIVAL_BEFORE = /\b(?:arrived|arrives|arriving|landed|lands|landing)\b[^,.;]{0,40}$/;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const FUTURE =
  /\b(?:will|shall|to meet|to hold|to visit|is scheduled|are scheduled|scheduled for|slated for|set for|is expected|are expected|plans? to|planned|upcoming|next)\b/i;

/** The year, month and day numbers of "YYYY-MM-DD" (no `map`: see text/sort.ts on array shapes). */
function isoParts(iso: string): [number, number, number] {
  const parts = iso.split('-');
  return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
}

/**
 * The date a clause gives, read against the anchor: a full date; "23-24 March" or "March 23"
 * (the anchor's year; the first day of a range); "on Friday" (the latest Friday on or before the
 * anchor, or the next one after it when the clause speaks of the future); "last Thursday";
 * "yesterday", "today", "tomorrow". Null when nothing fixes it.
 */
export function dateInClause(clause: string, anchor: DateAnchor | null): string | null {
  const full = fullDateIn(clause);
  if (full) return full.iso;
  if (!anchor) return null;
  const [ay, am, ad] = isoParts(anchor.iso);
  // a day of a month needs a digit; most clauses have none
  const digits = /\d/.test(clause);
  const dm = digits ? (DAY_MONTH.exec(clause) ?? DAY_OF_MONTH.exec(clause)) : null;
  const md = digits ? MONTH_DAY.exec(clause) : null;
  let day: number | null = null;
  let month = -1;
  if (dm) {
    day = Number(dm[1]);
    month = monthIndex(dm[2] as string);
  } else if (md) {
    day = Number(md[2]);
    month = monthIndex(md[1] as string);
  }
  if (day !== null && month >= 0) {
    // the anchor's year; a month later than the anchor's in a past-tense clause is last year
    const year = month > am - 1 && !FUTURE.test(clause) ? ay - 1 : ay;
    return isoOf(year, month, day);
  }
  // every relative word left ends in "day" or is "tomorrow", "tonight" or a part of today: most
  // clauses have none
  if (!/(?:day|tomorrow|tonight|morning|afternoon|evening)\b/i.test(clause)) return null;
  const lower = clause.toLowerCase();
  // "this morning", "this afternoon", "tonight": the story's day
  if (/\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b/.test(lower)) return anchor.iso;
  // "earlier in the day" in a dated story: the story's day
  if (/\b(?:earlier|later) in the day\b/.test(lower)) return anchor.iso;
  if (/\byesterday\b/.test(lower)) return addDays(anchor.iso, -1);
  if (/\btomorrow\b/.test(lower)) return addDays(anchor.iso, 1);
  if (/\btoday\b/.test(lower)) return anchor.iso;
  // "has been in Brasilia since Thursday", "who arrived in the capital on Sunday": the start of a
  // stay or an arrival, not the day of what the clause tells
  const wd = matchesOf(
    /\b(last|next|this|on|earlier on|on this|since)?\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/g,
    lower,
  ).find((m) => m[1] !== 'since' && !ARRIVAL_BEFORE.test(lower.slice(Math.max(0, m.index - 50), m.index)));
  if (wd) {
    const target = WEEKDAYS.indexOf(wd[2] as string);
    const anchorDay = new Date(`${anchor.iso}T00:00:00Z`).getUTCDay();
    // the tense around the weekday, not of the whole clause ("on Monday held talks to prepare the upcoming summit")
    const at = wd.index;
    const near = clause.slice(Math.max(0, at - 40), at + wd[0].length + 25);
    const upTo = clause.slice(Math.max(0, at - 120), at + wd[0].length + 25);
    const future =
      wd[1] === 'next' ||
      (wd[1] !== 'last' &&
        FUTURE.test(upTo) &&
        !/(?<!\bbe\s)\bheld\b|\b(?:met|took place|was|were|had|did)\b/.test(near));
    if (future) {
      let diff = (target - anchorDay + 7) % 7;
      if (wd[1] === 'next' && diff === 0) diff = 7;
      return addDays(anchor.iso, diff);
    }
    let diff = (anchorDay - target + 7) % 7;
    if (wd[1] === 'last' && diff === 0) diff = 7;
    return addDays(anchor.iso, -diff);
  }
  void ad;
  return null;
}
