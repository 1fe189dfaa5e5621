// "called on President X at the palace", "paid a courtesy call on the Prime Minister": a visit to a
// named person, not a demand ("called on Israel to halt ...") and not a phone call. Shared by the
// meeting triggers (it is a meeting) and the statement triggers (it is no speech).

/**
 * The person called on: a capitalised name with its title words, or "his/her/their (Chinese)
 * counterpart" (and the counterpart's name), or a country's possessive and lower-case title words before a name ("Cambodia’s
 * former premier Hun Sen").
 */
const CALLED_PERSON =
  /^\s+(?:(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?(?:,?\s+[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,4}(?![\p{L}’']))?(?![\p{L}’'])|[\p{Lu}][\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+){1,3}[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,4}(?![\p{L}’'])|(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}.’'-]*){0,6}(?![\p{L}’']))/u;

/** What may follow the person in a visit: the end of the clause, a place, a time ("here on Saturday", "today"), a relative clause. */
const AFTER_VISITED =
  /^\s*(?:[,.;]|$|\s(?:at|in|on|during|ahead|before|after|who|where|and|here|there|today|yesterday|this|last|to\s+(?:discuss|hold|brief|exchange|review|pay|present|deliver|convey))\b)/;

/** A demand in the rest of the clause: "to halt", "to end" (not "to discuss", a visit's aim). */
const DEMAND =
  /\bto\s+(?!discuss\b|hold\b|brief\b|exchange\b|review\b|pay\b|present\b|deliver\b|convey\b|the\b|a\b|an\b|his\b|her\b|its\b|their\b|this\b|that\b|these\b|those\b)[a-z]+\b/;

/**
 * Whether the words right after "called on" / "courtesy call on" (`rest`, starting after "on" or
 * "upon") name a person visited: a name or a counterpart, then the end of the clause, a place or a
 * time, and no demand ("to halt ...") before the clause ends. "called on all parties to" and
 * "called on Russia and Ukraine to end the war" are demands.
 */
export function isVisitCalledOn(rest: string): boolean {
  const person = CALLED_PERSON.exec(rest);
  if (!person) return false;
  const after = rest.slice(person[0].length);
  if (!AFTER_VISITED.test(after)) return false;
  // "called on X, who offered ... to the northern states": the relative clause is X's, no demand
  const clause = /^[^.;]*?(?=,\s+(?:who|which|whose)\b|[.;]|$)/.exec(after)?.[0] ?? '';
  return !DEMAND.test(clause.slice(0, 200));
}
