// The shapes the statements stage's files share, in one module that imports no other file of
// the stage, so that the stage's files import each other in one direction only.
import type { Doc } from '../../doc.js';
import type { EntityIndex } from '../../entities/index.js';
import type { Registry } from '../../entities/registry.js';
import type { Quotation } from '../../text/quotes.js';
import type { Channel, MeetingRecord, Span, StatementRecord } from '../../types.js';

/** Who a sentence gives its words to, where the speaker's words are, and which rule found them. */
export interface Attribution {
  speaker: string;
  /** offsets of the speaker's words */
  at: number;
  via: string;
  /** the frame rule that found it (its function name), for explain */
  rule?: string;
  /** every attribution its sentence has, in the order found (set on the one chosen) */
  alongside?: Attribution[];
}

/** A person or organization a sentence is about, and where. */
export interface Subject {
  ref: string;
  at: number;
}

export interface Transcript {
  speaker: string;
  header: Span;
  bodyStart: number;
}

export interface StatementContext {
  doc: Doc;
  reg: Registry;
  idx: EntityIndex;
  meetings: MeetingRecord[];
  /** top-level quotations, in text order */
  topQuotes: Quotation[];
  /** whether [a, b) lies outside every top-level quotation */
  outside: (a: number, b: number) => boolean;
  subjects: Subject[];
  /** the medium last known for each speaker (an institution for its press service) */
  channelBySpeaker: Map<string, Channel>;
  /** institutions that relayed words so far, latest last */
  relayers: string[];
  transcript: Transcript | null;
  /** the paragraph (non-empty line) a position is in */
  paragraphIndex: (pos: number) => number;
  out: StatementRecord[];
}

/** A stage of the statements stage: reads the context, adds to or changes `out`. */
export type StatementStage = (c: StatementContext) => void;
