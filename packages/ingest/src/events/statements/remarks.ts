// The medium told after the words: "X made the remarks at a press conference", "He was speaking
// at a news conference in Beijing" name where the words before them were said.
import type { Channel, Span, StatementRecord } from '../../types.js';
import { channelOf } from './channel.js';
import type { StatementContext } from './context.js';
import { noteStatementRule } from './rule-names.js';
import { rootOf } from './speaker.js';

/** A sentence that places words already reported: "made the remarks", "was speaking". */
const REMARKS_PLACED =
  /\b(?:made|gave|delivered|offered) (?:the|these|those|his|her|their) (?:remarks|comments)\b|\b(?:was|were) speaking\b/;

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
function subjectOf(c: StatementContext, sent: Span): string | null {
  const named = c.reg
    .mentionsIn(sent.start, Math.min(sent.end, sent.start + 60))
    .find((m) => c.reg.get(m.ref)?.kind === 'person');
  if (named && /^\s*(?:[A-Z][\p{L}.’'-]*\s+){0,4}$/u.test(c.doc.text.slice(sent.start, named.start)))
    return named.ref;
  if (!/^(?:He|She)\b/.test(sent.exact)) return null;
  const before = c.out.filter((s) => firstStart(s.evidence) < sent.start);
  return before[before.length - 1]?.speaker ?? null;
}

function firstStart(evidence: Span[]): number {
  return Math.min(...evidence.map((e) => e.start));
}
