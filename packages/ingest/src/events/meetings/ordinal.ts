// The number of a sitting in its series: "the 29th Ordinary Session", "the Sixty-Second
// Ordinary Session", "the 44th ASEAN Summit". Two sittings of one body with the same number are
// one sitting told twice; with different numbers they are two sittings.

/** A number word's value ("second" 2, "sixtieth" 60, "sixty" 60). */
const UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};

/**
 * An ordinal, then up to five words of the sitting's name, right before its noun: "the 29th
 * Ordinary ", "The 29th Arab League (AL) ", "the Sixty-Second Ordinary ". A comma or a full stop
 * between them ends the name ("on 4th March, the summit" has none).
 */
const ORDINAL_BEFORE =
  /^(?:(\d{1,3})(?:st|nd|rd|th)|([A-Z][a-z]+)(?:-([A-Za-z]+))?)\s+(?:[\p{L}’'()–-]+\s+){0,5}$/u;

/** The value of a spelled ordinal ("Sixty-Second" 62, "fifth" 5, "Fortieth" 40), or undefined. */
function spelled(head: string, tail: string | undefined): number | undefined {
  const h = head.toLowerCase();
  if (tail === undefined) return UNITS[h] ?? (h.endsWith('ieth') ? TENS[h] : undefined);
  const tens = TENS[h];
  const unit = UNITS[tail.toLowerCase()];
  return tens !== undefined && !h.endsWith('ieth') && unit !== undefined && unit < 10
    ? tens + unit
    : undefined;
}

/**
 * Rule: "the 29th Ordinary Session of the Assembly", "the Sixty-Second Ordinary Session": the
 * number a sitting is told with, read from the words of its sentence before its noun. A number
 * that is a date ("04th September, 2020") is cut off by the comma; a spelled ordinal counts only
 * capitalised, as part of the name ("the first in-person summit" is no number in a series).
 */
export function sittingOrdinal(beforeTrigger: string): number | undefined {
  const tail = beforeTrigger.slice(-80);
  // every word is tried as the ordinal's start; the one nearest the noun within five words wins
  for (let from = 0; from < tail.length; from++) {
    if (from > 0 && !/\s/.test(tail[from - 1] as string)) continue;
    const m = ORDINAL_BEFORE.exec(tail.slice(from));
    if (!m) continue;
    if (m[1]) return Number(m[1]);
    const value = spelled(m[2] as string, m[3]);
    if (value !== undefined) return value;
  }
  return undefined;
}
