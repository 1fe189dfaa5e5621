// Statements read sentence by sentence: an attributed sentence, its quotations, and the
// quotations that continue the previous speaker's words.
import { sentenceAt } from '../../doc.js';
import { type Quotation, quotationsOverlapping } from '../../text/quotes.js';
import type { Channel, Span } from '../../types.js';
import { attribution } from './attribution.js';
import { clip, statement, wordCount } from './build.js';
import { channelOf } from './channel.js';
import type { StatementContext } from './context.js';
import { subjectOf } from './remarks.js';
import { noteStatementRule } from './rule-names.js';
import type { Attribution } from './site.js';
import { rootOf } from './speaker.js';
import { describedSpeakerOwnsSentence } from './subjects.js';

/** One sentence being read, with what was found in it. */
interface SentenceReading {
  si: number;
  sent: Span;
  /** the sentence's attribution, if any */
  att: Attribution | null;
  quotesHere: Quotation[];
  /** quotations here no statement holds yet */
  ownQuotes: Quotation[];
}

/** What the sentences read so far leave for the next one. */
interface ReadingState {
  used: Set<Quotation>;
  lastSpeaker: { ref: string; para: number; channel: Channel | null } | null;
}

/** A rule for one sentence: true when it handled the sentence (later rules are not tried). */
type SentenceRule = (c: StatementContext, state: ReadingState, r: SentenceReading) => boolean;

/** In order. */
const SENTENCE_RULES: SentenceRule[] = [
  leadInToQuotation, // "X said:" right before a quoted paragraph: the quotation is the statement
  closingSentenceOfQuotation, // "...," Ushakov told reporters. after a quotation already his
  passiveAfterQuotation, // "“...” This was stated by X." after a quotation already X's
  mediumOnlySentence, // "He said this in an interview to Rossiya-1." only places words told before
  attributedSentence, // a sentence with a speaker: its statement and its quotations
  holderOfBriefing, // "X held a media briefing on Wednesday.": the quotations after it are X's
  continuedQuotations, // an unattributed quotation: its later attribution, or the previous speaker
];

/** A sentence that only says who spoke: "Ruto stated", "the minister said." (four words at most, no "that"). */
function bareAttribution(sentence: string): boolean {
  const words = sentence.replace(/[.!]$/, '').trim().split(/\s+/);
  return words.length <= 4 && !/\bthat\b/.test(sentence) && !/[“"”:]/.test(sentence);
}

/** Words after a closing quote that introduce more reported content. */
const REPORTING_TAIL =
  /\b(?:that|adding|noting|stressing|saying|warning|explaining|(?:and|but|also) (?:said|added|noted|stressed|warned|called|urged|expressed|described|announced))\b|[:;]/;

/** "was quoted as saying (by ...)": the attribution of the quotation it closes. */
const QUOTED_AS_SAYING = /\b(?:was|were|is|has been) quoted as saying\b/g;

/** "It was reported that", "it has been specified that": a report with no one behind it. */
const IMPERSONAL_REPORT = /\b[Ii]t (?:was|is|has been|had been) (?:also )?[a-z]+ed that\b/;

/** Stage: one statement per attributed quotation and per sentence of attributed indirect speech. */
export function sentenceStatements(c: StatementContext): void {
  const state: ReadingState = { used: new Set<Quotation>(), lastSpeaker: null };
  const { doc, transcript } = c;
  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si] as Span;
    if (transcript && sent.start > transcript.bodyStart) continue;
    const quotesHere = quotationsOverlapping(c.topQuotes, sent.start, sent.end);
    const att = attribution(doc, c.reg, c.idx, sent, c.subjects, c.outside, c.relayers);
    const ownQuotes = quotesHere.filter((q) => !state.used.has(q) && !titleOfWork(doc.text, q));
    const reading: SentenceReading = { si, sent, att, quotesHere, ownQuotes };
    const before = c.out.length;
    for (const rule of SENTENCE_RULES)
      if (rule(c, state, reading)) {
        nameNewStatements(c, before, rule, att);
        break;
      }
  }
}

/** Names the sentence rule, and the frame that found the speaker, on the statements it added. */
function nameNewStatements(
  c: StatementContext,
  from: number,
  rule: SentenceRule,
  att: Attribution | null,
): void {
  for (const rec of c.out.slice(from)) {
    noteStatementRule(rec, 'sentence', rule);
    if (att && rule === attributedSentence) noteStatementRule(rec, 'speaker', att.rule ?? att.via);
  }
}

/**
 * Rule: the closing sentence of a quotation already attributed ("...," Ushakov told reporters.)
 * is no new statement, unless a long tail reports something ("..., adding that ..."); not when it
 * only says who spoke and where ("Almeida said in a statement published by ...").
 */
function closingSentenceOfQuotation(c: StatementContext, state: ReadingState, r: SentenceReading): boolean {
  const { sent, quotesHere } = r;
  if (
    !r.att ||
    r.ownQuotes.length ||
    !quotesHere.some((q) => state.used.has(q) && q.outer.end > sent.start && q.outer.start < sent.start)
  )
    return false;
  const tail = c.doc.text.slice(Math.max(...quotesHere.map((q) => q.outer.end)), sent.end);
  return wordCount(tail) <= 8 || !reportsMore(tail);
}

/**
 * A closing tail reports more words: "..., adding that", "and said that", or a "that" in its
 * first clause ("Ushakov told reporters that"); a "that" deeper in a participle clause ("Wang
 * stated, responding to a report that ...") belongs to the circumstance, not to new words.
 */
function reportsMore(closing: string): boolean {
  // "..." X was quoted as saying by another agency: who relayed it, not more words
  const tail = closing.replace(QUOTED_AS_SAYING, '');
  const first = tail.replace(/^\s*,?/, '').split(',')[0] ?? '';
  return REPORTING_TAIL.test(tail.replace(/\bthat\b/g, '')) || /\bthat\b/.test(first);
}

/** A sentence that only introduces words after it: "The Minister of Foreign Affairs X, said:". */
const LEAD_IN =
  /\b(?:said|says|stated|states|noted|notes|added|adds|declared|stressed|emphasi[sz]ed|told\s+(?:[\w-]+\s+){0,3}?\w+)\s*:\s*$/;

/**
 * Rule: "The Minister of Foreign Affairs of Lithuania X, said:" followed by a quoted paragraph:
 * the lead-in says only who speaks, the quotation after it is the statement (given to the same
 * speaker by continuedQuotations). "congratulated X on the election, saying:" tells something of
 * its own and stays a statement.
 */
function leadInToQuotation(c: StatementContext, state: ReadingState, r: SentenceReading): boolean {
  if (!r.att || r.ownQuotes.length || !LEAD_IN.test(r.sent.exact) || /\bthat\b/.test(r.sent.exact))
    return false;
  const next = c.doc.sentences[r.si + 1];
  if (!next || !/^["“«„]/.test(next.exact)) return false;
  const channel = channelOf(r.sent.exact) ?? c.channelBySpeaker.get(rootOf(c.reg, r.att.speaker)) ?? null;
  // the quotation's paragraph is the speaker's: it takes the lead-in's paragraph for its own
  state.lastSpeaker = { ref: r.att.speaker, para: c.paragraphIndex(next.start), channel };
  return true;
}

/**
 * Rule: "“...” This was stated by X." right after a quotation the sentence already gave to X
 * (see attributionAfterQuotation) is no new statement: it joins that one's evidence; so does a
 * bare attribution the page cut off from its quotation ("“...” Ruto stated" at a line's end).
 */
function passiveAfterQuotation(c: StatementContext, _state: ReadingState, r: SentenceReading): boolean {
  if (!r.att || (r.att.via !== 'passive' && !bareAttribution(r.sent.exact)) || r.ownQuotes.length)
    return false;
  const last = c.out[c.out.length - 1];
  const q = last?.quoteSpan;
  if (!last || !q || last.speaker !== r.att.speaker || q.end > r.sent.start || r.sent.start - q.end > 4)
    return false;
  last.evidence.push(clip(c.reg, r.sent));
  return true;
}

/**
 * A sentence that says only where words were said: "He said in an interview to the Rossiya-1 TV
 * channel.", "Petrov said this at a news conference in Lima." (nothing reported: no "that", no
 * colon, no quotation but the title of a programme).
 */
const MEDIUM_ONLY =
  /^(?:He|She|[\p{Lu}][\p{L}’'-]+(?: [\p{Lu}][\p{L}’'-]+)?) (?:said|spoke|made (?:the|these) remarks)(?: this| so)? (?:in|during|at|to|on) (?:an?|the|his|her) [^:;"“”]{0,40}?\b(?:interview|press conference|news conference|briefing)\b/u;

/** What names a work right before its quoted title ("a public lecture, ‘...’", "a report titled “...”"). */
const WORK_BEFORE_TITLE =
  /(?:(?:channel['’]s|programme|program|show|newspaper|magazine|book|film|documentary|lecture|exhibition),?|titled|entitled|themed|under the (?:theme|title),?)\s*$/i;

/**
 * Rule: a quotation that is the title of a work ("the channel's ‘Moscow. Kremlin.’ programme",
 * "after delivering a public lecture, ‘Strategic Relations: Challenges and Hopes’") is nobody's
 * words. "in his speech, “We must ...”" and "according to the report, “...”" quote words.
 */
function titleOfWork(text: string, q: Quotation): boolean {
  return (
    WORK_BEFORE_TITLE.test(text.slice(Math.max(0, q.outer.start - 30), q.outer.start)) ||
    /^\s*(?:programme|program|show|talk show)\b/i.test(text.slice(q.outer.end, q.outer.end + 20))
  );
}

/**
 * Rule: "He said in an interview to the Rossiya-1 TV channel's ‘Moscow. Kremlin. Putin.’
 * Programme." is no statement of its own: it only places the words before it (remarksPlacedAfter
 * gives them the medium), and a programme's title in it is no quotation. "He said in an
 * interview that talks would resume" and "She said at a briefing: “...”" report words.
 */
function mediumOnlySentence(c: StatementContext, state: ReadingState, r: SentenceReading): boolean {
  if (!r.att || !MEDIUM_ONLY.test(r.sent.exact) || /\bthat\b/.test(r.sent.exact)) return false;
  if (!r.quotesHere.every((q) => titleOfWork(c.doc.text, q))) return false;
  for (const q of r.quotesHere) state.used.add(q);
  return true;
}

/**
 * Rule: an attributed sentence is a statement of its speaker, quoting its first quotation; more
 * quotations in the same sentence are further statements of the same speaker.
 */
function attributedSentence(c: StatementContext, state: ReadingState, r: SentenceReading): boolean {
  const { att, sent, ownQuotes } = r;
  if (!att) return false;
  const { doc, reg, out } = c;
  // a speaker found by description ("the Spanish minister said", "..., said the Spanish
  // minister") becomes what the text is about, for "he" and "the official"
  if ((att.via === 'description' || att.via === 'inverted') && reg.get(att.speaker)?.kind === 'person')
    describedSpeakerOwnsSentence(c.subjects, att, sent.end);
  const channel = channelOf(sent.exact) ?? c.channelBySpeaker.get(rootOf(reg, att.speaker)) ?? null;
  if (channel) c.channelBySpeaker.set(rootOf(reg, att.speaker), channel);
  const quote = ownQuotes[0] ?? null;
  const evidence: Span[] = [clip(reg, sent)];
  if (quote) {
    state.used.add(quote);
    const qs = doc.sentences[sentenceAt(doc, quote.inner.start)];
    if (qs && qs.start !== sent.start) evidence.unshift(clip(reg, qs));
  }
  const first = quote ? speakerOfQuotation(reg, att, quote) : att.speaker;
  out.push(statement(reg, out.length, first, channel, quote, sent, evidence));
  const joint = quote ? null : jointSpeakerBefore(c, att, sent);
  if (joint) out.push(statement(reg, out.length, joint, channel, null, sent, evidence));
  if (quote && addedAfterQuotation(doc.text, sent, ownQuotes))
    out.push(statement(reg, out.length, first, channel, null, sent, evidence));
  state.lastSpeaker = { ref: first, para: c.paragraphIndex(sent.start), channel };
  for (const q of ownQuotes.slice(1)) {
    state.used.add(q);
    if (wordCount(q.inner.exact) < 3) continue;
    const speaker = speakerOfQuotation(reg, att, q);
    out.push(statement(reg, out.length, speaker, channel, q, sent, [clip(reg, sent)]));
    state.lastSpeaker = { ref: speaker, para: c.paragraphIndex(sent.start), channel };
  }
  return true;
}

/** ", adding that ...", ", adding: ...": more words of the same speaker, reported. */
const ADDING = /,\s+(?:and\s+)?adding(?:\s+that\b|\s*:)/;

/**
 * Rule: "“It was brilliant,” X said of the summit, adding that it was a remarkable one": words
 * reported after the sentence's last quotation by ", adding that" are a piece of indirect speech
 * of their own, one more statement of the speaker. An "adding" inside a quotation is the
 * quotation's (only the words after the last one are read).
 */
function addedAfterQuotation(text: string, sent: Span, quotes: readonly Quotation[]): boolean {
  const last = quotes[quotes.length - 1];
  return !!last && ADDING.test(text.slice(last.outer.end, sent.end));
}

/** "A and B" right before the subject's mention: only "and", perhaps "the", between them. */
const AND_BETWEEN_SUBJECTS = /^\s+and\s+(?:the\s+)?$/;

/**
 * Rule: "the Peruvian Foreign Ministry and the Chilean Foreign Ministry confirmed that ...": words
 * reported of two speakers joined by "and" are one statement of each. The subject rule found the
 * second; the first stands right before it, of the same kind. Only for reported words (a
 * quotation is one speaker's) and only for a speaker found as the subject. (Two persons joined
 * so, "Vidal and Lind said that ...", get no speaker from the subject rule yet.)
 */
function jointSpeakerBefore(c: StatementContext, att: Attribution, sent: Span): string | null {
  if (att.via !== 'subject') return null;
  const { reg, doc } = c;
  const kind = reg.get(att.speaker)?.kind;
  const before = reg
    .mentionsIn(sent.start, att.at)
    .filter((m) => m.end <= att.at && AND_BETWEEN_SUBJECTS.test(doc.text.slice(m.end, att.at)));
  const other = before[before.length - 1];
  if (!other || other.ref === att.speaker || other.via === 'title') return null;
  return reg.get(other.ref)?.kind === kind ? other.ref : null;
}

/**
 * Rule: "X told reporters '...' while Y said, "..."": in a sentence that names two persons who
 * speak, each quotation goes to the person whose verb comes last before it; a quotation with
 * no speaker before it goes to the sentence's speaker ("...," said X).
 */
function speakerOfQuotation(reg: StatementContext['reg'], att: Attribution, q: Quotation): string {
  const persons = (att.alongside ?? []).filter((a) => reg.get(a.speaker)?.kind === 'person');
  if (new Set(persons.map((a) => a.speaker)).size < 2) return att.speaker;
  const before = persons.filter((a) => a.at < q.outer.start);
  return before.length ? (before[before.length - 1] as Attribution).speaker : att.speaker;
}

/** "held a media briefing", "gave a press conference", "addressed reporters". */
const HOLDS_BRIEFING =
  /\b(?:held|holds|hosted|gave|gives)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:briefing|press conference|news conference|presser)\b|\baddressed (?:the )?(?:media|reporters|journalists|the press)\b/;

/**
 * Rule: "Ramaphosa's spokesperson Vincent Magwenya held a media briefing on Wednesday." followed
 * by quotations with no attribution: the one who held the briefing speaks them, through it, and
 * what the holder says after it ("He especially underlined in his speech that ...") continues
 * that report. The sentence itself reports no words. "The ministry held a briefing" names no
 * person: no one.
 */
function holderOfBriefing(c: StatementContext, state: ReadingState, r: SentenceReading): boolean {
  const held = r.att ? null : HOLDS_BRIEFING.exec(r.sent.exact);
  if (!held) return false;
  const holder = personRightBefore(c, r.sent.start + held.index) ?? subjectOf(c, r.sent);
  if (!holder || c.reg.get(holder)?.kind !== 'person') return false;
  const channel = channelOf(r.sent.exact);
  state.lastSpeaker = { ref: holder, para: c.paragraphIndex(r.sent.start), channel };
  // what the holder says after it continues the report of the briefing
  const root = rootOf(c.reg, holder);
  if (channel && !c.channelBySpeaker.has(root)) c.channelBySpeaker.set(root, channel);
  return false;
}

/** The person named right before `at` ("spokesperson Vincent Magwenya held"), past adverbs. */
function personRightBefore(c: StatementContext, at: number): string | null {
  const m = c.reg
    .mentionsIn(Math.max(0, at - 80), at)
    .filter((x) => c.reg.get(x.ref)?.kind === 'person')
    .pop();
  return m && /^\s+(?:(?:also|today|\w+ly)\s+)?$/.test(c.doc.text.slice(m.end, at)) ? m.ref : null;
}

/** Rule: an unattributed quotation that starts here: its own later attribution, else the previous speaker goes on. */
function continuedQuotations(c: StatementContext, state: ReadingState, r: SentenceReading): boolean {
  for (const q of r.ownQuotes) continuedQuotation(c, state, r, q);
  return true;
}

function continuedQuotation(
  c: StatementContext,
  state: ReadingState,
  r: SentenceReading,
  q: Quotation,
): void {
  const { doc, reg, channelBySpeaker } = c;
  const { sent } = r;
  if (q.inner.start < sent.start || wordCount(q.inner.exact) < 4) return;
  const endSent = doc.sentences[sentenceAt(doc, Math.max(q.outer.start, q.outer.end - 1))];
  const who = attributionAfterQuotation(c, r, q, endSent);
  const para = c.paragraphIndex(q.outer.start);
  let speaker = who?.speaker ?? subjectBeforeQuotation(c, r, q);
  const last = state.lastSpeaker;
  if (!speaker && !nobodyNamed(c, r, q, endSent) && last && para - last.para <= 1) speaker = last.ref;
  if (!speaker) return;
  state.used.add(q);
  const channel: Channel | null =
    (who ? channelOf((endSent ?? sent).exact) : null) ??
    channelBySpeaker.get(rootOf(reg, speaker)) ??
    (last && speaker === last.ref ? last.channel : null);
  const evidence: Span[] = [clip(reg, sent)];
  if (endSent && endSent.start !== sent.start) evidence.push(clip(reg, endSent));
  if (channel && !channelBySpeaker.has(rootOf(reg, speaker)))
    channelBySpeaker.set(rootOf(reg, speaker), channel);
  c.out.push(statement(reg, c.out.length, speaker, channel, q, sent, evidence));
  state.lastSpeaker = { ref: speaker, para, channel };
}

/**
 * Rule: "In a separate media appearance, Petro rated the meeting a “9 out of 10.”", "Trump called
 * the talks “very good”": a person who opens the sentence (after an introductory phrase at most)
 * and whose clause runs into the quotation with no one else named is its speaker, whatever the
 * verb. "The talks, Petro’s aides said, were “good”" names him after a comma, not as the subject.
 */
function subjectBeforeQuotation(c: StatementContext, r: SentenceReading, q: Quotation): string | null {
  const { reg, doc } = c;
  const people = reg
    .mentionsIn(r.sent.start, q.outer.start)
    .filter((m) => reg.get(m.ref)?.kind === 'person' && c.outside(m.start, m.end));
  const first = people[0];
  if (!first || people.some((m) => m.ref !== first.ref)) return null;
  const opening = doc.text.slice(r.sent.start, first.start);
  if (!/^(?:(?:[A-Z][^,]{0,60},\s*)?(?:[A-Z][\p{L}-]*\s+){0,4})?$/u.test(opening)) return null;
  const between = doc.text.slice(first.end, q.outer.start);
  // "Ruiz agreed: “...”": a verb and a colon before the quotation (SPEAKER VERB: "...")
  return /^\s+[a-z][^,;:]{0,80}(?::\s*)?$/.test(between) ? first.ref : null;
}

/**
 * The attribution may follow the quotation: in the sentence where it ends, else in the sentence
 * right after it in the same paragraph (unless that one opens a quotation of its own).
 */
function attributionAfterQuotation(
  c: StatementContext,
  r: SentenceReading,
  q: Quotation,
  endSent: Span | undefined,
): Attribution | null {
  const { doc, reg, idx, subjects, outside, relayers } = c;
  if (endSent && endSent.start !== r.sent.start) {
    const who = attribution(doc, reg, idx, endSent, subjects, outside, relayers);
    if (who) return who;
  }
  let after: Span | undefined;
  for (let k = r.si + 1; k < doc.sentences.length && !after; k++) {
    const x = doc.sentences[k] as Span;
    if (x.start >= q.outer.end - 1) after = x;
  }
  if (!after || c.paragraphIndex(after.start) !== c.paragraphIndex(q.outer.end) || /^[“"]/.test(after.exact))
    return null;
  const a2 = attribution(doc, reg, idx, after, subjects, outside, relayers);
  return a2 && after.start - q.outer.end < 5 ? a2 : null;
}

/**
 * A sentence that opens with its own verb of saying before the quotation ("A trade ministry
 * statement said ... “...”", "The two sides said they were “...”") gives the quotation to that
 * subject; when no rule could name it, the quotation is nobody's, not the previous speaker's.
 */
const OWN_SAYING_VERB =
  /\b(?:said|says|stated|states|read|reads|noted|added|told|declared|announced|wrote|stressed|insisted|argued|explained)\b/;

/**
 * Rule: "...," a NATO diplomat said: someone unnamed speaks, not the previous speaker; "It was
 * specified that they “...”": an impersonal passive names no one either; nor does a sentence
 * whose own subject said it, when that subject is no one known (OWN_SAYING_VERB).
 */
function nobodyNamed(
  c: StatementContext,
  r: SentenceReading,
  q: Quotation,
  endSent: Span | undefined,
): boolean {
  const text = c.doc.text;
  const closing = endSent ? text.slice(q.outer.end, endSent.end) : '';
  const opener = text.slice(r.sent.start, q.outer.start);
  const impersonal = IMPERSONAL_REPORT.test(opener) || OWN_SAYING_VERB.test(opener);
  return impersonal || /^\s*,?\s*(?:\w+\s+){0,6}(?:said|told|added|noted|stressed)\b/.test(closing);
}
