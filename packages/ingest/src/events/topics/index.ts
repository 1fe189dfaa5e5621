// Topics of meetings: what the text says was discussed or decided, as short phrases, each with
// the span it stands in, the sentence that says so and the rule that read it.
import type { Doc } from '../../doc.js';
import { WordGate } from '../../text/word-gate.js';
import type { MeetingRecord, Mention, Span, TopicEvidence } from '../../types.js';
import { type CueSite, meetingOfCue, topicContext } from './attach.js';
import { topicPhrases } from './phrases.js';
import { TOPIC_HINT, TOPIC_RULES, type TopicCue } from './rules.js';

export { TOPIC_RULES, type TopicCue, type TopicRule } from './rules.js';

/**
 * Finds the topics every meeting's sentences give and adds them to `meeting.topics` (distinct,
 * in text order) and `meeting.topicEvidence`. A topic whose sentence points at no meeting is dropped.
 */
export function attachTopics(doc: Doc, mentions: readonly Mention[], meetings: MeetingRecord[]): void {
  if (!meetings.length) return;
  const ctx = topicContext(doc, mentions, meetings);
  doc.sentences.forEach((sentence, index) => {
    const cues = cuesOf(sentence.exact);
    // the hint is asked only where a rule fired: a regex over every sentence, it cost more than
    // the gated rules do (a sentence without the hint gives no topics, as before)
    if (!cues.length || !TOPIC_HINT.test(sentence.exact)) return;
    for (const found of topicsOfSentence(sentence, index, ctx, cues)) addTopic(found.meeting, found.evidence);
  });
}

interface FoundTopic {
  meeting: MeetingRecord;
  evidence: TopicEvidence;
}

function topicsOfSentence(
  sentence: Span,
  index: number,
  ctx: ReturnType<typeof topicContext>,
  cues: readonly TopicCue[],
): FoundTopic[] {
  const text = sentence.exact;
  const found: FoundTopic[] = [];
  const taken: Array<[number, number]> = [];
  for (const cue of cues) {
    const phrases = topicPhrases(text, cue).filter((p) => !taken.some(([s, e]) => p.start < e && p.end > s));
    const first = phrases[0];
    const last = phrases[phrases.length - 1];
    if (!first || !last) continue;
    const meeting = meetingOfCue(ctx, siteOf(sentence, index, cue, first.start, last.end));
    if (!meeting) continue;
    for (const p of phrases) {
      taken.push([p.start, p.end]);
      const span: Span = {
        start: sentence.start + p.start,
        end: sentence.start + p.end,
        exact: text.slice(p.start, p.end),
      };
      found.push({
        meeting,
        evidence: { topic: span.exact, span, sentence: { ...sentence }, rule: cue.rule },
      });
    }
  }
  return found;
}

/** The topic rules, gated by their key words (TopicRule.needs). */
const GATE = new WordGate(TOPIC_RULES);

/**
 * Every rule's cues, in text order (a later cue over the same words adds nothing). A rule runs
 * only when the sentence has one of its key words.
 */
function cuesOf(text: string): TopicCue[] {
  const cues: TopicCue[] = [];
  for (const rule of GATE.open(text)) for (const c of rule.find(text)) cues.push(c);
  return cues.sort((a, b) => a.triggerStart - b.triggerStart);
}

/** The sentence around the topic stretch [from, to) (offsets into the sentence). */
function siteOf(sentence: Span, index: number, cue: TopicCue, from: number, to: number): CueSite {
  const text = sentence.exact;
  return {
    sentence: index,
    stretchStart: sentence.start + from,
    stretchEnd: sentence.start + to,
    anaphoric: cue.anaphoric,
    text: `${text.slice(0, from)} ${text.slice(to)}`,
    trigger: text.slice(cue.triggerStart, cue.triggerEnd),
  };
}

function addTopic(meeting: MeetingRecord, evidence: TopicEvidence): void {
  const key = evidence.topic.toLowerCase();
  if (!meeting.topics.some((t) => t.toLowerCase() === key)) meeting.topics.push(evidence.topic);
  meeting.topicEvidence ??= [];
  if (
    !meeting.topicEvidence.some(
      (e) => e.span.start === evidence.span.start && e.span.end === evidence.span.end,
    )
  )
    meeting.topicEvidence.push(evidence);
}
