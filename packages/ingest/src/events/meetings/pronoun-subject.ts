import { type Doc, sentenceAt } from '../../doc.js';
import { describedPerson } from '../../entities/describe.js';
import type { Registry } from '../../entities/registry.js';
import type { Span } from '../../types.js';

/**
 * Rule: "He also spoke with X" right after a sentence that opens with a description ("The
 * Chilean foreign minister visited Lima ...") is about the person that description stands for.
 * Null when the sentence does not open with a pronoun or the one before is not about a described person.
 */
export function pronounAfterDescription(doc: Doc, reg: Registry, sent: Span): string | null {
  if (!/^(?:He|She)\b/.test(sent.exact)) return null;
  const prev = doc.sentences[sentenceAt(doc, sent.start) - 1];
  if (!prev || !/^\s*The\s/.test(doc.text.slice(prev.start, prev.start + 8))) return null;
  return describedPerson(reg, doc.text, prev.start, Math.min(prev.end, prev.start + 60));
}
