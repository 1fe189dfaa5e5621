// The statements stage: who said what, through which medium, about which meeting. Each stage
// below is a named function over one StatementContext, run in order; the rules of each stage
// are in events/statements/ (attribution frames in frames.ts, triggers in triggers.ts).
import type { Doc } from '../doc.js';
import type { EntityIndex } from '../entities/index.js';
import type { Registry } from '../entities/registry.js';
import type { MeetingRecord, StatementRecord } from '../types.js';
import { aboutMeetings, speakersJoinSittings } from './statements/about.js';
import { keyStatements } from './statements/build.js';
import { type StatementStage, statementContext } from './statements/context.js';
import { labelledStatements } from './statements/labels.js';
import { dedupe, foldHeadline } from './statements/merge.js';
import { embeddedPosts } from './statements/posts.js';
import { remarksPlacedAfter } from './statements/remarks.js';
import { runNamedStage } from './statements/rule-names.js';
import { sentenceStatements } from './statements/sentences.js';
import { transcriptStatements } from './statements/transcript.js';

export { statementKey } from './statements/build.js';
export { channelOf } from './statements/channel.js';
export { statementRules } from './statements/rule-names.js';

/** In order. */
const STATEMENT_STAGES: StatementStage[] = [
  sentenceStatements, // attributed sentences, their quotations, quotations that continue a speaker
  transcriptStatements, // "Press conference by ...": each paragraph of the body
  labelledStatements, // "Name, Title:" turns and "Name: claim" headlines
  embeddedPosts, // "<text> — Name (@handle) date"
  remarksPlacedAfter, // "X made the remarks at a press conference": the medium of the words before
  foldHeadline, // a headline telling the body's statement joins it
  dedupe, // the same words by the same speaker told twice
  aboutMeetings, // the meeting each statement is about
  speakersJoinSittings, // who speaks after a sitting took part in it
  keyStatements,
];

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
  const c = statementContext(doc, reg, idx, meetings);
  for (const stage of STATEMENT_STAGES) runNamedStage(stage, c);
  return c.out;
}
