// The medium told after the words: "X made the remarks at a press conference", "He was speaking
// at a news conference in Beijing" name where the words before them were said.

import { TITLE_WORDS } from '../../entities/titles.js';
import type { Channel, Span, StatementRecord } from '../../types.js';
import { channelOf } from './channel.js';
import type { StatementContext } from './context.js';
import { noteStatementRule } from './rule-names.js';
import { rootOf } from './speaker.js';

/**
 * A sentence that places words already reported: "made the remarks", "was speaking"; or that
 * opens the questions the words answer: "was asked about", "fielded a number of questions".
 */
const REMARKS_PLACED =
  /\b(?:said|spoke)(?: this| so)? (?:in|during|at|to) (?:an?|the|his|her) [^:;"“”]{0,40}?\b(?:interview|press conference|news conference|briefing)\b(?![^.]*\bthat\b)|\b(?:made|gave|delivered|offered) (?:the|these|those|his|her|their) (?:remarks|comments)\b|\b(?:was|were) (?:speaking|asked)\b|\b(?:fielded|answered|took) (?:\w+ ){0,3}questions\b/;

/** How many paragraphs back the words placed may be. */
const PARAGRAPHS_BACK = 3;

/**
 * Stage: "Jean Ping made the remarks at a press conference ...", "He was speaking at a news
 * conference": the medium goes to the subject's statements that have none, just before the
 * sentence and just after it, each way up to the words of someone else.
 */
export function remarksPlacedAfter(c: StatementContext): void {
  for (const sent of c.doc.sentences) {
    if (!REMARKS_PLACED.test(sent.exact)) continue;
    const outsideText = c.outside(sent.start, sent.end) ? sent.exact : '';
    const channel = outsideText ? channelOf(outsideText) : null;
    if (!channel) continue;
    const speaker = subjectOf(c, sent);
    if (!speaker) continue;
    const root = rootOf(c.reg, speaker);
    const para = c.paragraphIndex(sent.start);
    const earlier = c.out.filter((s) => firstStart(s.evidence) < sent.start).reverse();
    const later = c.out.filter((s) => firstStart(s.evidence) >= sent.end);
    placeRun(c, earlier, root, para, channel);
    placeRun(c, later, root, para, channel);
  }
}

/** Gives `channel` to the run of `root`'s statements (nearest first) up to someone else's words. */
function placeRun(
  c: StatementContext,
  run: StatementRecord[],
  root: string,
  para: number,
  channel: Channel,
): void {
  for (const s of run) {
    if (!s.speaker || rootOf(c.reg, s.speaker) !== root) break;
    if (Math.abs(para - c.paragraphIndex(firstStart(s.evidence))) > PARAGRAPHS_BACK) break;
    if (s.channel) continue;
    s.channel = channel;
    noteStatementRule(s, 'channel', remarksPlacedAfter);
  }
}

/** The sentence's subject: a person named at its start, or "He"/"She" for the latest speaker. */
export function subjectOf(c: StatementContext, sent: Span): string | null {
  const named = c.reg
    .mentionsIn(sent.start, Math.min(sent.end, sent.start + 60))
    .find((m) => c.reg.get(m.ref)?.kind === 'person');
  if (named && /^\s*(?:[A-Z][\p{L}.’'-]*\s+){0,4}$/u.test(c.doc.text.slice(sent.start, named.start)))
    return named.ref;
  const asked = askedPerson(c, sent);
  if (asked) return asked;
  const titled = c.reg
    .mentionsIn(sent.start, Math.min(sent.end, sent.start + 100))
    .find((m) => c.reg.get(m.ref)?.kind === 'person');
  if (titled && titleOnlyBefore(c.doc.text.slice(sent.start, titled.start))) return titled.ref;
  if (!/^(?:He|She)\b/.test(sent.exact)) return null;
  const before = c.out.filter((s) => firstStart(s.evidence) < sent.start);
  return before[before.length - 1]?.speaker ?? null;
}

/**
 * Rule: "During a press briefing on Friday, Kremlin spokesman Ivan Petrov was asked about ...":
 * the person right before "was asked" is the one whose answers follow.
 */
function askedPerson(c: StatementContext, sent: Span): string | null {
  const m = /\s(?:was|were) asked\b/.exec(sent.exact);
  if (!m) return null;
  const at = sent.start + m.index;
  const p = c.reg.mentionsIn(sent.start, at).find((x) => x.end === at && c.reg.get(x.ref)?.kind === 'person');
  return p?.ref ?? null;
}

/**
 * A sentence opening that is only a title before the name: capitalised words, a dateline dash,
 * and the lower-case words of positions ("TEHRAN – Iran’s Foreign Ministry spokesman").
 */
function titleOnlyBefore(head: string): boolean {
  const words = head.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 8 &&
    words.every((w) => /^[\p{Lu}][\p{L}.’'-]*$|^[–—-]$/u.test(w) || TITLE_WORDS.has(w))
  );
}

function firstStart(evidence: Span[]): number {
  return Math.min(...evidence.map((e) => e.start));
}
