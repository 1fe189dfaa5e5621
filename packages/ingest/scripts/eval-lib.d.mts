import type { ArticleMeta, Extraction } from '../src/types.js';

export interface KindScore {
  gold: number;
  pred: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}
/** Attribute accuracy over matched records (kind, date, place, within, topics, about, channel). */
export interface AttributeScore {
  right: number;
  total: number;
  accuracy: number;
}
export interface Evaluation {
  kinds: Record<'persons' | 'organizations' | 'alliances' | 'places' | 'meetings' | 'statements', KindScore>;
  macroF1: number;
  spans: number;
  exactSpans: number;
  attributes: Partial<Record<string, AttributeScore>>;
  summary: string;
}
export function evaluate(
  evalDir: string,
  goldPath: string,
  metaFor: (doc: { key: string; file: string }) => ArticleMeta,
  extract: (text: string, meta?: ArticleMeta) => Extraction,
  options?: { only?: string | null; log?: (line: string) => void },
): Evaluation;
