import { type Doc, sentenceAt } from '../doc.js';
import type { EntityIndex } from '../entities/index.js';
import type { Registry } from '../entities/registry.js';
import { type Quotation, quotationsOverlapping } from '../text/quotes.js';
import type { Channel, MeetingRecord, Span, StatementRecord } from '../types.js';
import { meetingKey } from './meetings.js';
import { type Attribution, attribution } from './statements/attribution.js';
import { clip, statement, statementKey, wordCount } from './statements/build.js';
import { channelOf, personalMedia } from './statements/channel.js';
import { labelledStatements } from './statements/labels.js';
import { dedupe, foldHeadline } from './statements/merge.js';
import { embeddedPosts } from './statements/posts.js';
import { rootOf } from './statements/speaker.js';
import { noteSubject, reportsTheSentence } from './statements/subjects.js';
import { transcriptParagraphs, transcriptSpeaker } from './statements/transcript.js';

export { statementKey } from './statements/build.js';
export { channelOf } from './statements/channel.js';

/**
 * Statements: one per attributed quotation and one per sentence of attributed indirect speech.
 * A quotation without an attribution in its sentence continues the previous speaker's words in
 * the same or the preceding paragraph. Transcripts ("Press conference by ...", "(As delivered)")
 * make each paragraph a statement of the person the header names.
 */
export function extractStatements(
  doc: Doc,
  reg: Registry,
  idx: EntityIndex,
  meetings: MeetingRecord[],
): StatementRecord[] {
  const out: StatementRecord[] = [];
  const text = doc.text;
  const topQuotes = doc.quotes.filter((q) => q.depth === 0);
  const quoteAt = (a: number, b: number): Quotation | undefined => {
    let lo = 0;
    let hi = topQuotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((topQuotes[mid] as Quotation).outer.start <= a) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const q = found >= 0 ? topQuotes[found] : undefined;
    return q && b <= q.outer.end ? q : undefined;
  };
  const outside = (a: number, b: number): boolean => !quoteAt(a, b);
  // salient subjects: the first person or organization of each sentence, for pronouns
  const subjects: Array<{ ref: string; at: number }> = [];
  const firstOf = new Map<number, { ref: string; at: number }>();
  for (const m of reg.mentionsIn(0, text.length)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'person' || !outside(m.start, m.end)) continue;
    const si = sentenceAt(doc, m.start);
    // a person after a preposition ("represented by X", "met with X") is not the sentence's
    // subject; the preposition must be in the same sentence ("... by Sergey Lavrov. Lavrov told")
    const sentenceStart = doc.sentences[si]?.start ?? 0;
    if (
      /\b(?:by|with|to|of|from|for|about|on|greeting|thanked|told)\s+(?:the\s+)?(?:[A-Z][\p{L}.’'-]*\s+){0,6}$/u.test(
        text.slice(Math.max(sentenceStart, m.start - 80), m.start),
      )
    )
      continue;
    if (!firstOf.has(si) || reportsTheSentence(text, m.end)) firstOf.set(si, { ref: r.ref, at: m.start });
  }
  for (const [, v] of [...firstOf].sort((a, b) => a[0] - b[0])) subjects.push(v);

  const channelBySpeaker = new Map<string, Channel>();
  // "Source: Sybiha on X (Twitter)", "Peskov on Telegram": a person's medium for the whole item
  for (const m of text.matchAll(/([A-Z][\p{L}-]+)\s+on\s+(X|Twitter|Telegram)\b/gu)) {
    const at = m.index ?? 0;
    const mention = reg
      .mentionsIn(at, at + (m[1] as string).length)
      .find((x) => reg.get(x.ref)?.kind === 'person');
    if (mention) channelBySpeaker.set(rootOf(reg, mention.ref), m[2] === 'Telegram' ? 'telegram' : 'x');
  }
  personalMedia(doc, reg, outside, channelBySpeaker);
  const relayers: string[] = [];
  const transcript = transcriptSpeaker(doc, reg);
  const used = new Set<Quotation>();
  let lastSpeaker: { ref: string; para: number; channel: Channel | null } | null = null;
  // paragraphs are lines (one paragraph per line in most stored articles); blank lines don't count
  const lineStarts: number[] = [];
  for (let i = 0; i < text.length; i++)
    if ((i === 0 || text[i - 1] === '\n') && text[i] !== '\n') lineStarts.push(i);
  const paragraphIndex = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si] as Span;
    if (transcript && sent.start > transcript.bodyStart) continue;
    const quotesHere = quotationsOverlapping(topQuotes, sent.start, sent.end);
    const att = attribution(doc, reg, idx, sent, subjects, outside, relayers);
    const ownQuotes = quotesHere.filter((q) => !used.has(q));
    // the closing sentence of a quotation already attributed ("...," Ushakov told reporters.)
    if (
      att &&
      !ownQuotes.length &&
      quotesHere.some((q) => used.has(q) && q.outer.end > sent.start && q.outer.start < sent.start)
    ) {
      const tail = text.slice(Math.max(...quotesHere.map((q) => q.outer.end)), sent.end);
      // a long tail is only a new statement when it reports something ("..., adding that ..."),
      // not when it only says who spoke and where ("Almeida said in a statement published by ...")
      if (wordCount(tail) <= 8 || !REPORTING_TAIL.test(tail)) continue;
    }
    if (att) {
      // a speaker found by description becomes what the text is about, for "he" and "the official"
      if (att.via === 'description' && reg.get(att.speaker)?.kind === 'person') noteSubject(subjects, att);
      const channel = channelOf(sent.exact) ?? channelBySpeaker.get(rootOf(reg, att.speaker)) ?? null;
      if (channel) channelBySpeaker.set(rootOf(reg, att.speaker), channel);
      const quote = ownQuotes[0] ?? null;
      const evidence: Span[] = [clip(reg, sent)];
      if (quote) {
        used.add(quote);
        const qs = doc.sentences[sentenceAt(doc, quote.inner.start)];
        if (qs && qs.start !== sent.start) evidence.unshift(clip(reg, qs));
      }
      out.push(statement(reg, out.length, att.speaker, channel, quote, sent, evidence));
      lastSpeaker = { ref: att.speaker, para: paragraphIndex(sent.start), channel };
      // more quotations in the same sentence are further statements of the same speaker
      for (const q of ownQuotes.slice(1)) {
        used.add(q);
        if (wordCount(q.inner.exact) < 3) continue;
        out.push(statement(reg, out.length, att.speaker, channel, q, sent, [clip(reg, sent)]));
      }
      continue;
    }
    // an unattributed quotation that starts here: the previous speaker goes on
    for (const q of ownQuotes) {
      if (q.inner.start < sent.start || wordCount(q.inner.exact) < 4) continue;
      // the attribution may follow the quote in a later sentence of the same paragraph
      const endSent = doc.sentences[sentenceAt(doc, Math.max(q.outer.start, q.outer.end - 1))];
      let who: Attribution | null = null;
      if (endSent && endSent.start !== sent.start)
        who = attribution(doc, reg, idx, endSent, subjects, outside, relayers);
      if (!who) {
        const after = doc.sentences.slice(si + 1).find((x) => x.start >= q.outer.end - 1);
        if (
          after &&
          paragraphIndex(after.start) === paragraphIndex(q.outer.end) &&
          /^[“"]/.test(after.exact) === false
        ) {
          const a2 = attribution(doc, reg, idx, after, subjects, outside, relayers);
          if (a2 && after.start - q.outer.end < 5) who = a2;
        }
      }
      const para = paragraphIndex(q.outer.start);
      let speaker = who?.speaker ?? null;
      // "...," a NATO diplomat said: someone unnamed speaks, not the previous speaker
      const closing = endSent ? text.slice(q.outer.end, endSent.end) : '';
      // "It was specified that they “...”": an impersonal passive names no one either
      const impersonal = IMPERSONAL_REPORT.test(text.slice(sent.start, q.outer.start));
      const unnamed =
        !who && (impersonal || /^\s*,?\s*(?:\w+\s+){0,6}(?:said|told|added|noted|stressed)\b/.test(closing));
      if (!speaker && !unnamed && lastSpeaker && para - lastSpeaker.para <= 1) speaker = lastSpeaker.ref;
      if (!speaker) continue;
      used.add(q);
      const channel: Channel | null =
        (who ? channelOf((endSent ?? sent).exact) : null) ??
        channelBySpeaker.get(rootOf(reg, speaker)) ??
        null;
      const evidence: Span[] = [clip(reg, sent)];
      if (endSent && endSent.start !== sent.start) evidence.push(clip(reg, endSent));
      if (channel && !channelBySpeaker.has(rootOf(reg, speaker)))
        channelBySpeaker.set(rootOf(reg, speaker), channel);
      out.push(statement(reg, out.length, speaker, channel, q, sent, evidence));
      lastSpeaker = { ref: speaker, para, channel };
    }
  }
  if (transcript) {
    for (const p of transcriptParagraphs(doc, transcript.bodyStart)) {
      const sp = reg.span(p.start, p.end);
      const quote: Quotation = { outer: sp, inner: sp, depth: 0, open: false };
      out.push(
        statement(reg, out.length, transcript.speaker, 'press_conference', quote, sp, [
          clip(reg, sp),
          transcript.header,
        ]),
      );
    }
  }
  labelledStatements(doc, reg, out);
  embeddedPosts(doc, reg, out, channelBySpeaker);
  foldHeadline(doc, reg, out);
  dedupe(out);
  // about: a meeting told in the statement's own sentence, else the article's main meeting (told first)
  const byPosition = [...meetings].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  for (const st of out) {
    const own = st.evidence[st.evidence.length - 1];
    if (!own) continue;
    let inSentence = meetings.find((m) => m.evidence.some((e) => e.start < own.end && own.start < e.end));
    // "The purpose of the call was ... following the summit in Geneva": a meeting named in a
    // time adjunct only dates the remark; the definite "the call" before it is the topic
    const adjunct = CONTEXT_ADJUNCT.exec(own.exact);
    if (
      inSentence &&
      adjunct &&
      DEFINITE_MEETING.test(own.exact.slice(0, adjunct.index)) &&
      inSentence.evidence[0]?.start === own.start
    ) {
      inSentence = byPosition.find((m) => m !== inSentence && (m.evidence[0]?.start ?? 0) < own.start);
    }
    st.about = inSentence?.ref ?? byPosition[0]?.ref ?? null;
  }
  // "After the meeting, the Prime Minister of Armenia said ...": who speaks at or right after a sitting took part in it
  for (const st of out) {
    const own = st.evidence[st.evidence.length - 1];
    const m = meetings.find((x) => x.ref === st.about);
    const speaker = reg.get(st.speaker);
    if (!own || !m || speaker?.kind !== 'person' || m.participants.includes(speaker.ref)) continue;
    if (
      !/\b(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing) (?:the|this) (?:\w+ )?(?:meeting|session|summit|talks|sitting|negotiations)\b/.test(
        own.exact,
      )
    )
      continue;
    if (m.meetingKind === 'bilateral' || m.meetingKind === 'call') continue;
    m.participants.push(speaker.ref);
    m.key = meetingKey(reg, m);
  }
  for (const st of out) st.key = statementKey(reg, st);
  return out;
}

/** "It was reported that", "it has been specified that": a report with no one behind it. */
const IMPERSONAL_REPORT = /\b[Ii]t (?:was|is|has been|had been) (?:also )?[a-z]+ed that\b/;

/** A meeting named as the time of something else: "following the July summit in Geneva". */
const CONTEXT_ADJUNCT =
  /\b(?:following|after|since|ahead of|in the run-up to)\s+(?:the\s+|last\s+|this\s+)?(?:[\w’'-]+\s+){0,8}(?:summit|meeting|talks|session|visit|negotiations|consultations|dialogue)\b/i;
/** A meeting referred back to: "the call", "the talks". */
const DEFINITE_MEETING =
  /\b[Tt]he (?:(?:phone|telephone)\s+)?(?:call|conversation|meeting|talks|visit|negotiations)\b/;

/** Words after a closing quote that introduce more reported content. */
const REPORTING_TAIL =
  /\b(?:that|adding|noting|stressing|saying|warning|explaining|(?:and|but|also) (?:said|added|noted|stressed|warned|called|urged|expressed|described|announced))\b|[:;]/;
