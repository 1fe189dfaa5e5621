// The index the entity stage hands on: which record claims each token, and the organization
// hits in text order, with the searches later stages make over them.
import { type Doc, tokenAt } from '../doc.js';
import { firstStartingAfter } from '../text/sort.js';
import type { Token } from '../text/tokenize.js';
import type { PersonRecord } from '../types.js';
import type { LexHit } from './lexicon.js';
import type { OrgHit } from './organizations.js';

export interface EntityIndex {
  hits: LexHit[];
  /** what claims token i: 'country' | 'demonym' | 'city' | 'org' | 'person' | ... */
  tokenKind: Array<string | null>;
  /** record ref that claims token i */
  tokenRef: Array<string | null>;
  orgHits: OrgHit[];
  /** persons in order of first mention */
  persons: PersonRecord[];
}

/**
 * The organization hits that start in [from, to), once the entity rules are done (then
 * `idx.orgHits` is sorted by start): a binary search, so that a rule asking for the hits near
 * each candidate reads only those.
 */
export function orgHitsStartingIn(idx: EntityIndex, from: number, to: number): OrgHit[] {
  return hitsStartingIn(idx.orgHits, from, to);
}

/** The hits of `hits` (sorted by start) that start in [from, to). */
export function hitsStartingIn(hits: readonly OrgHit[], from: number, to: number): OrgHit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as OrgHit).start < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < hits.length && (hits[end] as OrgHit).start < to) end++;
  return hits.slice(lo, end);
}

/** The longest organization hit, in characters: how far before a position a hit holding it can start. */
export function longestOrgHit(idx: EntityIndex): number {
  let longest = 0;
  for (const h of idx.orgHits) longest = Math.max(longest, h.end - h.start);
  return longest;
}

/** Marks tokens start..end as claimed by record `ref` of `kind` (an organization overrides a place). */
export function claim(
  doc: Doc,
  idx: EntityIndex,
  start: number,
  end: number,
  kind: string,
  ref: string,
): void {
  for (let i = tokenAt(doc, start); i < doc.tokens.length && (doc.tokens[i] as Token).start < end; i++) {
    if (idx.tokenKind[i] && idx.tokenKind[i] !== 'demonym' && kind !== 'org') continue;
    idx.tokenKind[i] = kind;
    idx.tokenRef[i] = ref;
  }
}

/** The last of `hits` (sorted by start) that ends by `pos`, searched back from `pos`. */
export function lastHitEndingBy(hits: readonly OrgHit[], pos: number): OrgHit | undefined {
  for (let k = firstHitAfter(hits, pos) - 1; k >= 0; k--) if ((hits[k] as OrgHit).end <= pos) return hits[k];
  return undefined;
}

/** Index of the first hit of `hits` (sorted by start) starting after `pos`. */
function firstHitAfter(hits: readonly OrgHit[], pos: number): number {
  return firstStartingAfter(hits, pos);
}
