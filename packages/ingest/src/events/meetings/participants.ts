import { describedPerson, parseDescription } from '../../entities/describe.js';
import { orgHitsStartingIn } from '../../entities/index.js';
import { countryPlace } from '../../entities/places.js';
import { countryByDemonym } from '../../gazetteer/countries.js';
import type { Span } from '../../types.js';
import { absentees, actorsIn, clauseAround, LAST_LIST_ITEM_BEFORE, speakersIn } from './actors.js';
import { ANAPHORIC_BEFORE } from './anaphora.js';
import { countriesListedAt, countriesOfGroup, namesBothSides } from './attendance.js';
import { counterpartAfter, officialSubjectBefore, officialsOfBothSides } from './counterpart.js';
import { personJoinsUnionGroup } from './forum.js';
import { jointSittingBodies } from './joint-bodies.js';
import {
  countryOfPerson,
  countryPair,
  followingParticipants,
  listAfterWith,
  sentenceSubject,
  visitedCountry,
} from './parties.js';
import { pronounAfterDescription } from './pronoun-subject.js';
import { type NamedRule, named } from './rule-names.js';
import type { ParticipantRule, Story, TriggerCtx } from './types.js';

// Stage 3, participants: who took part, rewritten by an ordered list of named rules. Later
// stages add the parties that back-references and the following sentences name.

/**
 * Verbs that put a person at a sitting of a body. Who opens, hosts or presides over the sitting
 * is at it too ("X formally opened the summit", "X will host the summit", "presided by X", "under
 * the leadership of X", "X made opening remarks", "X led the Meeting of the Foreign Ministers").
 */
const PARTICIPATION =
  /\b(?:[Tt]ook part|opened|opens|formally open|will host|to host|presided|presides|presiding|opening (?:remarks|speech|address)|[Ss]peaking at|[Ss]poke at|[Aa]ttending|take part|taking part|participated|participates|participate|attended|attends|attend|attending|chaired|chairs|chairing|hosted|hosts|joined|joins|was attended by|were attended by|under the chairmanship of|headed by|led by|led the|leads the|will lead the|represented by|gathered|addressed|spoke at|speaking at)\b/;

/** A person whose every stated role is a spokesperson's ("White House spokesman", "MEA spokesperson"). */
function spokespersonOnly(story: Story, ref: string): boolean {
  const r = story.reg.get(ref);
  return (
    r?.kind === 'person' &&
    r.roles.length > 0 &&
    r.roles.every((role) => /\b(?:spokes(?:man|woman|person)|press secretary)\b/i.test(role.title))
  );
}

/**
 * Rule: the persons named in the trigger's clause, not those who stayed away, nor a spokesperson
 * (who tells of talks, "the two leaders held talks," MEA spokesperson X said), nor (when two
 * others remain) the speakers of attributions.
 */
function personsInClause(story: Story, c: TriggerCtx): void {
  const end = laterVisitBy(story, c) ?? laterMeetingAheadOf(story, c) ?? c.clause.end;
  let participants = actorsIn(story.reg, c.clause.start, end, ['person']).filter(
    (r) => !c.absent.has(r) && !spokespersonOnly(story, r) && !onlyAsKinOrAide(story, r, c.clause.start, end),
  );
  if (participants.filter((r) => !c.speakers.has(r)).length >= 2)
    participants = participants.filter((r) => !c.speakers.has(r));
  c.participants = participants;
}

/** What a person's possessive may name that keeps the person away: a relative, an aide, a behalf. */
const KIN_OR_AIDE =
  /^['’]s?\s+(?:(?:eldest|youngest|elder|younger|former|top|senior|chief|close|longtime|long-time)\s+)?(?:son|daughter|wife|husband|brother|sister|father|mother|nephew|niece|cousin|widow|aide|adviser|advisor|envoy|spokes(?:man|woman|person)|chief of staff|deputy|successor|predecessor|behalf|administration|government|office|party)\b/;

/**
 * Rule: "Srettha met Prime Minister Hun Manet, who is Hun Sen’s son", "met Putin’s aide Yuri
 * Ushakov", "on Modi’s behalf": a person named in the clause only through a relative, an aide or
 * an office of theirs is not at the meeting. "Putin’s talks with Xi" keeps Putin.
 */
function onlyAsKinOrAide(story: Story, ref: string, start: number, end: number): boolean {
  const ms = story.reg.mentionsIn(start, end).filter((m) => m.ref === ref);
  return ms.length > 0 && ms.every((m) => KIN_OR_AIDE.test(story.text.slice(m.end, m.end + 40)));
}

/** "Top Canadian ministers held", "Two senior Japanese officials met": a plural group of one country as the subject. */
const DEMONYM_GROUP_SUBJECT =
  /(?:^|[-–—:(]\s*|\b(?:Top|Senior|Two|Three|Several|The)\s+)(?:top\s+|senior\s+|two\s+|three\s+)*([A-Z][\p{L}]+)\s+(?:cabinet\s+)?(ministers|officials|diplomats|envoys)\b(?=[^,.;:]{0,40}$)/u;

/**
 * Rule: "Top Canadian ministers held a meeting with Mexican President Claudia Sheinbaum": a group
 * of one country's ministers as the subject stands for the ministers of that country the article
 * names ("Canadian Foreign Minister Anita Anand"). A group that fits no one named is left out.
 */
function demonymMinistersAsSubject(story: Story, c: TriggerCtx): void {
  if (c.t.hint !== 'meet' && c.t.hint !== 'call') return;
  const subject = DEMONYM_GROUP_SUBJECT.exec(story.text.slice(c.clause.start, c.t.start));
  if (!subject) return;
  const country = countryByDemonym(subject[1] as string);
  const place = country ? countryPlace(story.reg, country.code) : undefined;
  if (!place) return;
  const head = new RegExp(`\\b${(subject[2] as string).replace(/s$/, '')}\\b`, 'i');
  for (const p of story.reg.persons) {
    const holds = p.roles.some((r) => r.country === place.ref && head.test(r.title));
    if (holds && !c.participants.includes(p.ref)) c.participants.push(p.ref);
  }
}

/**
 * Rule: "X received a courtesy call from Y to discuss co-operation and a visit by Z next month":
 * who comes on a later visit named after the trigger is that visit's, not this meeting's. The
 * clause of the trigger ends at "a visit by".
 */
function laterVisitBy(story: Story, c: TriggerCtx): number | undefined {
  const later = c.sentTriggers.find(
    (o) =>
      o.start > c.t.end &&
      o.start < c.clause.end &&
      o.hint === 'visit' &&
      /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/.test(story.text.slice(Math.max(0, o.start - 30), o.start)) &&
      /^\s+by\s/.test(story.text.slice(o.end, o.end + 5)),
  );
  return later?.start;
}

/** Right before a later meeting a telling comes ahead of: "comes ahead of meetings next week". */
const AHEAD_OF_BEFORE =
  /\b(?:ahead of|in advance of|before|precedes|preceded)\s+(?:a|an|the|next\s+\w+['’]s)?\s*(?:[\w-]+\s+){0,2}$/;

/**
 * Rule: "The call between the leaders comes ahead of meetings next week between A, B and C",
 * "held talks with A and B, ahead of a summit involving C": who is named after the later meeting
 * or sitting the trigger comes ahead of is that one's, not this one's. The clause of the trigger
 * ends at "ahead of".
 */
function laterMeetingAheadOf(story: Story, c: TriggerCtx): number | undefined {
  for (const o of c.sentTriggers) {
    if (o.start <= c.t.end || o.start >= c.clause.end || o.hint === 'visit') continue;
    const at = aheadOfBefore(story.text, c.t.end, o.start);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** Where "ahead of" (or "before", "in advance of") starts in the 50 characters before `to`, not before `from`. */
function aheadOfBefore(text: string, from: number, to: number): number | undefined {
  const lead = text.slice(Math.max(from, to - 50), to);
  const m = AHEAD_OF_BEFORE.exec(lead);
  return m ? to - lead.length + m.index : undefined;
}

/**
 * Rule: "The call between the leaders comes ahead of meetings next week between A, B and C": the
 * later meeting's clause starts at "ahead of"; the telling before it, and who it names ("the
 * leaders"), are the earlier meeting's.
 */
function clauseOfMeetingAhead(story: Story, c: TriggerCtx): void {
  const at = aheadOfBefore(story.text, c.clause.start, c.t.start);
  if (at === undefined) return;
  const earlier = c.sentTriggers.some(
    (o) => o.start >= c.clause.start && o.end <= at && (o.hint === 'meet' || o.hint === 'call'),
  );
  if (earlier) c.clause = { start: at, end: c.clause.end };
}

/**
 * Rule: at a sitting of a body, only those the text puts there take part ("took part in",
 * "attended"), who reports on it right after it ("X told reporters after a joint collegium
 * meeting"), or who acts at it ("X and Y signed a plan at a meeting of the two ministries' boards",
 * "X welcomed Y to Minsk for a session of ...").
 */
function onlyThoseAtSitting(story: Story, c: TriggerCtx): void {
  if (
    !c.groupHint ||
    PARTICIPATION.test(c.sent.exact) ||
    personJoinsUnionGroup(story.text.slice(c.sent.start, c.t.start))
  )
    return;
  const { before } = c;
  const atIt =
    (/\bat (?:a|the)\s+(?:[\w’'-]+\s+){0,3}$/.test(before) && !ANAPHORIC_BEFORE.test(before)) ||
    /\b(?:welcomed|welcomes|received|receives|hosted|hosts|arrived|arrives|came|flew|travell?ed|headed)\b[^.;]{0,100}\bfor (?:a|the)\s+(?:[\w’'-]+\s+){0,3}$/.test(
      story.text.slice(c.sent.start, c.t.start),
    );
  const after = /\bafter (?:a|the)\s+(?:[\w’'-]+\s+){0,3}$/.test(before) && c.participants.length === 1;
  if (!after && !atIt) c.participants = [];
}

/** Between a person's possessive and a sitting's noun: "’s first EU", "'s last". */
const OWNER_BEFORE = /^['’]s?\s+(?:[\w’'-]+\s+){0,3}$/;

/**
 * Rule: "The Ukraine conflict dominated Chancellor X’s first EU summit": a sitting told as a
 * person's own (a possessive right before it) has that person at it.
 */
function ownerOfSitting(story: Story, c: TriggerCtx): void {
  if (!c.groupHint) return;
  const persons = story.reg
    .mentionsIn(c.clause.start, c.t.start)
    .filter((m) => story.reg.get(m.ref)?.kind === 'person');
  const last = persons[persons.length - 1];
  if (!last || !OWNER_BEFORE.test(story.text.slice(last.end, c.t.start))) return;
  if (!c.participants.includes(last.ref)) c.participants.push(last.ref);
}

/** Between the persons who hold a sitting and its noun: "held a", "will hold their first", "of Bolivia held an". */
const HOLD_BEFORE =
  /^(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:(?:will|would|are\s+to|plan\s+to|agreed\s+to|also|on\s+\w+)\s+)*(?:held|hold|holds|holding|had)\s+(?:a|an|the|their)?\s*(?:[\w’'-]+\s+){0,3}$/;

/**
 * Rule: "Prime Minister X and President Y held a summit in Tokyo", "Ministers A of X, B of Y and C
 * of Z held an online meeting of the Lublin Triangle": the persons who hold the sitting (they are
 * its subject, right before "held") are its parties, of a body or not (onlyThoseAtSitting cleared them).
 */
function holdersOfSitting(story: Story, c: TriggerCtx): void {
  if (!c.groupHint || c.participants.length) return;
  const persons = story.reg
    .mentionsIn(c.clause.start, c.t.start)
    .filter((m) => story.reg.get(m.ref)?.kind === 'person' && !c.speakers.has(m.ref));
  const last = persons[persons.length - 1];
  if (persons.length < 2 || !last || !HOLD_BEFORE.test(story.text.slice(last.end, c.t.start))) return;
  for (const m of persons) if (!c.participants.includes(m.ref)) c.participants.push(m.ref);
}

/** Rule: "a joint collegium meeting of the two countries’ defense ministries": the ministries sat. */
function ministriesOfSitting(story: Story, c: TriggerCtx): void {
  if (!c.groupHint || c.participants.length) return;
  const { t } = c;
  for (const h of orgHitsStartingIn(story.idx, t.end, t.end + 41)) {
    if (h.start < t.end || h.start > t.end + 40 || h.rec.orgKind !== 'ministry') continue;
    if (!/^\s+of\s+(?:the\s+)?$/.test(story.text.slice(t.end, h.start))) continue;
    if (!c.participants.includes(h.rec.ref)) c.participants.push(h.rec.ref);
  }
}

/** Rule: "a joint session with Sweden, Finland and X": the parties listed after "with", not a speaker ("..., Kremlin spokesman Y told journalists"). */
function partiesAfterWith(story: Story, c: TriggerCtx): void {
  const withList = listAfterWith(story.doc, story.reg, c.t, c.sent).filter((r) => !c.speakers.has(r));
  for (const r of withList) if (!c.participants.includes(r)) c.participants.push(r);
}

/**
 * Rule: "Ukraine-Russia talks", "Russia and China held consultations", "talks between A and B":
 * the two countries are the parties, unless the clause names one person for each of them.
 */
function countryPairAtTrigger(story: Story, c: TriggerCtx): void {
  c.pair = countryPair(story.doc, story.reg, c.t);
  // "X held a Japan-Philippines Summit Meeting with President Y": the two persons named stand for the pair
  const persons = c.participants.filter((p) => story.reg.get(p)?.kind === 'person');
  if (c.pair.length && !personsStandForPair(story, persons, c.pair)) c.participants = c.pair;
}

/** Two persons or more, each of one of the pair's countries or of none the text gives, one for each country at most. */
function personsStandForPair(story: Story, persons: string[], pair: string[]): boolean {
  if (persons.length !== pair.length) return false;
  const sides = persons.map((p) => countryOfPerson(story.reg, p));
  const known = sides.filter((x): x is string => x !== null);
  return known.every((x) => pair.includes(x)) && new Set(known).size === known.length;
}

/** Rule: "the joint session of the Council of A, the Council of B and the Committee of C": the bodies sat. */
function bodiesOfJointSitting(story: Story, c: TriggerCtx): void {
  for (const r of jointSittingBodies(story.text, story.idx.orgHits, c.t.start, c.t.end))
    if (!c.participants.includes(r)) c.participants.push(r);
}

/** Rule: "a meeting of the defence ministers of A, B and C was held": the countries sat. */
function countriesOfMinisters(story: Story, c: TriggerCtx): void {
  if (!c.groupHint || c.pair.length) return;
  for (const r of countriesOfGroup(story.reg, story.text, c.t.start, c.clause.end))
    if (!c.participants.includes(r)) c.participants.push(r);
}

/**
 * Rule: "The foreign ministers of A, B, C and D met ...": with no person named, the three or more
 * countries whose ministers or leaders met are its parties.
 */
function countriesOfSubjectGroup(story: Story, c: TriggerCtx): void {
  const { t } = c;
  if (c.participants.length || !/^(?:met|meet|gathered|convened|assembled)$/.test(t.text)) return;
  const countries = countriesOfGroup(story.reg, story.text, c.clause.start, t.start);
  // two countries' presidents "to meet" are the pair the next sentences name in person
  if (countries.length >= 3) c.participants = countries;
  else if (countries.length === 2) {
    // "representatives of Germany, Poland and the EU met": a union closing the list is a third party
    const union = unionClosingList(story, c.clause.start, t.start);
    if (union) c.participants = [...countries, union];
  }
}

/** The alliance that closes a list of parties right before a verb: "..., Poland and the EU met". */
function unionClosingList(story: Story, start: number, end: number): string | undefined {
  const hit = orgHitsStartingIn(story.idx, start, end).findLast((h) => h.end <= end);
  if (hit?.rec.orgKind !== 'alliance') return undefined;
  const before = story.text.slice(start, hit.start);
  const after = story.text.slice(hit.end, end);
  return LAST_LIST_ITEM_BEFORE.test(before) && /^\s*$/.test(after) ? hit.rec.ref : undefined;
}

/**
 * Rule: "He has held talks with ...", "a meeting with X" (said by someone), "the Chinese minister
 * held talks with ...": the sentence's subject (or the person a description or pronoun stands for)
 * is the other party.
 */
function subjectOfTalksWith(story: Story, c: TriggerCtx): void {
  const { t, sent } = c;
  if (t.hint !== 'meet' && t.hint !== 'call') return;
  if (c.participants.length !== 1 || !/\bwith\b/.test(story.text.slice(t.end, t.end + 40))) return;
  const { doc, reg } = story;
  const subject =
    sentenceSubject(doc, reg, sent, t) ??
    describedPerson(reg, story.text, sent.start, t.start) ??
    pronounAfterDescription(doc, reg, sent) ??
    possessiveOfLastSubject(story, c) ??
    subjectOfDefiniteTalks(story, c) ??
    describedSubjectOfRecentSentence(story, c) ??
    reg.personMentionsBefore(sent.start, 1)[0]?.ref;
  if (subject && !c.participants.includes(subject)) c.participants.unshift(subject);
}

/** Right after a trigger: its object told by description ("meet with the emir", "received the Chinese president"). */
const DESCRIBED_OBJECT = /^\s+(?:with\s+)?[Tt]he\s+/;

/**
 * Rule: "Ali Larijani arrived in Qatar on Wednesday and was expected to meet with the emir": a
 * description right after the trigger stands for the person of the story who holds that title
 * (nearest before first). A description nobody fits adds no one ("to meet with the press").
 */
function describedObjectOfTrigger(story: Story, c: TriggerCtx): void {
  const { t } = c;
  if ((t.hint !== 'meet' && t.hint !== 'call') || !c.participants.length) return;
  if (!DESCRIBED_OBJECT.test(story.text.slice(t.end, t.end + 12))) return;
  const end = Math.min(c.clause.end, t.end + 60);
  if (actorsIn(story.reg, t.end, end, ['person']).length) return;
  const ref = describedPerson(story.reg, story.text, t.end, end);
  if (ref && !c.participants.includes(ref)) c.participants.push(ref);
}

/** A sentence that opens on a pronoun meeting people: "He also met", "She later held talks with". */
const PRONOUN_MET =
  /^\W*(?:He|She)\s+(?:(?:also|later|then|separately|subsequently|further)\s+)?(?:met|meets|held|holds|received|receives|hosted|had)\b/;

/** "He was welcomed", "She will be greeted" (by someone: the caller checks the "by"). */
const PRONOUN_MET_BY = /^\W*(?:He|She)\s+(?:was|is|will\s+be)\s+(?:warmly\s+)?(?:welcomed|greeted|received)$/;

/**
 * Rule: "Fidan held separate meetings ... He also met his Serbian counterpart A, B and C", "He
 * was welcomed by his counterpart A": a sentence that opens on "He"/"She" meeting others (or met
 * by them) is about the subject of the nearest of the
 * three sentences before that names one; who is met stays as the sentence names them.
 */
function pronounSubjectMet(story: Story, c: TriggerCtx): void {
  const head = story.text.slice(c.sent.start, c.t.end);
  const metBy = PRONOUN_MET_BY.test(head) && /^\s+by\b/.test(story.text.slice(c.t.end, c.t.end + 4));
  if (c.t.hint !== 'meet' || !(PRONOUN_MET.test(head) || metBy)) return;
  const { reg } = story;
  // "The meetings with A, B and C took place ...": A is met, not the one who met
  const notMet = (subject: string, prev: Span): boolean => {
    const at = reg.mentionsIn(prev.start, prev.end).find((m) => m.ref === subject);
    return !at || !/\bwith\b/.test(story.text.slice(prev.start, at.start));
  };
  const subject = subjectOfRecentSentence(story, c, notMet);
  if (subject && reg.get(subject)?.kind === 'person' && !c.participants.includes(subject))
    c.participants.unshift(subject);
}

/** The subject of the nearest of the three sentences before the trigger's that names one `fits`. */
function subjectOfRecentSentence(
  story: Story,
  c: TriggerCtx,
  fits: (subject: string, sentence: Span) => boolean = () => true,
): string | undefined {
  const { doc, reg } = story;
  for (let i = c.si - 1; i >= Math.max(0, c.si - 3); i--) {
    const prev = doc.sentences[i] as Span;
    const subject = sentenceSubject(doc, reg, prev, { ...c.t, start: prev.end, end: prev.end });
    if (subject && fits(subject, prev)) return subject;
  }
  return undefined;
}

/**
 * Rule: "Ruiz discussed trade with A. The discussion held with B was focused on water": talks
 * told with no subject, opening the sentence with "the", are the subject's of a sentence just
 * before, not of the last person named (A, the other party there).
 */
function subjectOfDefiniteTalks(story: Story, c: TriggerCtx): string | undefined {
  if (!/^\W*The\s+(?:[\w-]+\s+){0,2}$/.test(story.text.slice(c.sent.start, c.t.start))) return undefined;
  return subjectOfRecentSentence(story, c);
}

/** Before the trigger: a description as the subject of talks ("the CS also held a", "The envoy then had"). */
const DESCRIBED_SUBJECT =
  /\b[Tt]he\s+[\w-]+\s+(?:(?:also|then|later)\s+)?(?:held|had|paid)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$/;

/**
 * Rule: "CS Omamo paid a courtesy call on X. In addition, the CS also held a bilateral meeting
 * with Y": a description that found no one as the subject of talks is the subject of a sentence
 * just before (not its last person, the one met there).
 */
function describedSubjectOfRecentSentence(story: Story, c: TriggerCtx): string | undefined {
  if (!DESCRIBED_SUBJECT.test(story.text.slice(c.sent.start, c.t.start))) return undefined;
  return subjectOfRecentSentence(story, c, (subject, sentence) => !metWith(story, subject, sentence));
}

/**
 * Rule: "X held meetings with A and B. In his meeting with A, the minister discussed ...": "his"
 * opening the sentence is the subject of a sentence just before, not the last person named.
 */
function possessiveOfLastSubject(story: Story, c: TriggerCtx): string | undefined {
  if (!/^\W*(?:In|During|At)\s+(?:his|her)\s+(?:[\w-]+\s+)?$/.test(story.text.slice(c.sent.start, c.t.start)))
    return undefined;
  return subjectOfRecentSentence(story, c, (subject, sentence) => !metWith(story, subject, sentence));
}

/** Whether the person is named in the sentence only as the one met ("The talks held with X"). */
function metWith(story: Story, person: string, sentence: Span): boolean {
  const mentions = story.reg.mentionsIn(sentence.start, sentence.end).filter((m) => m.ref === person);
  return (
    mentions.length > 0 &&
    mentions.every((m) =>
      /\bwith\s+(?:[\w’'.-]+\s+){0,5}$/.test(
        story.text.slice(Math.max(sentence.start, m.start - 60), m.start),
      ),
    )
  );
}

/** "meeting of foreign affairs officials from": officials of countries listed after "from". */
const OFFICIALS_FROM =
  /^\s+of\s+(?:(?:senior|top|high-level|the)\s+)?(?:[\w-]+\s+){0,3}?(?:officials|ministers|representatives|delegates|envoys|diplomats|delegations)\s+from\s+(?:the\s+)?/;

/**
 * Rule: "a Beijing meeting of foreign affairs officials from Brazil, Russia, India and China":
 * with nobody named, the three or more countries whose officials sat are its parties; the one
 * alliance the sentence names ("known collectively as the BRICS nations") is its forum and sat too.
 */
function officialsFromCountries(story: Story, c: TriggerCtx): void {
  const { t } = c;
  if (c.participants.length || !/^(?:meeting|Meeting|gathering|talks|consultations|session)$/.test(t.text))
    return;
  const after = story.text.slice(t.end, c.sent.end);
  if (!after.includes(' from ')) return;
  const m = OFFICIALS_FROM.exec(after);
  if (!m) return;
  const countries = countriesListedAt(story.reg, story.text, t.end + m[0].length, c.sent.end);
  if (countries.length < 3) return;
  c.participants = countries;
  const union = onlyAllianceInSentence(story, c);
  if (union && !c.forum) {
    c.forum = union;
    c.participants.push(union.ref);
  }
}

/** The one alliance a sentence names ("known collectively as the BRICS nations"), if just one. */
function onlyAllianceInSentence(story: Story, c: TriggerCtx): TriggerCtx['forum'] {
  const { sent } = c;
  const unions = new Set(
    orgHitsStartingIn(story.idx, sent.start, sent.end + 1)
      .filter((h) => h.start >= sent.start && h.end <= sent.end && h.rec.orgKind === 'alliance')
      .map((h) => h.rec),
  );
  return unions.size === 1 ? ([...unions][0] ?? null) : null;
}

/** Before "held": a list of three or more countries, "South Korea, the United States and Japan held". */
const COUNTRY_ITEM = '(?:the\\s+)?[\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*){0,2}';
const COUNTRIES_HELD = new RegExp(
  `(?:^|[,;:]\\s+|\\bthat\\s+|\\bsaid\\s+)(${COUNTRY_ITEM}(?:(?:,\\s+(?:and\\s+)?|\\s+and\\s+)${COUNTRY_ITEM}){2,8})\\s+(?:(?:have|had|also|on\\s+\\w+)\\s+)*(?:held|hold|holds|conducted)\\s+(?:a|an|the|their)\\s+(?:[\\w’'-]+\\s+){0,3}$`,
  'u',
);

/** Right after a meeting noun: "between the defence ministers of ", "between the two countries' foreign ministers". */
const BETWEEN_OFFICIALS_OF =
  /^\s+between\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|premiers|heads\s+of\s+(?:state|government)|delegations|representatives|officials|envoys|chiefs|secretaries)\s+(?:of|from)\s+(?:the\s+)?/;

/**
 * Rule: "a meeting between the defence ministers of Cyprus and Greece", "talks between the
 * foreign ministers of the two countries" (after "between Cyprus and Greece" in its sentence): the
 * countries are the parties (and the ministers the story names stand for them: holders). "a
 * meeting between ministers" names no country and gives none.
 */
function officialsOfCountriesBetween(story: Story, c: TriggerCtx): void {
  if (c.participants.length || (c.t.hint !== 'meet' && c.t.hint !== 'call')) return;
  const m = BETWEEN_OFFICIALS_OF.exec(c.after);
  if (!m) return;
  const from = c.t.end + m[0].length;
  let countries = countriesListedAt(story.reg, story.text, from, c.sent.end);
  if (countries.length < 2 && namesBothSides(story.text, from))
    countries = actorsIn(story.reg, c.sent.start, c.t.start, ['country']);
  if (countries.length >= 2) c.participants = countries;
}

/**
 * Rule: "South Korea, the United States and Japan held an economic dialogue": three or more
 * countries listed as the subject of holding talks are its parties ("A and B held" is
 * countryPair, which reads only the last two of a longer list).
 */
function countriesHoldingTalks(story: Story, c: TriggerCtx): void {
  const { t } = c;
  // "Kenya, Ghana and Senegal held": countryPair read only the last two
  if (t.hint !== 'meet' || (c.participants.length && c.participants !== c.pair)) return;
  const before = story.text.slice(c.clause.start, t.start);
  if (!before.includes('held') && !before.includes('hold') && !before.includes('conducted')) return;
  const m = COUNTRIES_HELD.exec(before);
  if (!m) return;
  const from = c.clause.start + (m.index ?? 0) + m[0].indexOf(m[1] as string);
  const countries = countriesListedAt(story.reg, story.text, from, from + (m[1] as string).length);
  if (countries.length >= 3 && c.pair.every((p) => countries.includes(p))) c.participants = countries;
}

/**
 * "talks with her", "separate meetings with him": an object pronoun right after the trigger (not
 * a possessive, "with her counterpart").
 */
const PRONOUN_OBJECT =
  /^\s+(?:[\w-]+\s+){0,2}?with\s+(him|her)(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|during|next|this|last|later|soon|today|tomorrow|yesterday|and|to|for|about|after|before|when|while)\b)/;

/** Right before the subject of a coordinated clause: ", and", "; ". */
const NEW_CLAUSE = /(?:,\s+and|;)\s+/g;

/**
 * Rule: "Ruiz will visit Lima. President Xi will have talks with her, and Premier Li and Chairman
 * Zhao will have separate meetings with her": the pronoun after the trigger is the person named
 * before, and who meets her is the subject of the trigger's own clause (after ", and" when an
 * earlier clause of the sentence told its own meeting). The person the pronoun stands for comes
 * first, so that "separate meetings" splits into one with each subject. A pronoun that no one
 * named before fits resolves to nothing.
 */
function pronounObjectOfTrigger(story: Story, c: TriggerCtx): void {
  const { t } = c;
  if (t.hint !== 'meet' && t.hint !== 'call') return;
  const m = PRONOUN_OBJECT.exec(story.text.slice(t.end, Math.min(c.sent.end, t.end + 40)));
  if (!m) return;
  const { from, earlierSubjects } = subjectStretch(story, c, m[1] as string);
  const subjects = actorsIn(story.reg, from, t.start, ['person']).filter((r) => !c.speakers.has(r));
  if (!subjects.length) return;
  const referent = story.reg
    .personMentionsBefore(from)
    .find((x) => !subjects.includes(x.ref) && !earlierSubjects.has(x.ref))?.ref;
  c.participants = referent ? [referent, ...subjects] : subjects;
}

/**
 * Where the subject of the trigger's clause starts: after the last ", and" or ";" that follows an
 * earlier trigger of the sentence. The subjects of earlier clauses with the same pronoun object
 * ("Xi will have talks with her, and ...") are not what the pronoun stands for.
 */
function subjectStretch(
  story: Story,
  c: TriggerCtx,
  pronoun: string,
): { from: number; earlierSubjects: Set<string> } {
  const { text, reg } = story;
  const earlierSubjects = new Set<string>();
  let from = c.clause.start;
  const lead = text.slice(c.clause.start, c.t.start);
  for (const cut of lead.matchAll(NEW_CLAUSE)) {
    const at = c.clause.start + (cut.index ?? 0);
    const earlier = c.sentTriggers.find(
      (o) => o.start >= from && o.end <= at && (o.hint === 'meet' || o.hint === 'call'),
    );
    if (!earlier) continue;
    if (new RegExp(`\\bwith\\s+${pronoun}\\b`).test(text.slice(earlier.end, at)))
      for (const r of actorsIn(reg, from, earlier.start, ['person'])) earlierSubjects.add(r);
    from = at + cut[0].length;
  }
  return { from, earlierSubjects };
}

/** The verbs that open each of a subject's coordinated verb phrases ("met ..., attended ... and held ..."). */
const PHRASE_VERB =
  '(?:met|meets|attended|attends|held|holds|had|hosted|hosts|visited|received|receives|paid|laid|signed|toured|spoke|joined|witnessed|participated|took\\s+part|chaired|addressed|will\\s+(?:meet|hold|attend|visit))\\b';
/** Where a coordinated verb phrase starts: ", attended", ", and held", " and held". */
const NEXT_PHRASE = new RegExp(
  `(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:(?:also|then|later)\\s+)?(?=${PHRASE_VERB})`,
  'g',
);
const FIRST_VERB = new RegExp(`\\b${PHRASE_VERB}`);

/**
 * Rule: "Li met with General Secretary X, attended a welcome ceremony hosted by Prime Minister Y
 * and held talks with the Vietnamese PM": each verb phrase of one subject tells its own meeting,
 * with the subject and those named in that phrase (a description there, "the Vietnamese PM",
 * stands for the person it fits). "Li met with X and Y" has one phrase: one meeting with both.
 */
function ownVerbPhrase(story: Story, c: TriggerCtx): void {
  const { t } = c;
  const { text, reg } = story;
  if (t.hint !== 'meet' && t.hint !== 'call') return;
  const clauseText = text.slice(c.clause.start, c.clause.end);
  const first = FIRST_VERB.exec(clauseText);
  if (!first) return;
  const verbAt = c.clause.start + first.index;
  if (verbAt > t.start) return;
  const cuts = [...clauseText.matchAll(NEXT_PHRASE)]
    .map((m) => ({ at: c.clause.start + (m.index ?? 0), len: m[0].length }))
    .filter((m) => m.at > verbAt);
  if (!cuts.length) return;
  const subjects = actorsIn(reg, c.clause.start, verbAt, ['person']);
  if (!subjects.length) return;
  const before = cuts.filter((m) => m.at + m.len <= t.start).pop();
  const from = before ? before.at + before.len : verbAt;
  const to = cuts.find((m) => m.at >= t.end)?.at ?? c.clause.end;
  const own = actorsIn(reg, from, to, ['person', 'org', 'country']);
  const others = own.filter((r) => c.participants.includes(r) && !subjects.includes(r));
  const described = others.some((r) => reg.get(r)?.kind === 'person')
    ? null
    : (describedPerson(reg, text, from, to) ?? describedEarlierInSentence(story, verbAt, from, to));
  if (described && !subjects.includes(described)) others.push(described);
  c.participants = [...subjects, ...others];
}

/** A description in a verb phrase: "the Vietnamese PM", "the Chinese premier". */
const PHRASE_DESCRIPTION =
  /\b[Tt]he\s+((?:[A-Z][\p{L}]+\s+)?(?:prime minister|minister|president|premier|leader|chancellor|PM))\b/u;

/**
 * "attended a ceremony hosted by Prime Minister Y and held talks with the Vietnamese PM": the
 * person named earlier in the same sentence whose role's title fits the description, when no
 * role states the country the description gives.
 */
function describedEarlierInSentence(story: Story, from: number, to: number, end: number): string | null {
  const m = PHRASE_DESCRIPTION.exec(story.text.slice(to, end));
  const d = m ? parseDescription(m[1] as string) : null;
  if (!d) return null;
  const persons = story.reg.mentionsIn(from, to).filter((x) => story.reg.get(x.ref)?.kind === 'person');
  const fit = persons.reverse().find((x) => {
    const r = story.reg.get(x.ref);
    return r?.kind === 'person' && r.roles.some((role) => d.title.test(role.title));
  });
  return fit?.ref ?? null;
}

/** The participant rules of a trigger's own sentence, in order. */
export const PARTICIPANT_RULES = named<ParticipantRule>([
  personsInClause,
  demonymMinistersAsSubject,
  onlyThoseAtSitting,
  ownerOfSitting,
  holdersOfSitting,
  ministriesOfSitting,
  partiesAfterWith,
  countryPairAtTrigger,
  bodiesOfJointSitting,
  countriesOfMinisters,
  countriesOfSubjectGroup,
  officialsFromCountries,
  countriesHoldingTalks,
  officialsOfCountriesBetween,
  subjectOfTalksWith,
  describedObjectOfTrigger,
  pronounSubjectMet,
  ownVerbPhrase,
  pronounObjectOfTrigger,
  hostCountryOfVisit,
]);

/**
 * Rule: "Nigerian President Bola Tinubu paid a state visit to France", "Tinubu's visit to Paris":
 * the one person who visits and the country visited (a city's country) are the parties, when it
 * is not the visitor's own ("an invitation to X to visit New Delhi" is no visit of the minister
 * who brings it; "at the invitation of X" is no such invitation). A visitor the text gives no country visits a country named, not a city (which
 * may be their own: "President Tinubu visited Lagos").
 */
function hostCountryOfVisit(story: Story, c: TriggerCtx): void {
  if (c.t.hint !== 'visit' || c.participants.length !== 1) return;
  // "handed over an invitation to Hasina to visit New Delhi": the invited one visits, later; "At
  // the invitation of President X, Y paid a state visit to Z" is the visit told
  const lead = story.text
    .slice(c.clause.start, c.t.start)
    .replace(/\b(?:at|on|upon)\s+the\s+invitation\s+of\b/gi, '');
  if (/\binvit/i.test(lead)) return;
  const visitor = c.participants[0] as string;
  if (story.reg.get(visitor)?.kind !== 'person') return;
  const own = countryOfPerson(story.reg, visitor);
  // a visitor of no told country travels abroad when a country is named, not a city
  const host = visitedCountry(story.doc, story.reg, c.t, own === null);
  if (host && host !== own) c.participants.push(host);
}

/**
 * Rule: "the presidents agreed to meet", "a follow-up meeting between the two ministers", "During
 * the talks, held in Seoul, the two leaders ...": the pair of the latest meeting (of the latest
 * meeting of two, for "the two ..."), but not when the trigger names another body's sitting
 * ("the ministers agreed to report to the NATO defence ministers' meeting"). A party named
 * after "with" ("the two ministers held trilateral talks with Y") joins the pair.
 */
function theGroupOfLastMeeting(story: Story, c: TriggerCtx): void {
  const { text, idx } = story;
  const { t, target0, clause } = c;
  if ((t.hint !== 'meet' && t.hint !== 'call') || !target0 || target0.participants.length < 2) return;
  const theGroup =
    /\bthe\s+(?:two\s+)?(?:presidents|leaders|ministers|heads of state|sides|parties|counterparts)\b|\bthe\s+two\s+(?:countries|nations|governments)\b/i.exec(
      text.slice(clause.start, t.start),
    );
  const groupAfter =
    /^\s+(?:between|of|with)\s+the\s+two\s+(?:presidents|leaders|ministers|heads of state|sides|parties|counterparts|countries)\b/i.test(
      c.after,
    );
  // "During the talks, held on Thursday in Seoul, the two leaders reviewed ...", "During
  // bilateral talks, attended by X, the two leaders ...": an opening back-reference whose
  // subject, the group, comes after it
  const opening =
    /^\s*(?:During|At|In the course of|Throughout)\s+(?:(?:the|their)\s+(?:[\w-]+\s+){0,2}|bilateral\s+)$/.test(
      text.slice(c.sent.start, t.start),
    ) &&
    /^[^.;]*?,\s+(?:the\s+two|both)\s+(?:presidents|leaders|ministers|heads of state|sides|parties|counterparts)\b/i.test(
      text.slice(t.end, c.sent.end),
    );
  const othersSitting = (from: number) =>
    /\S['’]s?\s+$/.test(text.slice(from, t.start)) ||
    orgHitsStartingIn(idx, from, t.start + 1).some((h) => h.start >= from && h.end <= t.start);
  if (
    (theGroup && !othersSitting(clause.start + theGroup.index + theGroup[0].length)) ||
    groupAfter ||
    opening
  ) {
    // "the two leaders" after a meeting of three ministers are the pair told before it
    const two = /\btwo\b/i.test(theGroup?.[0] ?? '') || groupAfter || opening;
    const pair =
      two && target0.participants.length !== 2
        ? (story.cands.findLast(
            (o) => o.trigger.start < t.start && !o.anaphoric && o.participants.length === 2,
          ) ?? target0)
        : target0;
    // "the two ministers were set to hold trilateral talks with Y": the pair, and the party named after "with"
    const withAfter = /^\s+with\s/.test(text.slice(t.end, t.end + 6))
      ? c.participants.filter(
          (p) =>
            !pair.participants.includes(p) &&
            story.reg.mentionsIn(t.end, clause.end).some((m) => m.ref === p),
        )
      : [];
    c.participants = [...pair.participants, ...withAfter, ...attendedByInOpening(story, c, opening)];
  }
}

/** ", attended by X, the two leaders": the stretch from "attended by" to the group that opens the clause. */
const ATTENDED_BY_BEFORE_GROUP = /^[^.;]*?,\s+attended\s+by\s+([^.;]*?),\s+(?:the\s+two|both)\s/i;

/**
 * Rule: "During bilateral talks and a wider round after them, attended by Minister X, aide to the
 * visiting President Y, the two leaders ...": the first person named after "attended by" in an
 * opening back-reference takes part in the talks too (not a person the appositive names).
 */
function attendedByInOpening(story: Story, c: TriggerCtx, opening: boolean): string[] {
  if (!opening) return [];
  const m = ATTENDED_BY_BEFORE_GROUP.exec(story.text.slice(c.t.end, c.sent.end));
  if (!m) return [];
  const from = c.t.end + m[0].indexOf(m[1] as string, m[0].indexOf('attended'));
  const first = actorsIn(story.reg, from, from + (m[1] as string).length, ['person'])[0];
  return first && !c.absent.has(first) ? [first] : [];
}

/** Rule: "during their negotiations": the pair told just before. */
function theirPair(_story: Story, c: TriggerCtx): void {
  if (c.anaphoric || !/\btheir\s+(?:\w+\s+)?$/i.test(c.before) || c.participants.length >= 2 || !c.target0)
    return;
  for (const p of c.target0.participants) if (!c.participants.includes(p)) c.participants.push(p);
}

/** The participant rules that read back to the latest meeting, in order (after the anaphora decision). */
export const EARLIER_MEETING_RULES = named<ParticipantRule>([theGroupOfLastMeeting, theirPair]);

/** Rule: "Belousov, who met his Chinese counterpart": the counterpart the text named before, or the country. */
function counterpartOfSubject(story: Story, c: TriggerCtx): void {
  if ((c.t.hint !== 'meet' && c.t.hint !== 'call') || c.participants.length !== 1) return;
  const other = counterpartAfter(story.reg, story.text, c.t.end, c.participants[0] ?? null);
  if (other && !c.participants.includes(other)) c.participants.push(other);
}

/**
 * Rule: "Qatar's foreign minister also spoke with X", "The Belgian Prime Minister met X": the
 * unnamed official who is the clause's subject (named before, else the country) is the other party.
 */
function officialNamedByCountry(story: Story, c: TriggerCtx): void {
  if ((c.t.hint !== 'meet' && c.t.hint !== 'call') || c.participants.length !== 1) return;
  const { text } = story;
  const other = officialSubjectBefore(
    story.reg,
    text.slice(c.clause.start, c.t.start),
    c.t.start,
    c.participants[0] ?? null,
  );
  if (other && !c.participants.includes(other)) c.participants.unshift(other);
}

/**
 * Rule: "The Kazakh President held a phone call with the Uzbek President": with no party named,
 * the two officials named by office and country on either side of the trigger are its parties.
 */
function bothOfficialsByCountry(story: Story, c: TriggerCtx): void {
  if ((c.t.hint !== 'meet' && c.t.hint !== 'call') || c.participants.length !== 0) return;
  const both = officialsOfBothSides(story.reg, story.text, c.clause.start, c.t.start, c.t.end);
  if (both.length === 2) c.participants = both;
}

/** Rule: a sitting (with no later sitting in its sentence) takes the attendance lists of the sentences after it. */
function listedAfterSitting(story: Story, c: TriggerCtx): void {
  const { t, sent } = c;
  if (c.kind !== 'summit' && c.kind !== 'session' && c.kind !== 'multilateral') return;
  const laterGroup = c.sentTriggers.some(
    (o) =>
      o.start > t.end &&
      o.start < sent.end &&
      (o.hint === 'session' || o.hint === 'summit' || o.hint === 'multilateral'),
  );
  if (laterGroup) return;
  for (const r of followingParticipants(story.doc, story.reg, c.si))
    if (!c.participants.includes(r)) c.participants.push(r);
}

/** The participant rules run after the back-reference decision: the counterpart of a lone subject, or the official a lone party met. */
export const COUNTERPART_RULES = named<ParticipantRule>([
  bothOfficialsByCountry,
  counterpartOfSubject,
  officialNamedByCountry,
]);
/** The participant rule run once the kind is settled: the sentences after a sitting. */
export const FOLLOWING_SENTENCE_RULES = named<ParticipantRule>([listedAfterSitting]);

/** Run rules in order, noting in `c.rules` those that changed who took part. */
export function runParticipantRules(
  rules: Array<NamedRule<ParticipantRule>>,
  story: Story,
  c: TriggerCtx,
): void {
  for (const { name, rule } of rules) {
    const was = c.participants;
    const n = was.length;
    rule(story, c);
    if (c.participants.length !== n || (c.participants !== was && !sameList(c.participants, was)))
      c.rules.push(`participants:${name}`);
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Stage 3: who took part, by the trigger's own sentence. */
export function findParticipants(story: Story, c: TriggerCtx): boolean {
  const { doc, reg } = story;
  c.speakers = speakersIn(doc, reg, c.sent.start, c.sent.end);
  c.absent = absentees(reg, story.text, c.sent);
  c.clause = clauseAround(doc, c.sent, c.t);
  clauseOfMeetingAhead(story, c);
  const { hint } = c.t;
  c.groupHint =
    hint === 'session' || hint === 'summit' || hint === 'multilateral' || (hint === 'meet' && !!c.forum);
  runParticipantRules(PARTICIPANT_RULES, story, c);
  return true;
}
