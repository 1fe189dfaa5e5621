// What the attribution rules read: one sentence, and one verb of saying in it.
import type { Doc } from '../../doc.js';
import type { EntityIndex } from '../../entities/index.js';
import type { Registry } from '../../entities/registry.js';
import type { Mention, Span } from '../../types.js';
import type { TriggerWord } from './triggers.js';
import type { Attribution, Subject } from './types.js';

export type { Attribution } from './types.js';

/** One sentence read for its speaker. */
export interface SentenceSite {
  doc: Doc;
  reg: Registry;
  idx: EntityIndex;
  text: string;
  sent: Span;
  subjects: Subject[];
  outside: (a: number, b: number) => boolean;
  /** institutions that relayed words so far in the document, latest last */
  relayers: string[];
  /** the sentence's mentions outside quotations */
  mentionsHere: Mention[];
  /** the words of the sentence that open an attribution (scanSpeech), in order */
  triggers: readonly TriggerWord[];
}

/** The phrase a clause has for its subject right before the verb, and where it starts. */
export interface SubjectPhrase {
  phrase: string;
  at: number;
}

/** One verb of saying in a sentence: what its frame rules read. */
export interface VerbSite extends SentenceSite {
  /** the verb, lower case */
  verb: string;
  /** offset of the verb in the document */
  vStart: number;
  /** the sentence up to the verb */
  before: string;
  /** attributions already found in this sentence */
  found: Attribution[];
  /** memo of subjectPhrase(): undefined until read */
  phrase?: SubjectPhrase | null;
}
