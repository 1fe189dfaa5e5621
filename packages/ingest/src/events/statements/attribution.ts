// Who a sentence attributes words to: the sentence frames in order, then one speaker chosen.
import type { Doc } from '../../doc.js';
import { resolveDescription } from '../../entities/describe.js';
import type { EntityIndex } from '../../entities/index.js';
import type { Registry } from '../../entities/registry.js';
import type { Span } from '../../types.js';
import { wordCount } from './build.js';
import { NOBODY, VERB_FRAMES } from './frames.js';
import type { Attribution, SentenceSite, VerbSite } from './site.js';
import { citedSource, rootOf, speakingRef } from './speaker.js';
import { anySpeech, SAID_THAT } from './speech.js';
import type { Subject } from './subjects.js';
import { scanSpeech } from './triggers.js';

export type { Attribution } from './site.js';

/** A rule over the whole sentence: adds what it finds to `found`. */
type SentenceFrame = (site: SentenceSite, found: Attribution[]) => void;

/** In order. */
const SENTENCE_FRAMES: SentenceFrame[] = [
  citingSource, // "Azernews reports, citing the press service of the ministry, that ..."
  eachVerbOfSaying, // VERB_FRAMES, for each trigger outside quotations
  inHisWords, // "In his words, ...", "According to him, ..."
  fromPointOfView, // "From Lavrov’s point of view"
];

/**
 * Finds who a sentence attributes words to: "<speaker> said/noted/told ...", "..., <speaker>
 * said.", "according to <speaker>", "said <speaker>", "from <speaker>’s point of view", "the
 * ministry cited <person> as saying", "<org>, which has repeatedly warned". A person who speaks
 * first wins over the ministry that relays them.
 */
export function attribution(
  doc: Doc,
  reg: Registry,
  idx: EntityIndex,
  sent: Span,
  subjects: Subject[],
  outside: (a: number, b: number) => boolean,
  relayers: string[] = [],
): Attribution | null {
  // verbs of saying in this sentence, outside quotations
  const speech = scanSpeech(sent.exact);
  if (!anySpeech(sent.exact, speech.saying)) return null;
  const mentionsHere = reg.mentionsIn(sent.start, sent.end).filter((m) => outside(m.start, m.end));
  const site: SentenceSite = {
    doc,
    reg,
    idx,
    text: doc.text,
    sent,
    subjects,
    outside,
    relayers,
    mentionsHere,
    triggers: speech.triggers,
  };
  const found: Attribution[] = [];
  for (const frame of SENTENCE_FRAMES) {
    const before = found.length;
    frame(site, found);
    for (let i = before; i < found.length; i++) (found[i] as Attribution).rule ??= frame.name;
  }
  const cited = citedAsSaying(site);
  if (cited) return { ...cited, rule: citedAsSaying.name };
  if (!found.length || relayOfUnnamedSource(site, found)) return null;
  for (const f of found) if (reg.get(f.speaker)?.kind === 'organization') relayers.push(f.speaker);
  const chosen = closingPersonAttribution(site, found) ?? firstPersonOrFirst(site, found);
  const relayed = personRelayedByInstitution(site, chosen);
  if (relayed) return relayed;
  return found.length > 1 ? { ...chosen, alongside: found } : chosen;
}

/**
 * A sentence opening with one person as its subject: "At the talks, Ruiz aired her opposition
 * to ...", "Ruiz, the host, also voiced ...". Two persons joined by "and" are no one speaker.
 */
const PERSON_OPENS_CLAUSE = /^(?:[A-Z][^,;:“”"]{0,60},\s+)?$/;
const VERB_AFTER_SUBJECT =
  /^(?:,[^,;:“”"]{1,80},)?\s+(?:(?:also|further|then|again|later|strongly|firmly)\s+)?[a-z]{3,}(?:ed|told|said|made|gave|took|spoke|saw|held|put)\b/;

/**
 * Rule: "At the talks, Ruiz aired her strong opposition to new tolls, according to the ministry",
 * "Ruiz voiced concern over the tolls, the ministry said": a person's words that reach the text
 * through an institution are the person's (the institution relays them). The person must open
 * the sentence as its only subject; "Ruiz and Vidal confirmed ..., according to the ministry"
 * stays the ministry's.
 */
function personRelayedByInstitution(site: SentenceSite, chosen: Attribution): Attribution | null {
  const { reg, text, sent } = site;
  if (reg.get(chosen.speaker)?.kind !== 'organization') return null;
  const first = site.mentionsHere.find((m) => m.start < chosen.at && reg.get(m.ref)?.kind === 'person');
  if (!first || !PERSON_OPENS_CLAUSE.test(text.slice(sent.start, first.start))) return null;
  const after = text.slice(first.end, chosen.at);
  if (!VERB_AFTER_SUBJECT.test(after) || /^\s+and\s/.test(after)) return null;
  const ref = speakingRef(reg, text, first);
  return ref
    ? { speaker: ref, at: first.start, via: 'relayed', rule: personRelayedByInstitution.name }
    : null;
}

/** Rule: the source an outlet cites speaks; a press service speaks for its institution. */
function citingSource(site: SentenceSite, found: Attribution[]): void {
  const { reg, text } = site;
  const source = citedSource(
    text,
    site.sent,
    site.mentionsHere.filter((m) => speakingRef(reg, text, m) !== null),
  );
  const sourceRef = source ? speakingRef(reg, text, source) : null;
  if (source && sourceRef) found.push({ speaker: rootOf(reg, sourceRef), at: source.start, via: 'citing' });
}

/**
 * The site of one verb, its sentence's fields written out: an object spread per verb (every
 * lower-case word that may open an attribution) was one of extraction's costliest lines.
 */
function verbSite(site: SentenceSite, verb: string, vStart: number, found: Attribution[]): VerbSite {
  return {
    doc: site.doc,
    reg: site.reg,
    idx: site.idx,
    text: site.text,
    sent: site.sent,
    subjects: site.subjects,
    outside: site.outside,
    relayers: site.relayers,
    mentionsHere: site.mentionsHere,
    triggers: site.triggers,
    verb,
    vStart,
    before: site.text.slice(site.sent.start, vStart),
    found,
    phrase: undefined,
  };
}

/** Every trigger outside quotations: the first verb frame whose shape it is in decides. */
function eachVerbOfSaying(site: SentenceSite, found: Attribution[]): void {
  for (const { verb, index } of site.triggers) {
    const vStart = site.sent.start + index;
    if (!site.outside(vStart, vStart + verb.length)) continue;
    const v = verbSite(site, verb, vStart, found);
    for (const frame of VERB_FRAMES) {
      const answer = frame(v);
      if (answer === null) continue;
      if (answer !== NOBODY) found.push({ ...answer, rule: frame.name });
      break;
    }
  }
}

/**
 * Rule: "In his words, ...", "According to her, ...": the words of the latest subject, when no
 * one else spoke; "In the words of the minister, ...": of the person the description fits.
 */
function inHisWords(site: SentenceSite, found: Attribution[]): void {
  const inWords =
    /^\s*(?:In (?:his|her) (?:own )?(?:words|opinion|view)|According to (?:him|her)|In the (?:words|opinion|view) of (the [a-z][\p{L} -]{2,40}?)),/u.exec(
      site.sent.exact,
    );
  if (!inWords || found.length) return;
  const r = resolveDescription(site.reg, inWords[1] ?? 'he', site.sent.start, site.subjects, site.outside);
  if (r) found.push({ speaker: r, at: site.sent.start, via: inWords[1] ? 'description' : 'pronoun' });
}

/** Rule: "From Lavrov’s point of view, ...". */
function fromPointOfView(site: SentenceSite, found: Attribution[]): void {
  const pov = /\b[Ff]rom ([A-Z][\p{L}-]+)['’]s point of view/u.exec(site.sent.exact);
  if (!pov) return;
  const m = site.mentionsHere.find((x) => x.start === site.sent.start + (pov.index ?? 0) + 5);
  const ref = m ? speakingRef(site.reg, site.text, m) : null;
  if (ref) found.push({ speaker: ref, at: m?.start ?? 0, via: 'pov' });
}

/**
 * Rule: "the ministry cited Lavrov as saying", "The statement quoted Burhan as saying: “...”",
 * "quoting Ana Ruiz as saying": the person cited speaks, whoever else the sentence names.
 */
function citedAsSaying(site: SentenceSite): Attribution | null {
  const cited =
    /\b(?:cited|citing|quoted|quoting) ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?) as (?:saying|telling)/u.exec(
      site.sent.exact,
    );
  if (!cited) return null;
  const at = site.sent.start + (cited.index ?? 0) + cited[0].indexOf(cited[1] as string);
  const m = site.mentionsHere.find((x) => x.start === at);
  const ref = m ? speakingRef(site.reg, site.text, m) : null;
  return ref ? { speaker: ref, at: m?.start ?? 0, via: 'cited' } : null;
}

/** "..., Yonhap said, quoting an unnamed official": the subject only relays someone it does not name. */
const QUOTING_UNNAMED =
  /\b(?:said|says|reported|reports|added),?\s+(?:quoting|citing)\s+(?:an?\s+|one\s+)?(?:unnamed|anonymous|unidentified)\b/;

/**
 * Rule: "The talks took place in Bali, Yonhap said, quoting an unnamed South Korean official":
 * the words are the unnamed source's, so the sentence has no speaker to give them to.
 */
function relayOfUnnamedSource(site: SentenceSite, found: Attribution[]): boolean {
  return found.length === 1 && QUOTING_UNNAMED.test(site.sent.exact);
}

/** The opening of a sentence up to its speaker's verb of saying with its content: "X said that", "X told Y that", "X expressed his confidence that". */
const OPENING_SAYING = new RegExp(
  String.raw`^(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+)?[^,]{0,80}?` + SAID_THAT,
);

/**
 * Rule: "During the meeting, Prime Minister Hasina said that the two countries ..., her press
 * secretary Karim told PTI": one person whose words open the sentence with a verb of saying and
 * "that" speaks; the person who closes it only relays them (as a ministry relays its minister).
 * "Both presidents described ..., Ushakov added" has no one speaker at its opening.
 */
function innerSpeakerOpens(site: SentenceSite, first: Attribution, last: Attribution): boolean {
  const { reg, text, sent } = site;
  if (first.speaker === last.speaker || reg.get(first.speaker)?.kind !== 'person') return false;
  // ", she said": a pronoun closing the sentence tells the words as hers, not as a relay
  if (last.via === 'pronoun') return false;
  if (first.at > last.at || /\b(?:[Bb]oth|and)\b/.test(text.slice(sent.start, first.at))) return false;
  return OPENING_SAYING.test(text.slice(sent.start, last.at));
}

/**
 * Rule: a closing attribution by a person (", Ushakov said", ", the spokesperson, Kim Eun-hye,
 * said in a written briefing") governs the whole sentence.
 */
function closingPersonAttribution(site: SentenceSite, found: Attribution[]): Attribution | null {
  const { reg, text, sent } = site;
  const lastF = found[found.length - 1] as Attribution;
  if (
    found.length > 1 &&
    !innerSpeakerOpens(site, found[0] as Attribution, lastF) &&
    reg.get(lastF.speaker)?.kind === 'person' &&
    lastF.via !== 'participle' &&
    /,\s*(?:the\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+,\s*)?(?:[\w’'.-]+\s+){0,5}$/.test(
      text.slice(sent.start, lastF.at),
    ) &&
    /^\s*[\w’'.-]+(?:\s+[\w’'.-]+){0,2},?\s+(?:said|told|added|noted|stated|stressed|explained)\b[^,]{0,40}(?:[.,]|$)/.test(
      text.slice(lastF.at, sent.end),
    ) &&
    wordCount(text.slice(lastF.at, sent.end)) <=
      12 + (text.slice(lastF.at, sent.end).includes('adding') ? 40 : 0)
  )
    return lastF;
  return null;
}

/** Rule: a person wins over an organization relaying them; else the first attribution. */
function firstPersonOrFirst(site: SentenceSite, found: Attribution[]): Attribution {
  return found.find((f) => site.reg.get(f.speaker)?.kind === 'person') ?? (found[0] as Attribution);
}
