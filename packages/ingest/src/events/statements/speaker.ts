// Who can fill a speaker slot: a mention that may speak, the person after a title, the
// institution behind a bare document or press service, the source an outlet cites.
import type { Registry } from '../../entities/registry.js';
import type { Mention, Span } from '../../types.js';

/**
 * The record a mention names when it can speak: a person, or an institution that is not an
 * alliance (the Kremlin and the White House always can). An organization only implied by a
 * title ("Foreign Minister") does not speak there, nor does an outlet unless it is a channel.
 */
export function speakingRef(reg: Registry, text: string, m: Mention): string | null {
  const r = reg.get(m.ref);
  // an organization only implied by a title ("Foreign Minister") does not speak there
  if (!r || m.via === 'title') return null;
  if (r.kind === 'person') return r.ref;
  if (
    (r.kind === 'organization' && r.orgKind !== 'alliance') ||
    (r.kind === 'organization' && /^(?:Kremlin|White House)$/.test(r.name))
  ) {
    if (
      r.kind === 'organization' &&
      r.orgKind === 'media' &&
      !/channel/i.test(text.slice(Math.max(0, m.start - 30), m.start))
    )
      return null;
    return r.ref;
  }
  return null;
}

/**
 * Rule: "according to presidential spokesperson Kim Soo-ah", "according to Foreign Ministry
 * spokesman Li Wen", "according to Russian Foreign Minister X": a person named after a title of
 * up to five words, in either case. "according to the plan
 * Kim drafted" names no title before the person, so it is not his word.
 */
export function titledPersonAt(
  reg: Registry,
  text: string,
  pos: number,
  mentions: Mention[],
): Mention | undefined {
  return mentions.find(
    (x) =>
      x.start > pos &&
      x.start < pos + 80 &&
      reg.get(x.ref)?.kind === 'person' &&
      /^(?:[\p{L}.’'-]+\s+){0,4}(?:[A-Za-z-]*(?:spokes(?:man|woman|person)|secretary|minister|president|adviser|advisor|official|envoy|ambassador|chief|head)|premier|chancellor)\s+$/iu.test(
        text.slice(pos, x.start),
      ),
  );
}

/**
 * The institution a bare press service, statement or readout belongs to: the one that relayed the
 * last words, else the latest national institution (ministry, government, press service) named
 * before, never a council of an alliance.
 */
export function relayingInstitution(reg: Registry, at: number, relayers: string[]): string | undefined {
  const relayed = relayers[relayers.length - 1];
  const isInstitution = (ref: string): boolean => {
    const r = reg.get(ref);
    return (
      r?.kind === 'organization' &&
      (r.orgKind === 'ministry' || r.orgKind === 'government' || /^Press (?:service|office)/i.test(r.name))
    );
  };
  return (
    (relayed && isInstitution(relayed) ? relayed : undefined) ??
    reg
      .mentionsIn(Math.max(0, at - 3000), at)
      .filter((m) => isInstitution(m.ref) && m.via !== 'title')
      .pop()?.ref ??
    relayed
  );
}

/**
 * Rule: "…, according to the readout." / "according to a statement": the document speaks for
 * the institution that issued it (see relayingInstitution). "according to the plan" is no
 * document of an institution.
 */
export function documentOfInstitution(
  reg: Registry,
  phrase: string,
  at: number,
  relayers: string[],
): string | null {
  if (!/^(?:an? )?(?:readout|statement|communiqu[eé]|press release|transcript)$/i.test(phrase)) return null;
  return relayingInstitution(reg, at, relayers) ?? null;
}

/**
 * Rule: the source an outlet cites ("..., citing the press service of the Defence Ministry",
 * "with reference to the Telegram channel of X"): the mention right after the cue.
 */
export function citedSource(text: string, sent: Span, speakers: Mention[]): Mention | null {
  // "with reference to the Telegram channel of the Defence Ministry": the channel's owner
  const cue =
    /\b(?:citing|with reference to|referring to)\s+(?:the\s+|a\s+)?(?:(?:Telegram channel|press service|website|page|account|statement) of (?:the\s+)?)?/g;
  const s = text.slice(sent.start, sent.end);
  for (let m = cue.exec(s); m; m = cue.exec(s)) {
    const pos = sent.start + m.index + m[0].length;
    const hit = speakers.find((x) => x.start >= pos - 4 && x.start <= pos + 1 && x.end > pos);
    if (hit) return hit;
  }
  return null;
}

/** A press service speaks for its institution: channel memory is kept per institution. */
export function rootOf(reg: Registry, ref: string): string {
  const r = reg.get(ref);
  if (r?.kind === 'organization' && r.parent && /^Press service/i.test(r.name)) return r.parent;
  return ref;
}
