// Frames: the sentence shapes that put a speaker next to one verb of saying. Each rule reads one
// shape and answers with the speaker it found, NOBODY when the shape is its own but names no one
// who can speak (later rules are not tried), or null when the shape is not its own.
import { holderOfStyledOffices, MINISTER_PORTFOLIOS, resolveDescription } from '../../entities/describe.js';
import { lastAllianceBefore, latestMinistry } from '../../entities/index.js';
import { presidencyRecord, withArticle } from '../../entities/organizations.js';
import { countryOfPlaceRecord, titleCase } from '../../entities/places.js';
import type { Registry } from '../../entities/registry.js';
import { namedAt, officeNamedAt } from '../../entities/services.js';
import { TITLE_WORDS } from '../../entities/titles.js';
import { type Country, countryByDemonym, countryByName } from '../../gazetteer/countries.js';
import type { Mention } from '../../types.js';
import {
  clauseSubject,
  descriptionAfterVerb,
  descriptionBeforeVerb,
  styleClass,
  styledSubject,
} from './descriptions.js';
import type { Attribution, SubjectPhrase, VerbSite } from './site.js';
import { documentOfInstitution, relayingInstitution, speakingRef, titledPersonAt } from './speaker.js';

export const NOBODY = 'nobody';
export type FrameAnswer = Attribution | typeof NOBODY | null;
type VerbFrame = (v: VerbSite) => FrameAnswer;

/** In order: the first rule whose shape the verb is in decides. */
export const VERB_FRAMES: VerbFrame[] = [
  accordingTo, // "according to SPEAKER", "according to the readout"
  guestWelcomed, // "X welcomed President Y in Z", "he was welcomed by Y": a reception, no remark
  possessedNoun, // "welcomed Blinken's remarks": a noun owned by someone, not a verb of theirs
  describedByAs, // "the call - described by Kirby as "cordial" -": the person after "by" speaks
  statementReleasedBy, // "In a statement issued by the ministry, concern was expressed": the issuer speaks
  passiveAgent, // "This was stated by SPEAKER", "This opinion was shared by SPEAKER"
  participleOfSubject, // "SPEAKER made ..., noting that"
  withSpeakerParticiple, // "..., with Chilean President X arguing, “...”"
  institutionDocument, // "A Foreign Ministry statement released on Monday said"
  jointSubject, // "A and B stressed": two persons, no one speaker
  whatSomeoneSaid, // "contrasted with what Wang said": words named, not told
  styledSpeaker, // "HE the Prime Minister and Minister of Foreign Affairs affirmed", "His Excellency stressed"
  relativeClauseAntecedent, // "SPEAKER, which has repeatedly warned": before the sentence's subject
  speakerBeforeVerb, // "SPEAKER (, appositive,) said", "SPEAKER, close to the ministry, said"
  subjectOfCoordinatedVerb, // "SPEAKER opened the meeting, and said"
  unnamedSpokesperson, // "a Kremlin spokesperson said"
  pronounBeforeVerb, // "he told", "She also stressed"
  presidencyReferredBack, // "The Presidency said": the presidency of the story's country
  descriptionBeforeVerbFrame, // "the Belarusian Defence Minister confirmed"
  ministryReferredBack, // "the ministry said"
  blocReferredBack, // "The 16-member regional bloc announced": the union named before
  documentReferredBack, // "the press service said", "the statement reads"
  institutionAsIt, // "China's embassy said ... It said the talks were ..."
  spokespersonOfOffice, // "the press secretary of the President of Armenia said"
  officeOfNationalLeader, // "the Argentine president's office said"
  officeOfSubject, // "Prime Minister X held a call with Y, his office said"
  spokespersonOfPerson, // "..., Yoon's spokesperson said" + "the spokesperson, Kim Eun-hye," elsewhere
  subjectPhraseDescribed, // "Finland’s top diplomat added"
  descriptionNamedBefore, // "the head of the delegation said" after "the head of the delegation, X,"
  descriptionAfterQuote, // "...," added the Assistant Minister of Defense of Belarus.
  presidencyAfterVerb, // "“...,” said the Presidency."
  speakerAfterVerb, // "said Landsbergis", "said Russian Foreign Minister Sergey Lavrov"
  bareTitleAfterVerb, // "said the Belarusian leader"
];

/** The speaker a mention names, if it can speak. */
function speakerOf(v: VerbSite, m: Mention | undefined): string | null {
  return m ? speakingRef(v.reg, v.text, m) : null;
}

/** Rule: "according to SPEAKER", "according to presidential spokesperson X", "according to the ministry/readout/official". */
function accordingTo(v: VerbSite): FrameAnswer {
  if (v.verb !== 'according') return null;
  const am = /^[Aa]ccording to (?:the )?/.exec(v.text.slice(v.vStart, v.sent.end));
  if (!am) return NOBODY;
  const pos = v.vStart + am[0].length;
  const issuer = documentFromInstitution(v, pos) ?? documentOwnedBy(v, pos);
  if (issuer) return issuer;
  // a title that only implies its ministry ("Russian Foreign Minister") does not speak: the
  // person it introduces does (see titledPersonAt)
  const m =
    v.mentionsHere.find((x) => x.start >= pos && x.start <= pos + 2 && speakerOf(v, x) !== null) ??
    titledPersonAt(v.reg, v.text, pos, v.mentionsHere);
  const ref = speakerOf(v, m);
  if (ref) return { speaker: ref, at: m?.start ?? pos, via: 'according' };
  return accordingToDescription(v, pos) ?? NOBODY;
}

/** A document and who issued it: "a readout from the", "a statement issued by", "a note from". */
const DOCUMENT_FROM =
  /^(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:readout|statement|communiqu[eé]|press release|release|press note|note|transcript)\s+(?:from|by|of|issued by|released by|published by)\s+(?:the\s+)?/i;

/**
 * Rule: "according to a readout from the White House", "according to a statement issued by the
 * ministry": the institution that issued the document speaks.
 */
function documentFromInstitution(v: VerbSite, pos: number): Attribution | null {
  const dm = DOCUMENT_FROM.exec(v.text.slice(pos, pos + 80));
  if (!dm) return null;
  const at = pos + dm[0].length;
  // "a note from the Presidency of the Republic": the presidency of the story's country
  const pres = PRESIDENCY_AFTER_VERB.exec(` ${v.text.slice(at, at + 40)}`);
  if (pres?.index === 0 && pres[0].length > 1) {
    const ref = presidencyOfStory(v, at, at + (pres[1] as string).length);
    if (ref) return { speaker: ref, at, via: 'according' };
  }
  // "the Brazilian Foreign Ministry": the country's mention starts there too, and cannot speak
  const m = v.mentionsHere.find((x) => x.start >= at && x.start <= at + 2 && speakerOf(v, x) !== null);
  const ref = speakerOf(v, m);
  return ref && m ? { speaker: ref, at: m.start, via: 'according' } : null;
}

/** After an institution's name: the document it owns ("'s statement", "’s latest readout"). */
const OWNED_DOCUMENT =
  /^['’]s?\s+(?:(?:joint|official|latest|new|written|own)\s+)?(?:statement|note|readout|communiqu[eé]|press release|release)\b/;

/**
 * Rule: "according to the Chilean Foreign Ministry's statement", "according to the Kremlin's
 * readout": the institution that owns the document speaks. "according to Lula's advisers" is no
 * document, and a person's ("according to Kirby's statement") is left to the person rules.
 */
function documentOwnedBy(v: VerbSite, pos: number): Attribution | null {
  const m = v.mentionsHere.find(
    (x) => x.start >= pos && x.start <= pos + 2 && v.reg.get(x.ref)?.kind === 'organization',
  );
  const ref = speakerOf(v, m);
  if (!m || !ref || !OWNED_DOCUMENT.test(v.text.slice(m.end, m.end + 40))) return null;
  return { speaker: ref, at: m.start, via: 'according' };
}

/** "according to the readout", "according to the ministry", "according to the official". */
function accordingToDescription(v: VerbSite, pos: number): Attribution | null {
  const desc = /^([A-Z]?[a-z]+(?: [A-Z]?[a-z]+){0,2})[,.]/.exec(v.text.slice(pos, pos + 40));
  if (!desc) return null;
  const phrase = desc[1] as string;
  const paper = documentOfInstitution(v.reg, phrase, v.sent.start, v.relayers);
  if (paper) return { speaker: paper, at: pos, via: 'according' };
  if (/^(?:[A-Z]\w+ ){0,2}(?:[Mm]inistry|[Dd]epartment)$/.test(phrase)) {
    const min = latestMinistry(v.reg, v.idx, v.vStart);
    return min ? { speaker: min.ref, at: pos, via: 'according' } : null;
  }
  const r = resolveDescription(v.reg, `the ${phrase}`, v.vStart, v.subjects, v.outside);
  return r ? { speaker: r, at: pos, via: 'according' } : null;
}

/**
 * Rule: "the minister welcomed Blinken's remarks", "Putin's comments drew criticism": a word of
 * saying right after a possessive is a noun ("remarks", "comments", "claims"), not the verb of
 * the one who owns it; it names no speaker (the sentence's own verb may).
 */
function possessedNoun(v: VerbSite): FrameAnswer {
  return /\p{L}['’]s?\s+$/u.test(v.before) ? NOBODY : null;
}

/** "welcomed", "greeted": verbs of saying that also tell the reception of a guest. */
const RECEPTION_VERB = /^(?:welcomed|welcomes|greeted|greets)$/;

/** The passive's subject right before it: a pronoun ("he was", "who were") or a name ("Lula was also"). */
const SUBJECT_OF_PASSIVE =
  /(?:\b(?<pronoun>[Hh]e|[Ss]he|[Tt]hey|who)|(?<name>[\p{Lu}][\p{L}-]+))\s+(?:was|were|has been|had been)\s+(?:also\s+|\w+ly\s+)?$/u;

/**
 * Rule: "Milei welcomed President Boric at the Casa Rosada", "he was welcomed by President
 * Lourenco in Luanda": a person welcomed or greeted is a guest received (a meeting, see
 * welcomedGuest in meetings/triggers.ts), not a remark. "welcomed the proposal" and "the plan
 * was welcomed by X" stay statements.
 */
function guestWelcomed(v: VerbSite): FrameAnswer {
  if (!RECEPTION_VERB.test(v.verb)) return null;
  const end = v.vStart + v.verb.length;
  const after = /^\s+(by\s+)?(?:the\s+)?/.exec(v.text.slice(end, v.sent.end));
  if (!after) return null;
  const pos = end + after[0].length;
  if (/^(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?\b/u.test(v.text.slice(pos, pos + 60)))
    return NOBODY;
  const guest =
    v.mentionsHere.find((x) => x.start === pos && v.reg.get(x.ref)?.kind === 'person') ??
    titledPersonAt(v.reg, v.text, pos, v.mentionsHere) ??
    personAfterTitle(v, pos);
  if (!guest || /^['’]s\b/.test(v.text.slice(guest.end, guest.end + 2))) return null;
  if (after[1] && !personSubjectOfPassive(v)) return null;
  return NOBODY;
}

/** Whether a passive verb's subject is a person: a personal pronoun, or a person's name ending there. */
function personSubjectOfPassive(v: VerbSite): boolean {
  const m = SUBJECT_OF_PASSIVE.exec(v.before);
  if (!m) return false;
  if (m.groups?.pronoun) return true;
  const nameEnd = v.vStart - v.before.length + m.index + (m.groups?.name?.length ?? 0);
  return v.mentionsHere.some((x) => x.end === nameEnd && v.reg.get(x.ref)?.kind === 'person');
}

/** "described by X as": who described, up to "as" (no clause break between). */
const DESCRIBED_BY_AS = /^\s+by\s+(?:the\s+)?([^,;:“”"()\n]{1,80}?)\s+as\b/;

/**
 * Rule: "The two-hour call - described by Kirby as “business-like” - comes ahead of ...": the
 * person named between "by" and "as" speaks (an institution when no person is named there), and
 * the words after "as" are theirs. "described by analysts as" names no one who can speak.
 */
function describedByAs(v: VerbSite): FrameAnswer {
  if (v.verb !== 'described') return null;
  const end = v.vStart + v.verb.length;
  const by = DESCRIBED_BY_AS.exec(v.text.slice(end, v.sent.end));
  if (!by) return null;
  const from = end + by[0].indexOf(by[1] as string);
  const to = from + (by[1] as string).length;
  const inside = v.mentionsHere.filter((x) => x.start >= from && x.end <= to && speakerOf(v, x) !== null);
  const m = inside.find((x) => v.reg.get(x.ref)?.kind === 'person') ?? inside[0];
  const ref = speakerOf(v, m);
  return ref && m ? { speaker: ref, at: m.start, via: 'passive' } : NOBODY;
}

/** "In a statement released on Sunday by the", after a dateline ("AMMAN — "): the issuer follows. */
const STATEMENT_RELEASED_BY =
  /^(?:[\p{Lu}][\p{Lu} ,.]*\s+[—–-]+\s+)?In\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press release|note)\s+(?:released|issued|published|posted)\b[^,;:“”"]{0,40}?\bby\s+(?:the\s+)?/u;

/**
 * Rule: "In a statement issued on Monday by the Ministry of Foreign Affairs, deep concern was
 * expressed over ...": a passive verb of saying with no agent of its own; the institution that
 * issued the statement speaks. "In a statement released on Sunday, the minister said" names its
 * speaker and is left to the rules after.
 */
function statementReleasedBy(v: VerbSite): FrameAnswer {
  const rel = STATEMENT_RELEASED_BY.exec(v.before);
  if (!rel || !PASSIVE_BEFORE.test(v.before)) return null;
  const pos = v.sent.start + rel[0].length;
  const m = v.mentionsHere.find((x) => x.start >= pos && x.start <= pos + 2 && speakerOf(v, x) !== null);
  const ref = speakerOf(v, m);
  return ref && m ? { speaker: ref, at: m.start, via: 'subject' } : NOBODY;
}

/** "was stated by", "has been announced by": a verb of saying in the passive, its agent after "by". */
const PASSIVE_BEFORE = /\b(?:was|were|has been|have been|had been)\s+(?:also\s+|\w+ly\s+)?$/;

/** "by", after a time the verb may take first: "was announced yesterday by", "was stated on Monday by". */
const PASSIVE_AGENT_AFTER =
  /^\s+(?:(?:yesterday|today|earlier|later|(?:on|last|this)\s+[A-Z]?[a-z]+)\s+)?by\s+(?:the\s+)?/;

/**
 * Rule: "This was stated by Foreign Minister X", "This opinion was shared by X at a briefing"
 * (the house style of wires translated from Russian), "The move was announced yesterday by Mr
 * X": the agent after "by" speaks; an outlet
 * or no one known there ("This was reported by TASS") names no speaker.
 */
function passiveAgent(v: VerbSite): FrameAnswer {
  const end = v.vStart + v.verb.length;
  const by = PASSIVE_AGENT_AFTER.exec(v.text.slice(end, v.sent.end));
  if (!by || !PASSIVE_BEFORE.test(v.before)) return null;
  const pos = end + by[0].length;
  const first = v.mentionsHere.find((x) => x.start >= pos && x.start <= pos + 2 && speakerOf(v, x) !== null);
  // "by the Foreign Ministry's ambassador-at-large, X": the institution is X's, X speaks
  if (first && /^['’]s\b/.test(v.text.slice(first.end, first.end + 2))) {
    const holder = v.mentionsHere.find(
      (x) => x.start > first.end && x.start < first.end + 120 && v.reg.get(x.ref)?.kind === 'person',
    );
    const ref = speakerOf(v, holder);
    return ref && holder ? { speaker: ref, at: holder.start, via: 'passive' } : NOBODY;
  }
  const m = first ?? titledPersonAt(v.reg, v.text, pos, v.mentionsHere) ?? personAfterTitle(v, pos);
  const ref = speakerOf(v, m);
  if (ref) return { speaker: ref, at: m?.start ?? pos, via: 'passive' };
  const desc = /^([\p{L} -]{3,60}?)(?=\s+(?:at|in|on|during|after|before)\b|[,.;]|$)/u.exec(
    v.text.slice(pos, v.sent.end),
  );
  const r = desc ? resolveDescription(v.reg, `the ${desc[1]}`, pos, v.subjects, v.outside) : null;
  return r ? { speaker: r, at: pos, via: 'passive' } : NOBODY;
}

/**
 * Rule: "Upon greeting Modi, Putin made ..., noting that": the participle's subject is the
 * clause's, a person not governed by a preposition; only when nothing spoke before in the sentence.
 */
function participleOfSubject(v: VerbSite): FrameAnswer {
  if (
    !/^(?:noting|saying|adding|stressing|emphasi[sz]ing|expressing|describing|reiterating|highlighting|reaffirming|affirming|underlining|underscoring|urging|recalling)$/.test(
      v.verb,
    ) ||
    !/,\s*$/.test(v.before)
  )
    return null;
  const subj = [...v.mentionsHere]
    .reverse()
    .find(
      (m) =>
        m.start < v.vStart &&
        v.reg.get(m.ref)?.kind === 'person' &&
        !/\b(?:with|to|by|of|for|greeting|meeting|from|about)\s+(?:\w+\s+){0,3}$/i.test(
          v.text.slice(Math.max(v.sent.start, m.start - 30), m.start),
        ) &&
        !secondOfTwoPersons(v, m) &&
        !objectOfVerb(v.text.slice(Math.max(v.sent.start, m.start - 60), m.start)),
    );
  if (subj && !v.found.length) return { speaker: subj.ref, at: subj.start, via: 'participle' };
  return null;
}

/** Right before a participle of saying: "with <person>" (the verb is checked by the caller). */
const WITH_BEFORE_PARTICIPLE = /\bwith\s+(?:[\p{Lu}][\p{L}’'.-]*\s+){1,6}$/u;

/**
 * Rule: "Unity was a central theme of the summit, with Chilean President Ana Ruiz arguing, “We
 * have to ...”", "with the minister saying that ...": the person after "with" speaks through the
 * participle. "met with Ana Ruiz, saying" (a comma between) is the subject's, read by
 * participleOfSubject.
 */
function withSpeakerParticiple(v: VerbSite): FrameAnswer {
  if (!v.verb.endsWith('ing') || !WITH_BEFORE_PARTICIPLE.test(v.before)) return null;
  const m = [...v.mentionsHere]
    .reverse()
    .find((x) => x.end <= v.vStart && v.reg.get(x.ref)?.kind === 'person');
  if (!m || !/^\s*$/.test(v.text.slice(m.end, v.vStart))) return null;
  return { speaker: m.ref, at: m.start, via: 'with-participle' };
}

/**
 * "A and B made ...": B, joined to a person before it, is not the subject alone; "Deputy Prime
 * Minister and Foreign Minister C" joins two titles of one person, who stays the subject.
 */
function secondOfTwoPersons(v: VerbSite, m: Mention): boolean {
  const prior = v.mentionsHere.filter((x) => x.end <= m.start && v.reg.get(x.ref)?.kind === 'person').pop();
  return !!prior && prior.ref !== m.ref && JOINED_PERSONS.test(v.text.slice(prior.end, m.start));
}

/** A verb in the past and the title of its object before a name: "invited Foreign Minister ". */
const VERB_BEFORE_OBJECT = /\b(?:[a-z]{3,}ed|met|told|sent)\s+(?:(?:[A-Z][\p{L}.’'-]*|of|the)\s+){0,5}$/u;

/**
 * Rule: "Foreign Minister A invited Foreign Minister B to the meeting, stressing that ...": B,
 * the object of A's verb, is not who the participle speaks for; "Putin made ..., noting" keeps
 * Putin, who follows no verb.
 */
function objectOfVerb(before: string): boolean {
  return VERB_BEFORE_OBJECT.test(before);
}

/**
 * The nearest mention in the sentence that ends at most `maxGap` characters before the verb, when
 * it is an institution and what stands between them matches `between` (a document it issued, an
 * unnamed spokesperson of it).
 */
function institutionBeforeVerb(v: VerbSite, maxGap: number, between: RegExp): Mention | null {
  const m = [...v.mentionsHere]
    .reverse()
    .find((x) => x.end <= v.vStart && x.start >= v.sent.start && v.vStart - x.end <= maxGap);
  if (!m || v.reg.get(m.ref)?.kind !== 'organization' || !between.test(v.text.slice(m.end, v.vStart)))
    return null;
  return m;
}

/** Between an institution and the verb: the document it issued ("'s statement released on Monday"). */
const DOCUMENT_OF_INSTITUTION =
  /^(?:['’]s?)?\s+(?:(?:joint|official|written|separate)\s+)?(?:statement|readout|communiqu[eé]|press release)(?:\s+(?:released|issued|published|posted|sent|circulated)\b[^,;:“”"]{0,60})?\s+(?:also\s+)?$/;

/**
 * Rule: "A Foreign Ministry statement released on Monday said", "the Kremlin's readout read": the
 * institution named in front of the document speaks through it.
 */
function institutionDocument(v: VerbSite): FrameAnswer {
  const m = institutionBeforeVerb(v, 90, DOCUMENT_OF_INSTITUTION);
  if (!m) return null;
  const ref = speakerOf(v, m);
  return ref ? { speaker: ref, at: m.start, via: 'subject' } : null;
}

/**
 * What may stand between a speaker and its verb: adverbs, "also has", "in turn", "on Monday",
 * "today" (wire copy from South and Southeast Asia: "Prime Minister X today said"), a
 * negation ("did not confirm", "would not say" report words too), and the medium or occasion
 * set between them ("The Ministry ... in a statement said", "Minister X during the meeting
 * expressed concern", "X in a statement on his Facebook page said").
 */
// post-nominal letters after a name ("Patricia Scotland QC congratulated") are skipped too, and
// so is the question put to the speaker ("X on Monday, asked about the call, admitted ...")
const SKIP_BETWEEN =
  /^(?:\s|,|also|has|had|have|then|again|(?:QC|KC|SC|MP|MEP|MLA|OBE|CBE|KBE|MBE|GCMG)\b|later|today|yesterday|tonight|likewise|too|meanwhile|however|though|(?:did|does|do|would|could|will) not|(?:took|takes|used|uses|seized|seizes) (?:the|this|that) (?:opportunity|occasion|chance) to|(?:went|goes) on to|proceeded to|of (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|further|in turn|for (?:his|her|their|its) part|in (?:his|her|their|its) turn|in response|on [A-Z]\w+|\w+ly|(?:was|is|were) quoted as|once again|\(\w+\)|(?:in|during|at|after) (?:a|an|the|its|his|her|their) (?:[\w-]+ ){0,2}(?:statement|meeting|talks|(?:press|news) conference|briefing|interview|post|message|speech|address|remarks|call|conversation)|on (?:his|her|their|its|the) (?:[\w-]+ ){0,2}(?:page|account|channel|website|site|handle)|(?:whose|who) (?:[\w’'-]+ ){1,12}|(?:when |if |on being )?asked (?:about|on|for|whether|if|why|how) [^,;:“”"]{1,60},)*$/;

/** Between an institution and the verb: an unnamed spokesperson of it ("a Kremlin spokesperson"). */
const UNNAMED_SPOKESPERSON =
  /^['’]?s?\s+(?:spokes(?:man|woman|person)|press secretary|official|source|diplomat|aide)\s+(?:(?:also|today|on [A-Z][a-z]+day)\s+)*$/;

/**
 * Rule: "..., a Kremlin spokesperson said", "a Downing Street spokesman told reporters": a
 * spokesperson the text does not name speaks for the institution, and so does "a senior Japanese
 * government official", "a Kremlin source".
 */
function unnamedSpokesperson(v: VerbSite): FrameAnswer {
  const m = institutionBeforeVerb(v, 40, UNNAMED_SPOKESPERSON);
  if (!m) return null;
  // "a Kremlin spokesperson", "a senior Japanese government official"
  if (
    !/\b(?:an?|the)\s+(?:(?:senior|top|high-ranking|unnamed|former)\s+)?$/i.test(
      v.text.slice(Math.max(v.sent.start, m.start - 24), m.start),
    )
  )
    return null;
  const named = definiteSpokespersonNamed(v, m) ?? definiteOfficialNamed(v, m);
  if (named) return { speaker: named, at: m.start, via: 'description' };
  const ref = speakerOf(v, m);
  return ref ? { speaker: ref, at: m.start, via: 'subject' } : null;
}

/**
 * Rule: "the Kremlin spokesman said" after "Ivan Petrov, press secretary of the Russian president,
 * ...": a definite spokesperson is the one the text already named with that position, when that
 * person's country is the institution's (or either is unknown). "a Kremlin spokesperson" is
 * someone unnamed, and a spokesperson of another country's institution is someone else.
 */
function definiteSpokespersonNamed(v: VerbSite, institution: Mention): string | null {
  if (!/\b[Tt]he\s+$/.test(v.text.slice(Math.max(v.sent.start, institution.start - 5), institution.start)))
    return null;
  if (!/spokes|press secretary/.test(v.text.slice(institution.end, v.vStart))) return null;
  const ref = resolveDescription(v.reg, 'the spokesman', institution.start, v.subjects, v.outside);
  const person = ref ? v.reg.get(ref) : undefined;
  const org = v.reg.get(institution.ref);
  if (person?.kind !== 'person' || org?.kind !== 'organization') return null;
  const orgCountry = org.country ?? null;
  const fits = person.roles.some(
    (r) => /spokes|press secretary/i.test(r.title) && (!orgCountry || !r.country || r.country === orgCountry),
  );
  return fits ? person.ref : null;
}

/**
 * Rule: "The top Chilean government official reiterated ..." after "Chilean Foreign Minister Ana
 * Soto held talks ...": a definite official of a country's government is the person the story
 * named holding a role of that country, the nearest first. "A senior Chilean government official"
 * is someone unnamed, and with nobody of that country named it stays the government's.
 */
function definiteOfficialNamed(v: VerbSite, institution: Mention): string | null {
  const before = v.text.slice(Math.max(v.sent.start, institution.start - 24), institution.start);
  if (!/\b[Tt]he\s+(?:(?:senior|top|high-ranking)\s+)?$/.test(before)) return null;
  if (!/^\s+official\b/.test(v.text.slice(institution.end, v.vStart))) return null;
  const org = v.reg.get(institution.ref);
  if (org?.kind !== 'organization' || org.orgKind !== 'government' || !org.country) return null;
  const country = countryOfPlaceRecord(v.reg, org.country);
  if (!country) return null;
  return resolveDescription(v.reg, `official of ${country.name}`, institution.start, v.subjects, v.outside);
}

/**
 * Rule: "The upbeat note contrasted with what Wang said at the same news conference about
 * sanctions": "what X said" names words as a thing without telling them; no statement. "Wang
 * said what he thought" has its subject before the verb and is left to the other rules.
 */
function whatSomeoneSaid(v: VerbSite): FrameAnswer {
  return /\bwhat\s+(?:[A-Z][\p{L}’'.-]*\s+){1,4}(?:(?:also|has|had)\s+)?$/u.test(v.before) ? NOBODY : null;
}

/** What joins two persons into one subject: " and ", " and his Japanese counterpart ". */
const JOINED_PERSONS =
  /^\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:[A-Za-z-]+\s+){0,3}|(?:[A-Z][A-Za-z-]*\s+){4,6})$/;

/**
 * Rule: "Cho and Iwaya stressed the need to cooperate", "A and his counterpart B agreed": the
 * subject is two persons, whose joint words no one of them speaks; like "the two sides", they
 * belong to no one unless an institution relays them (", the ministry said" is another verb).
 */
function jointSubject(v: VerbSite): FrameAnswer {
  const persons = v.mentionsHere.filter((m) => m.end <= v.vStart && v.reg.get(m.ref)?.kind === 'person');
  const last = persons[persons.length - 1];
  if (!last || !SKIP_BETWEEN.test(v.text.slice(last.end, v.vStart))) return null;
  const first = persons.filter((m) => m.end <= last.start && m.ref !== last.ref).pop();
  return first && JOINED_PERSONS.test(v.text.slice(first.end, last.start)) ? NOBODY : null;
}

/**
 * Rule: the nearest mention before the verb that can speak (a person or an institution, not the
 * city inside "the Foreign Ministry in Moscow"); a person before an appositive wins over the
 * institution inside it, and an institution named after "close to" (or "citing") gives way to the
 * one that is close to it.
 */
function speakerBeforeVerb(v: VerbSite): FrameAnswer {
  let cand = [...v.mentionsHere]
    .reverse()
    .find(
      (m) =>
        m.end <= v.vStart &&
        SKIP_BETWEEN.test(v.text.slice(m.end, v.vStart).replace(/['’]s\b/, '')) &&
        speakerOf(v, m) !== null,
    );
  if (cand && objectBeforeParticiple(v, cand)) return null;
  if (!cand || v.reg.get(cand.ref)?.kind === 'organization') cand = personBeforeAppositive(v, cand) ?? cand;
  else cand = personBeforeParticipialClause(v, cand) ?? cand;
  if (
    cand &&
    /\b(?:close to|near|affiliated with|linked to|citing)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/.test(
      v.text.slice(Math.max(v.sent.start, cand.start - 40), cand.start),
    )
  )
    cand = organizationCloseTo(v, cand);
  if (cand && v.reg.get(cand.ref)?.kind === 'organization' && holderOfTheBody(v, cand)) {
    const holder = descriptionBeforeVerbFrame(v);
    if (holder) return holder;
  }
  const ref = speakerOf(v, cand);
  return ref && cand ? { speaker: ref, at: cand.start, via: 'subject' } : null;
}

/** Right before the verb: ", and", "and also", "and later": a second predicate of the subject. */
const AND_BEFORE_VERB = /(?:,\s*|\s)and\s+(?:also\s+|then\s+|later\s+)?$/;
/** Before the subject of a sentence: nothing but its title words ("Foreign Minister", "Secretary general", "the"). */
function onlyTitleBefore(text: string): boolean {
  return text
    .replace(/^[\s"“]+/, '')
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => /^[\p{Lu}]/u.test(w) || w === 'the' || w === 'of' || TITLE_WORDS.has(w.toLowerCase()));
}

/**
 * Rule: "Ana Ruiz met Tom Berg on Monday, and said that ...", "X gave the opening remarks, and
 * acknowledged the meeting was ...": a verb of saying joined by "and" to another predicate
 * speaks for the subject that opens the sentence (never for the one met: "with Tom Berg"). Only
 * when nothing spoke before in the sentence.
 */
function subjectOfCoordinatedVerb(v: VerbSite): FrameAnswer {
  if (v.found.length || !AND_BEFORE_VERB.test(v.before)) return null;
  const first = v.mentionsHere.find((m) => m.start < v.vStart && speakerOf(v, m) !== null);
  if (!first || !onlyTitleBefore(v.text.slice(v.sent.start, first.start))) return null;
  const ref = speakerOf(v, first);
  return ref ? { speaker: ref, at: first.start, via: 'coordinated' } : null;
}

/**
 * Rule: "Chile's foreign minister held a call with Tom Berg on Sunday, expressing concern": a
 * participle after a comma speaks for the clause's subject, never for the object of a
 * preposition ("with Tom Berg") before it.
 */
function objectBeforeParticiple(v: VerbSite, cand: Mention): boolean {
  return (
    v.verb.endsWith('ing') &&
    /,\s*$/.test(v.before) &&
    /\b(?:with|to|by|from|for|about)\s+(?:[\w’'.-]+\s+){0,3}$/i.test(
      v.text.slice(Math.max(v.sent.start, cand.start - 30), cand.start),
    )
  );
}

/**
 * Rule: "The chairperson of the Andean Commission said": the body named after "the <head> of" is
 * not the speaker; its holder is, when the description finds them (else the body speaks, as in
 * "the spokesman of the ministry said" with no spokesman named).
 */
function holderOfTheBody(v: VerbSite, cand: Mention): boolean {
  return /(?:^|[\s,“"(])[Tt]he\s+(?:[\w-]+\s+){0,2}of\s+(?:the\s+)?$/.test(
    v.text.slice(Math.max(v.sent.start, cand.start - 60), cand.start),
  );
}

/**
 * An appositive between a person and the verb: ", the head of ... of the Ministry, posted", and
 * a title whose own words hold commas (", minister of economy, trade and industry of Japan, said").
 */
const APPOSITIVE_BEFORE_VERB =
  /^,\s(?:[^,]{3,240}|[^,“”"]{3,120}(?:,\s[^,“”"]{2,60}){1,2}),\s*(?:\w+ly\s+|also\s+)?$/;

/** "Valery Revenko, the head of ... of the Belarusian Defence Ministry, posted": the person before the appositive. */
function personBeforeAppositive(v: VerbSite, cand: Mention | undefined): Mention | undefined {
  const limit = cand ? cand.start : v.vStart;
  return [...v.mentionsHere]
    .reverse()
    .find(
      (m) =>
        m.end < limit &&
        v.reg.get(m.ref)?.kind === 'person' &&
        (APPOSITIVE_BEFORE_VERB.test(v.text.slice(m.end, v.vStart)) ||
          positionAppositiveLeftOpen(v.text.slice(m.end, v.vStart))),
    );
}

/** ", having greeted X, ", ", after meeting X, ": a participial clause set off between a subject and its verb. */
const PARTICIPIAL_CLAUSE_BEFORE_VERB =
  /^,\s+(?:having|after|before|while|upon|when)\s+[^,;:“”"]{2,160},\s*(?:\w+ly\s+|also\s+)?$/;

/** ", who handed over the chair to his counterpart, X, ": a relative clause (commas of its own inside) between a subject and its verb. */
const RELATIVE_CLAUSE_BEFORE_VERB = /^,\s+(?:who|whose)\s+[^;:“”"]{2,200},\s*(?:\w+ly\s+|also\s+)?$/;

/**
 * Rule: "Uzbek President X, having greeted Rahmon, noted ...", "Lula, who handed over the chair
 * to his counterpart, Santiago Peña, revealed ...": the person named inside a participial or
 * relative clause between the subject and the verb is its object; the subject before the clause
 * speaks.
 */
function personBeforeParticipialClause(v: VerbSite, cand: Mention): Mention | undefined {
  return [...v.mentionsHere].reverse().find((m) => {
    if (m.end >= cand.start || v.reg.get(m.ref)?.kind !== 'person' || m.ref === cand.ref) return false;
    const between = v.text.slice(m.end, v.vStart);
    return PARTICIPIAL_CLAUSE_BEFORE_VERB.test(between) || RELATIVE_CLAUSE_BEFORE_VERB.test(between);
  });
}

/** ", spokesperson for the interim Foreign Ministry " with no comma to close it before the verb. */
const OPEN_POSITION_APPOSITIVE =
  /^,\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:spokes(?:man|woman|person)|press secretary|official|adviser|advisor|envoy|ambassador)\s+(?:for|of|at|to)\s+[^,;:“”"()]{3,80}?\s+(?:\w+ly\s+|also\s+)?$/;

/**
 * Rule: "X, spokesperson for the Taliban's interim Foreign Ministry announced ...": the comma that
 * should close the appositive is missing, and the ministry at its end is not the speaker; the
 * person set off before it is. Only a spokesperson-like position opens such an appositive.
 */
function positionAppositiveLeftOpen(between: string): boolean {
  return OPEN_POSITION_APPOSITIVE.test(between);
}

/** "Rybar, close to the Defence Ministry, said": the organization before "close to" speaks, not the ministry. */
function organizationCloseTo(v: VerbSite, inner: Mention): Mention | undefined {
  return [...v.mentionsHere]
    .reverse()
    .find(
      (m) =>
        m.end <= inner.start &&
        /^,?\s*(?:close to|near|affiliated with|linked to|citing)\b/.test(
          v.text.slice(m.end, inner.start).replace(/^[^,]*/, ''),
        ) &&
        v.reg.get(m.ref)?.kind === 'organization',
    );
}

/** Rule: "..., which has repeatedly warned": the antecedent of a relative clause. */
function relativeClauseAntecedent(v: VerbSite): FrameAnswer {
  const rel = /([A-Z][\p{L}]+),\s+(?:which|who)\s+(?:has|had)?\s*(?:\w+ly\s+)?$/u.exec(v.before);
  if (!rel) return null;
  const m = [...v.mentionsHere].reverse().find((x) => x.end <= v.vStart && x.end >= v.vStart - rel[0].length);
  const ref = speakerOf(v, m);
  return ref ? { speaker: ref, at: m?.start ?? v.vStart, via: 'relative' } : null;
}

/**
 * Rule: a pronoun subject, "he told", "He also stressed": the latest salient subject. A
 * closing "..., she said" is never a person named in the words before it ("Blinken stressed
 * ..., she said" reports Blinken through someone else), so those persons are passed over.
 */
function pronounBeforeVerb(v: VerbSite): FrameAnswer {
  const pron = /(?:^|[\s,“"(])([Hh]e|[Ss]he)\s+(?:(?:\w+ly|also|has|had|then|again|in turn,?)\s+)*$/.exec(
    v.before,
  );
  if (!pron) return null;
  const at = v.sent.start + (pron.index ?? 0);
  const subject = subjectOfParenthetical(v, at);
  if (subject) return { speaker: subject, at, via: 'pronoun' };
  const named = namedInClauseBefore(v, at);
  const subjects = named.size ? v.subjects.filter((x) => !named.has(x.ref)) : v.subjects;
  const r = resolveDescription(v.reg, pron[1] as string, v.vStart, subjects, v.outside);
  return r ? { speaker: r, at, via: 'pronoun' } : null;
}

/** A relative or complement word, then a comma: "the deal which, she said, ...". */
const RELATIVE_BEFORE_PARENTHETICAL = /\b(?:which|that|who|where|when)\s*,\s*$/;

/**
 * Rule: "Merkel thanked Spain for the deal which, she said, would help": a pronoun in a
 * parenthetical ", she said," inside a clause the sentence's subject governs is that subject, a
 * person named where the sentence opens. A closing ", she said" is not (see namedInClauseBefore).
 */
function subjectOfParenthetical(v: VerbSite, at: number): string | null {
  if (!RELATIVE_BEFORE_PARENTHETICAL.test(v.text.slice(v.sent.start, at + 1))) return null;
  const first = v.mentionsHere[0];
  if (!first || first.start - v.sent.start > 2 || first.end > at) return null;
  return v.reg.get(first.ref)?.kind === 'person' ? first.ref : null;
}

/**
 * The persons named (outside quotations) in the reported words before a closing ", he said".
 * After "however," or "but" the pronoun opens a clause of its own ("X gave no details, however,
 * he said that ..."): the words before are not what he said.
 */
function namedInClauseBefore(v: VerbSite, at: number): Set<string> {
  const before = v.text.slice(v.sent.start, at + 1);
  if (!/[^\s]\s*,\s*$/.test(before) || CONTRAST_BEFORE_PRONOUN.test(before)) return new Set();
  return new Set(
    v.mentionsHere.filter((m) => m.end <= at && v.reg.get(m.ref)?.kind === 'person').map((m) => m.ref),
  );
}

/** A contrast that opens a new clause right before its pronoun: ", however,", ", but", "; yet". */
const CONTRAST_BEFORE_PRONOUN = /(?:[,;]\s*(?:however|but|yet|though|nonetheless)|\bbut)\s*,?\s*$/i;

/** Rule: a definite description as subject: "the Belarusian Defence Minister confirmed". */
function descriptionBeforeVerbFrame(v: VerbSite): FrameAnswer {
  const described = descriptionBeforeVerb(v.before);
  if (!described) return null;
  const at = v.sent.start + described.index;
  const r = resolveDescription(v.reg, described.phrase, at, v.subjects, v.outside);
  return r ? { speaker: r, at, via: 'description' } : null;
}

/** Institutions referred back to: "the press service said", "the statement reads", "the ministry said". */
const INSTITUTION_BEFORE_VERB =
  /(?:^|[\s,“"(])((?:[Tt]he\s+)?(?:(?:[A-Z]\w+\s+)?(?:[Mm]inistry|[Dd]epartment)|press service|press office|press release|statement|readout|communiqu[eé]|report))\s+(?:also\s+|further\s+)?$/;
/** Any short subject phrase: "the top diplomat", "The official", "the head of the Ministry". */
const PHRASE_BEFORE_VERB =
  /(?:^|[\s,“"(])((?:[Tt]he\s+)?(?:(?:[A-Z][\p{L}]+|top)\s+){0,2}(?!(?:also|has|had|then|again)\b|\w+ly\b)[A-Za-z]+(?:\s+of\s+(?:the\s+)?[A-Za-z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)?|[Hh]e|[Ss]he)\s*(?:,\s*in turn,\s*)?(?:also\s+|has\s+|had\s+|\w+ly\s+)*$/u;

/** The subject phrase right before the verb (read once per verb, shared by the rules below). */
function subjectPhrase(v: VerbSite): SubjectPhrase | null {
  if (v.phrase !== undefined) return v.phrase;
  const pm = INSTITUTION_BEFORE_VERB.exec(v.before) ?? PHRASE_BEFORE_VERB.exec(v.before);
  v.phrase = pm
    ? {
        phrase: (pm[1] as string).trim(),
        at: v.sent.start + (pm.index ?? 0) + pm[0].indexOf(pm[1] as string),
      }
    : null;
  return v.phrase;
}

/** "The Presidency said", "the Presidency also described": a bare Presidency as the subject. */
const PRESIDENCY_BEFORE_VERB = /(?:^|[\s,“"(])([Tt]he\s+Presidency)\s+(?:(?:also|further|then|\w+ly)\s+)?$/;

/**
 * Rule: "The Presidency described the visit as successful": the office of the head of state the
 * story is about. A presidency named before ("South Africa's presidency") is it; else that of the
 * country of the president the text names most (the earliest on a tie). With no such president
 * it names no one ("the presidency of the council rotates" has no verb of saying at all).
 */
function presidencyReferredBack(v: VerbSite): FrameAnswer {
  // the regex is tried from every position; most subjects name no presidency
  const pm = v.before.includes('Presidency') ? PRESIDENCY_BEFORE_VERB.exec(v.before) : null;
  if (!pm) return null;
  const at = v.sent.start + pm.index + pm[0].indexOf(pm[1] as string);
  const ref = presidencyOfStory(v, at, at + (pm[1] as string).length);
  return ref ? { speaker: ref, at, via: 'anaphora' } : NOBODY;
}

/** After the verb: "the Presidency", "the Presidency of the Republic". */
const PRESIDENCY_AFTER_VERB =
  /^\s+(?:the\s+)?(Presidency(?:\s+of\s+the\s+Republic)?)\b(?!\s+of\s+(?!the\s+Republic))/;

/**
 * Rule: "“...,” said the Presidency.": the presidency of the story's country (see
 * presidencyReferredBack). "said the Presidency of the council" is another body's term.
 */
function presidencyAfterVerb(v: VerbSite): FrameAnswer {
  if (!/^(?:said|added|noted|stated)$/.test(v.verb)) return null;
  const end = v.vStart + v.verb.length;
  const pm = PRESIDENCY_AFTER_VERB.exec(v.text.slice(end, v.sent.end));
  if (!pm) return null;
  const at = end + pm[0].indexOf(pm[1] as string);
  const ref = presidencyOfStory(v, at, at + (pm[1] as string).length);
  return ref ? { speaker: ref, at, via: 'inverted' } : null;
}

/**
 * The presidency a bare "the Presidency" at [at, end) stands for: the one named before, else
 * that of the story's president's country (countryOfStoryPresident); the phrase becomes its mention.
 */
function presidencyOfStory(v: VerbSite, at: number, end: number): string | null {
  const named = v.reg
    .mentionsIn(Math.max(0, v.sent.start - 4000), v.sent.start)
    .filter((m) => /^Presidency of /.test((v.reg.get(m.ref) as { name?: string } | undefined)?.name ?? ''))
    .pop()?.ref;
  const country = named ? null : countryOfStoryPresident(v.reg, v.sent.start);
  const ref = named ?? (country ? presidencyRecord(v.reg, country).ref : null);
  if (ref) namedAt(v.reg, ref, at, end);
  return ref;
}

/**
 * The country of the president named most before `pos` (the earliest named on a tie); a
 * president whose title names no country ("President Cyril Ramaphosa left South Africa") is
 * taken to be of the first country the text names, the story's own.
 */
function countryOfStoryPresident(reg: Registry, pos: number): Country | undefined {
  const count = new Map<string, number>();
  const first = new Map<string, number>();
  for (const m of reg.personMentionsBefore(pos)) {
    count.set(m.ref, (count.get(m.ref) ?? 0) + 1);
    first.set(m.ref, m.start);
  }
  let best: string | undefined;
  let bestCount = 0;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const [ref, n] of count) {
    const at = first.get(ref) ?? 0;
    if (presidentRole(reg, ref) && (n > bestCount || (n === bestCount && at < bestAt))) {
      best = ref;
      bestCount = n;
      bestAt = at;
    }
  }
  if (!best) return undefined;
  const place = presidentRole(reg, best)?.country;
  return place ? countryOfPlaceRecord(reg, place) : firstCountryNamed(reg, pos);
}

/** A person's role of President, the one that names its country when there is one. */
function presidentRole(reg: Registry, ref: string): { country: string | null } | undefined {
  const person = reg.get(ref);
  if (person?.kind !== 'person') return undefined;
  const roles = person.roles.filter((r) => r.title === 'President');
  return roles.find((r) => r.country) ?? roles[0];
}

/**
 * The first country the text names before `pos`, a city standing for its country; a country that
 * qualifies a counterpart ("his Botswana counterpart") is the other side's.
 */
function firstCountryNamed(reg: Registry, pos: number): Country | undefined {
  for (const m of reg.mentionsIn(0, pos)) {
    const place = reg.get(m.ref);
    if (place?.kind !== 'place') continue;
    if (place.placeKind === 'country' && COUNTERPART_AFTER.test(reg.text.slice(m.end, m.end + 30))) continue;
    const c = countryOfPlaceRecord(reg, place.placeKind === 'city' && place.country ? place.country : m.ref);
    if (c) return c;
  }
  return undefined;
}

/** After a country's name: the counterpart it qualifies ("'s counterpart", " counterpart"). */
const COUNTERPART_AFTER = /^(?:['’]s?)?\s+(?:[a-z]+\s+)?counterparts?\b/;

/** Rule: "the ministry said", "the Foreign Ministry added": the latest ministry named. */
function ministryReferredBack(v: VerbSite): FrameAnswer {
  const p = subjectPhrase(v);
  if (!p || !/^(?:[Tt]he\s+)?(?:[A-Z]\w+\s+){0,2}(?:ministry|Ministry)$/.test(p.phrase)) return null;
  const min = latestMinistry(v.reg, v.idx, v.vStart);
  if (min && !ministryOfBranch(min.name, branchBeforeMinistry(v.text, p.at + p.phrase.length))) return NOBODY;
  return min ? { speaker: min.ref, at: p.at, via: 'anaphora' } : NOBODY;
}

/** A union referred to by what it is: "The 16-member regional bloc", "the grouping", "the alliance". */
const BLOC_BEFORE_VERB =
  /(?:^|[\s,“"(])[Tt]he\s+(?:[\w-]+\s+){0,2}(?:bloc|grouping|alliance)\s+(?:also\s+|further\s+)?$/;

/**
 * Rule: "The 16-member regional bloc announced the latest development in a statement": the union
 * (an alliance) named last before it speaks. With none named, the phrase names no one who can
 * speak; "the trade bloc's members said" is the members', not read here.
 */
function blocReferredBack(v: VerbSite): FrameAnswer {
  if (!BLOC_BEFORE_VERB.test(v.before)) return null;
  const union = lastAllianceBefore(v.idx, v.sent.start);
  return union ? { speaker: union.ref, at: v.vStart, via: 'anaphora' } : NOBODY;
}

/** Branch words and what a ministry's name says for them ("foreign" -> "Foreign Affairs"). */
const BRANCH_NAMES: Record<string, RegExp> = {
  foreign: /\bForeign\b|External/,
  external: /\bForeign\b|External/,
  defence: /Defen[cs]e/,
  defense: /Defen[cs]e/,
  interior: /Interior|Internal/,
  economy: /Econom/,
  finance: /Financ/,
};

/** The word that qualifies "ministry" right before it ("the unification ministry"), lower-cased, or null. */
function branchBeforeMinistry(text: string, end: number): string | null {
  // "the Foreign Affairs Ministry": the branch is the word before "Affairs"
  const m = /(?:^|[\s(])([A-Za-z]+)\s+(?:Affairs\s+)?[Mm]inistry$/.exec(
    text.slice(Math.max(0, end - 40), end),
  );
  const w = m?.[1]?.toLowerCase();
  return w && !/^(?:the|a|its|his|her|their|this|that|same)$/.test(w) ? w : null;
}

/**
 * Rule: "the unification ministry said" is that branch's ministry: the latest ministry named
 * before stands for it only when its name says the branch ("the foreign ministry said" after
 * "Ministry of Foreign Affairs of Japan"); another branch's ministry would be a guess. A
 * qualifier that is a country's or no branch ("Seoul's ministry") asks nothing.
 */
function ministryOfBranch(name: string, branch: string | null): boolean {
  if (!branch || countryByDemonym(capitalised(branch)) || countryByName(capitalised(branch))) return true;
  const re = BRANCH_NAMES[branch] ?? new RegExp(`\\b${capitalised(branch)}\\b`);
  return re.test(name);
}

function capitalised(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** "..., it said." closing a sentence of reported words (the verb ends the sentence). */
function closingIt(v: VerbSite): boolean {
  const after = v.text.slice(v.vStart + v.verb.length, v.sent.end);
  return /[^\s,]\s*,\s*it\s+(?:also\s+|further\s+)?$/.test(v.before) && /^\s*[.!]?\s*$/.test(after);
}

/**
 * Rule: "China's Washington embassy said ... / It said the talks were ...", "The two sides will
 * discuss trade, it said." after the ministry's tweet: a sentence that opens
 * with "It" before its verb goes on with the institution that spoke last, when that institution
 * was named in the sentence or two before. "It said" with no institution speaking before is no one.
 */
function institutionAsIt(v: VerbSite): FrameAnswer {
  if (!/^It\s+(?:also\s+|further\s+)?$/.test(v.before) && !closingIt(v)) return null;
  const last = v.relayers[v.relayers.length - 1];
  if (!last) return NOBODY;
  const near = v.reg.mentionsIn(Math.max(0, v.sent.start - 400), v.sent.start).some((m) => m.ref === last);
  return near ? { speaker: last, at: v.sent.start, via: 'anaphora' } : NOBODY;
}

/**
 * Rule: "the press service said", "the statement reads": a press service named with its owner
 * is a mention; the bare one is the latest institution that spoke.
 */
function documentReferredBack(v: VerbSite): FrameAnswer {
  const p = subjectPhrase(v);
  if (
    !p ||
    !/^(?:[Tt]he\s+)?(?:statement|press service|press office|press release|readout|communiqu[eé]|report)$/.test(
      p.phrase,
    )
  )
    return null;
  const owned = v.mentionsHere.find(
    (m) =>
      m.end === v.vStart - (v.before.length - v.before.trimEnd().length) &&
      /^Press service/.test((v.reg.get(m.ref) as { name?: string })?.name ?? ''),
  );
  if (owned) return { speaker: owned.ref, at: owned.start, via: 'subject' };
  const issuer = /statement|readout|communiqu|release/.test(p.phrase) ? issuerOfLatestDocument(v) : undefined;
  if (issuer) return { speaker: issuer, at: p.at, via: 'anaphora' };
  const org = relayingInstitution(v.reg, v.sent.start, v.relayers);
  return org ? { speaker: org, at: p.at, via: 'anaphora' } : NOBODY;
}

/** "a statement issued by", "the readout released by": the issuer's name follows. */
const ISSUED_BY =
  /\b(?:statement|readout|communiqu[eé]|press release)\s+(?:was\s+)?(?:issued|released|published|put out|posted)\s+by\s+(?:the\s+)?/gi;

/**
 * Rule: "A statement issued by the White House indicated ... “…,” the statement reads": the
 * document told earlier speaks for its issuer, even where another institution was named since
 * ("the US government said"). Only an organization right after "issued by" counts.
 */
function issuerOfLatestDocument(v: VerbSite): string | undefined {
  const from = Math.max(0, v.sent.start - 3000);
  const before = v.text.slice(from, v.sent.start);
  if (!/issued|released|published|put out|posted/.test(before)) return undefined;
  let issuerAt = -1;
  for (const m of before.matchAll(ISSUED_BY)) issuerAt = from + (m.index ?? 0) + m[0].length;
  if (issuerAt < 0) return undefined;
  return v.reg
    .mentionsIn(issuerAt, issuerAt + 80)
    .find((x) => x.start === issuerAt && v.reg.get(x.ref)?.kind === 'organization')?.ref;
}

/**
 * Rule: "the press secretary of the President of Armenia said": the office speaks; it becomes an
 * organization of its own (see officeNamedAt).
 */
function spokespersonOfOffice(v: VerbSite): FrameAnswer {
  const p = subjectPhrase(v);
  if (!p) return null;
  const pressSec =
    /(?:[Tt]he\s+)?(?:press secretary|spokes(?:man|woman|person)) (?:of|for) the (President|Prime Minister) of ([A-Z][\p{L}]+)\s*$/u.exec(
      v.before,
    );
  const c = pressSec ? countryByName(pressSec[2] as string) : undefined;
  if (!pressSec || !c) return null;
  const office = /^(?:[Tt]he\s+)?press secretary/.test(pressSec[0]) ? 'Press Secretary' : 'Spokesperson';
  const at = v.sent.start + (pressSec.index ?? 0);
  const ref = officeNamedAt(
    v.reg,
    `${office} of the ${pressSec[1]} of ${withArticle(c)}`,
    at + (/^[Tt]he /.test(pressSec[0]) ? 4 : 0),
    at + pressSec[0].trimEnd().length,
  );
  return { speaker: ref, at: p.at, via: 'office' };
}

/** "Yoon's spokesperson", "his spokesman", "her press secretary" right before the verb. */
const SPOKESPERSON_OF_PERSON =
  /(?:^|[\s,])((?:[Hh]is|[Hh]er|[\p{Lu}][\p{L}-]+['’]s)\s+(?:spokes(?:person|man|woman)|press secretary))\s+(?:also\s+)?$/u;

/**
 * Rule: "... agreed to expand cooperation, Yoon's spokesperson said", with "the spokesperson, Kim
 * Eun-hye," named elsewhere in the story: the one person the story gives a spokesperson's title
 * speaks. With none, or two, the phrase names no one who can speak.
 */
function spokespersonOfPerson(v: VerbSite): FrameAnswer {
  if (!v.before.includes('spokes') && !v.before.includes('press secretary')) return null;
  const m = SPOKESPERSON_OF_PERSON.exec(v.before);
  if (!m) return null;
  const spokespersons = v.reg.persons.filter((p) =>
    p.roles.some((r) => /\b(?:spokes(?:person|man|woman)|press secretary)\b/i.test(r.title)),
  );
  const only = spokespersons.length === 1 ? spokespersons[0] : undefined;
  if (!only) return NOBODY;
  return {
    speaker: only.ref,
    at: v.sent.start + m.index + m[0].indexOf(m[1] as string),
    via: 'spokesperson-of',
  };
}

/** "the Argentine president's office", "Norway's prime minister's office" right before the verb. */
const NATIONAL_LEADERS_OFFICE =
  /(?:^|[\s,])((?:[Tt]he\s+)?([\p{Lu}][\p{L}]+?)(?:['’]s)?\s+([Pp]resident|[Pp]rime\s+[Mm]inister|[Cc]hancellor)['’]s\s+(?:press\s+)?office)\s+(?:also\s+)?$/u;

/**
 * Rule: "..., the Argentine president's office said", "Norway's prime minister's office said":
 * the office of a country's head of state or government, named "Office of the President of
 * Argentina", whoever holds the post. A word that names no country ("the new president's
 * office") names no one.
 */
function officeOfNationalLeader(v: VerbSite): FrameAnswer {
  if (!/office/i.test(v.before)) return null;
  const om = NATIONAL_LEADERS_OFFICE.exec(v.before);
  const word = om?.[2];
  const c = word ? (countryByDemonym(word) ?? countryByName(word)) : undefined;
  if (!om || !c) return null;
  const title = titleCase((om[3] as string).replace(/\s+/g, ' '));
  const at = v.sent.start + om.index + om[0].indexOf(om[1] as string);
  const ref = officeNamedAt(
    v.reg,
    `Office of the ${title} of ${withArticle(c)}`,
    at,
    at + (om[1] as string).length,
  );
  return { speaker: ref, at, via: 'office' };
}

/**
 * Rule: "Prime Minister Anna Berg held a call with ..., her office said", "Berg's office said":
 * the office of the person named in the possessive, else of the sentence's first person, named
 * by that person's title and country ("Office of the Prime
 * Minister of Norway"). With no titled person before it ("his office in Oslo said" of a
 * businessman) the phrase names no one who can speak.
 */
function officeOfSubject(v: VerbSite): FrameAnswer {
  const om =
    /(?:^|[\s,])((?:[Hh]is|[Hh]er|[\p{Lu}][\p{L}-]+['’]s)\s+(?:press\s+)?office)\s+(?:also\s+)?$/u.exec(
      v.before,
    );
  if (!om) return null;
  const p = { phrase: om[1] as string, at: v.sent.start + om.index + om[0].indexOf(om[1] as string) };
  // "Yoon's office said": the person named in the possessive, else the sentence's first person
  const owner = /^[\p{Lu}]/u.test(p.phrase)
    ? v.mentionsHere.find((m) => m.start === p.at && v.reg.get(m.ref)?.kind === 'person')
    : undefined;
  if (/^[\p{Lu}]/u.test(p.phrase) && !owner) return null;
  const subject = owner ?? v.mentionsHere.find((m) => m.start < p.at && v.reg.get(m.ref)?.kind === 'person');
  const person = subject ? v.reg.get(subject.ref) : undefined;
  const role =
    person?.kind === 'person'
      ? person.roles.find((r) => r.country && /^(?:President|Prime Minister|Chancellor)$/.test(r.title))
      : undefined;
  const c = role?.country ? countryOfPlaceRecord(v.reg, role.country) : undefined;
  if (!role || !c) return NOBODY;
  const ref = officeNamedAt(
    v.reg,
    `Office of the ${role.title} of ${withArticle(c)}`,
    p.at,
    p.at + p.phrase.length,
  );
  return { speaker: ref, at: p.at, via: 'office' };
}

/**
 * Rule: any other subject phrase that describes someone known: "Finland’s top diplomat added".
 * An indefinite one ("a senior American official says") introduces someone new: no one known.
 */
function subjectPhraseDescribed(v: VerbSite): FrameAnswer {
  const p = subjectPhrase(v);
  if (!p) return null;
  if (
    /\b(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      v.text.slice(Math.max(v.sent.start, p.at - 30), p.at),
    )
  )
    return NOBODY;
  const d = withQualifiersBefore(v, p);
  const r = resolveDescription(v.reg, d.phrase, d.at, v.subjects, v.outside);
  return r ? { speaker: r, at: d.at, via: 'description' } : null;
}

/** A portfolio and a country's possessive right before a bare head: "Germany’s defence minister". */
const QUALIFIERS_BEFORE_HEAD = new RegExp(
  `(?:\\b([A-Z][\\p{L}]+)['’]s?\\s+)?((?:${MINISTER_PORTFOLIOS})\\s+)?$`,
  'u',
);

/**
 * Rule: "Germany’s defence minister told reporters": the portfolio and the country's possessive
 * before a bare head ("minister") belong to the description, so it asks for Germany's defence
 * minister, not any minister. A possessive of anything but a country ("Berg’s minister") is left out.
 */
function withQualifiersBefore(v: VerbSite, p: SubjectPhrase): SubjectPhrase {
  if (!/^[a-z]+$/.test(p.phrase)) return p;
  const before = v.text.slice(Math.max(v.sent.start, p.at - 40), p.at);
  const m = QUALIFIERS_BEFORE_HEAD.exec(before);
  if (!m?.[0]) return p;
  const country = m[1] ? countryByName(m[1]) : undefined;
  const taken = country ? m[0] : (m[2] ?? '');
  return taken ? { phrase: `${taken}${p.phrase}`, at: p.at - taken.length } : p;
}

/**
 * Rule: "the head of the Russian delegation said", "Kremlin spokesman pointed out": a position
 * the text earlier printed next to a name ("the head of the Russian delegation, presidential aide
 * Ivan Petrov", "Kremlin spokesman Ivan Petrov") stands for that person, whatever roles the
 * entities stage made of it.
 */
function descriptionNamedBefore(v: VerbSite): FrameAnswer {
  const slot = clauseSubject(v.before);
  if (!slot) return null;
  const at = v.sent.start + slot.index;
  const ref = personNamedWith(v, slot.phrase.replace(/^[Tt]he\s+/, ''), at);
  return ref ? { speaker: ref, at, via: 'description' } : null;
}

/** Words that may stand between a position and its holder's name: a comma, a rank, a title. */
const BETWEEN_POSITION_AND_NAME = /^(?:,?\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}|\s+)$/;

/** The person named right after (or right before) the latest earlier occurrence of `position`. */
function personNamedWith(v: VerbSite, position: string, before: number): string | null {
  const esc = position.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`\\b${esc}\\b`, 'gi');
  const text = v.text.slice(Math.max(0, before - 4000), before);
  const base = Math.max(0, before - 4000);
  const hits = [...text.matchAll(re)].reverse();
  for (const h of hits) {
    const start = base + (h.index ?? 0);
    const end = start + h[0].length;
    const after = v.reg
      .mentionsIn(end, end + 60)
      .find(
        (m) =>
          v.reg.get(m.ref)?.kind === 'person' && BETWEEN_POSITION_AND_NAME.test(v.text.slice(end, m.start)),
      );
    if (after) return after.ref;
    const prior = v.reg.personMentionsBefore(start, 1)[0];
    if (prior && /^,\s+(?:the\s+)?$/.test(v.text.slice(prior.end, start))) return prior.ref;
  }
  return null;
}

/** Rule: "...," added the Assistant Minister of Defense of Belarus. */
function descriptionAfterQuote(v: VerbSite): FrameAnswer {
  if (!/[,”"]\s*$/.test(v.before)) return null;
  const end = v.vStart + v.verb.length;
  const described = descriptionAfterVerb(v.text.slice(end, v.sent.end), /[”"]\s*$/.test(v.before));
  if (!described) return null;
  const at = end + described.index;
  const r = resolveDescription(v.reg, described.phrase, at, v.subjects, v.outside);
  return r ? { speaker: r, at, via: 'inverted' } : null;
}

/**
 * The words between a verb and the name it introduces make a title: capitalised words ("Russian
 * Foreign Minister"), "of", "the", and the lower-case words of positions ("foreign secretary",
 * "Pakistan's foreign minister", "MEA spokesperson") that newspapers print in lower case.
 */
function titleBeforeName(between: string): boolean {
  if (!/\s$/.test(between)) return false;
  const words = between.trim().split(/\s+/);
  return words.every(
    (w) =>
      /^[A-Z][\p{L}.’'-]*$/u.test(w) || /^(?:of|the|for|affairs|external)$/.test(w) || TITLE_WORDS.has(w),
  );
}

/** The person named within 80 characters after `pos` with only a title before the name. */
function personAfterTitle(v: VerbSite, pos: number): Mention | undefined {
  return v.mentionsHere.find(
    (x) =>
      x.start > pos &&
      x.start < pos + 80 &&
      v.reg.get(x.ref)?.kind === 'person' &&
      titleBeforeName(v.text.slice(pos, x.start)),
  );
}

/**
 * Rule: "said Landsbergis", "said Russian Foreign Minister Sergey Lavrov", "said foreign secretary
 * Nirupama Rao" (the name may follow its title, in either case), "said African Union Commission
 * Chairperson Jean Ping" (the body opens the holder's title); after a quotation's close, any
 * verb of saying: "“It was a wedding,” joked Mr Macron".
 */
function speakerAfterVerb(v: VerbSite): FrameAnswer {
  const end = v.vStart + v.verb.length;
  const inv = /^\s+(?:the\s+)?/.exec(v.text.slice(end, v.sent.end));
  if (!inv) return null;
  const pos = end + inv[0].length;
  // a description ("stressed the Finnish president") is read by bareTitleAfterVerb, which knows
  // which verbs invert; a name here is the speaker
  const first = v.mentionsHere.find(
    (x) => x.start === pos && x.via !== 'description' && speakerOf(v, x) !== null,
  );
  // "said African Union Commission Chairperson Jean Ping": a body that opens a title is its holder's
  const m =
    (first && v.reg.get(first.ref)?.kind === 'organization' ? personAfterTitle(v, pos) : undefined) ??
    first ??
    personAfterTitle(v, pos);
  const ref = speakerOf(v, m);
  // right after a quotation's close any verb of saying inverts ("“It was a wedding,” joked Mr Macron")
  const afterQuote = /[,.!?]?\s*["”’]\s*$/.test(v.before);
  if (m && !afterQuote && subjectOfComplement(v, m)) return null;
  return ref && (afterQuote || /^(?:said|added|noted|stressed)$/.test(v.verb) || headlineSays(v, m))
    ? { speaker: ref, at: pos, via: 'inverted' }
    : null;
}

/** What may follow the speaker of an inverted "said X": where, when, to whom, or the clause's end. */
const AFTER_INVERTED_SPEAKER =
  /^\s*(?:\([\w.-]+\)\s*)?(?:$|[,.;:!?)–—-]|(?:in|at|on|to|for|during|after|before|following|when|while|as|from|with|without|via|through|who|whose|which|and|adding|noting|saying|told|added|last|this|earlier|later|today|yesterday|too|also)\b)/;

/**
 * Rule: "the leaders supported the plan, but said the Agreement on X remains the only way": a
 * name after "said" that goes on with its own verb is the subject of what was said, not the
 * speaker. "said Landsbergis on Monday", "said Lavrov, adding ..." end where the speaker does.
 */
function subjectOfComplement(v: VerbSite, m: Mention): boolean {
  return !AFTER_INVERTED_SPEAKER.test(v.text.slice(m.end, Math.min(v.sent.end, m.end + 40)));
}

/**
 * Rule: "France loves Brazil says Macron after Lula meeting": a headline (no full stop) whose
 * claim comes before "says NAME", the name ending it or followed by when or where. "The report
 * says Macron will visit" goes on with a verb after the name: no inversion.
 */
function headlineSays(v: VerbSite, m: { end: number } | undefined): boolean {
  if (v.verb !== 'says' || !m || /[.!?]\s*$/.test(v.sent.exact)) return false;
  const after = v.text.slice(m.end, v.sent.end);
  return /^\s*$|^\s+(?:after|in|at|on|as|during|ahead|before|following|amid)\b/.test(after);
}

/** Rule: "said the Belarusian leader", "added the minister": a bare title after the verb. */
function bareTitleAfterVerb(v: VerbSite): FrameAnswer {
  const end = v.vStart + v.verb.length;
  const inv = /^\s+(?:the\s+)?/.exec(v.text.slice(end, v.sent.end));
  if (!inv || !/^(?:said|added|noted)$/.test(v.verb)) return null;
  const pos = end + inv[0].length;
  const desc = /^((?:[A-Z][\p{L}]+\s+)?(?:leader|minister|president|diplomat|Head of State))\b/u.exec(
    v.text.slice(pos, pos + 40),
  );
  const r = desc ? resolveDescription(v.reg, `the ${desc[1]}`, pos, v.subjects, v.outside) : null;
  return r ? { speaker: r, at: pos, via: 'inverted' } : null;
}

/**
 * Rule: "HE the Prime Minister and Minister of Foreign Affairs affirmed": the person before who
 * holds every office the description names (holderOfStyledOffices), nobody when none does.
 * "His Excellency also stressed", "His Highness said": the person the text last styled so (by
 * name, "HE Minister ... X", or by description), else the salient speaker.
 */
function styledSpeaker(v: VerbSite): FrameAnswer {
  const styled = styledSubject(v.before);
  if (!styled) return null;
  const at = v.sent.start + styled.index;
  if (styled.description) {
    const ref = holderOfStyledOffices(v.reg, styled.description, at, v.outside);
    return ref ? { speaker: ref, at, via: 'description' } : NOBODY;
  }
  const ref = lastStyledPerson(v, styled.style) ?? salientPerson(v);
  return ref ? { speaker: ref, at, via: 'anaphora' } : NOBODY;
}

/** A style of address in running text, with what follows it up to the end of its clause. */
const STYLE_IN_TEXT =
  /(?:\bH\.?\s?E\.?|\bH\.\s?H\.|\b(?:His|Her) (?:Royal )?(?:Excellency|Highness|Majesty))\s+(?=[A-Z]|the\s)/g;

/** Words between a style and the name it introduces: a title, with no clause break or verb. */
const TITLE_BETWEEN_STYLE_AND_NAME = /^(?:(?:[A-Z][\p{L}.’'-]*|of|the|for|and|to)\s+)*$/u;

/**
 * The person the text last referred to with a style of the same class before this sentence:
 * "HE Minister of Foreign Affairs ... X" names X; "HE the Prime Minister ... affirmed" stands
 * for the holder of those offices.
 */
function lastStyledPerson(v: VerbSite, style: string): string | null {
  const from = Math.max(0, v.sent.start - 4000);
  const text = v.text.slice(from, v.sent.start);
  const hits = [...text.matchAll(STYLE_IN_TEXT)].reverse();
  for (const h of hits) {
    if (styleClass(h[0]) !== style) continue;
    const end = from + (h.index ?? 0) + h[0].length;
    const named = v.reg
      .personMentionsBefore(end + 160)
      .reverse()
      .find((m) => m.start >= end);
    if (named && TITLE_BETWEEN_STYLE_AND_NAME.test(v.text.slice(end, named.start))) return named.ref;
    const desc = /^(the\s+[A-Z][\p{L}-]*(?:\s+(?:[A-Z][\p{L}-]*|of|for|and|the))*?)\s+[a-z]/u.exec(
      v.text.slice(end, end + 160),
    );
    if (desc) {
      const ref = holderOfStyledOffices(v.reg, desc[1] as string, end, v.outside);
      if (ref) return ref;
    }
  }
  return null;
}

/** The latest person the text made a subject before the verb. */
function salientPerson(v: VerbSite): string | null {
  const s = [...v.subjects].reverse().find((x) => x.at < v.vStart && v.reg.get(x.ref)?.kind === 'person');
  return s?.ref ?? null;
}
