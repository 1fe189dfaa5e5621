import { type Doc, sentenceAt } from '../doc.js';
import { resolveDescription } from '../entities/describe.js';
import { type EntityIndex, latestMinistry } from '../entities/index.js';
import { orgKey, withArticle } from '../entities/organizations.js';
import type { Registry } from '../entities/registry.js';
import { SPEECH_VERBS } from '../entities/titles.js';
import { countryByName } from '../gazetteer/countries.js';
import { foldName, keyPart } from '../text/fold.js';
import { type Quotation, quotationsOverlapping } from '../text/quotes.js';
import { isSpeechVerbForm } from '../text/speech-verbs.js';
import type { Channel, MeetingRecord, Mention, Span, StatementRecord } from '../types.js';
import { meetingKey } from './meetings.js';
import { descriptionAfterVerb, descriptionBeforeVerb } from './statements/descriptions.js';
import { labelledSpeech } from './statements/labels.js';

const MAX_EVIDENCE = 1400;

// words that open an attribution without being a verb of saying themselves
const ATTRIBUTION_WORDS = /\b(?:[Aa]ccording|point of view|cited|words|spoke|talked|warned|called)\b/;

/** A verb of saying: the house list (with its irregular forms) or a VerbNet class member. */
function isSaying(word: string, after: string): boolean {
  return SPEECH_VERBS.has(word) || isSpeechVerbForm(word, after);
}

/** One pass to tell whether a sentence has any verb of saying at all (most sentences do not). */
function anySpeech(s: string): boolean {
  if (ATTRIBUTION_WORDS.test(s)) return true;
  const word = /\b[a-z]{3,}\b/g;
  for (let m = word.exec(s); m; m = word.exec(s))
    if (isSaying(m[0], s.slice(m.index + m[0].length, m.index + m[0].length + 8))) return true;
  return false;
}

/**
 * Rule: the medium a sentence names for what is said. "told reporters" and "said" name none; a
 * statement of any kind ("in a joint statement", "in a separate statement") or a government
 * readout ("said in a readout", "according to the readout") is a press release.
 */
export function channelOf(sentence: string): Channel | null {
  if (
    /\b(?:on|via|in a post on|posted on|wrote on|stated on)\s+(?:the social media platform\s+)?(?:X|Twitter)\b|\bX \((?:formerly )?Twitter\)|\btweet(?:ed)?\b|\bon X\b|\b(?:X|Twitter) (?:account|page|post|feed)\b/.test(
      sentence,
    )
  )
    return 'x';
  if (/\bTelegram\b/.test(sentence)) return 'telegram';
  if (/\binterview\b/i.test(sentence)) return 'interview';
  if (/\b(?:press|news) conference\b|\bbriefing\b/i.test(sentence)) return 'press_conference';
  if (
    /\bpress release\b|\bin (?:a|an|its|his|her|their) (?:[\w-]+ )?statement\b|\b(?:the|a) (?:joint )?statement (?:read|reads|said)\b|\breadout\b|\bpress[- ]service\b|\bofficial website\b|\bcommuniqu[eé]\b/i.test(
      sentence,
    )
  )
    return 'press_release';
  return null;
}

interface Attribution {
  speaker: string;
  /** offsets of the speaker's words */
  at: number;
  via: string;
}

const SKIP_BETWEEN =
  /^(?:\s|,|also|has|had|have|then|again|later|of [A-Z][a-z]+|further|in turn|for (?:his|her|their|its) part|in (?:his|her|their|its) turn|in response|on [A-Z]\w+|\w+ly|(?:was|is|were) quoted as|once again|\(\w+\))*$/;

/**
 * Finds who a sentence attributes words to: "<speaker> said/noted/told ...", "..., <speaker>
 * said.", "according to <speaker>", "said <speaker>", "from <speaker>’s point of view", "the
 * ministry cited <person> as saying", "<org>, which has repeatedly warned". A person who speaks
 * first wins over the ministry that relays them.
 */
function attribution(
  doc: Doc,
  reg: Registry,
  idx: EntityIndex,
  sent: Span,
  subjects: Array<{ ref: string; at: number }>,
  outside: (a: number, b: number) => boolean,
  relayers: string[] = [],
): Attribution | null {
  const text = doc.text;
  const s = sent.exact;
  const found: Attribution[] = [];
  const mentionsHere = reg.mentionsIn(sent.start, sent.end).filter((m) => outside(m.start, m.end));
  const speakerRef = (m: Mention): string | null => {
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
  };
  // verbs of saying in this sentence, outside quotations
  if (!anySpeech(s)) return null;
  // "Azernews reports, citing the press service of the ministry, that ...": the cited source speaks
  const source = citedSource(
    text,
    sent,
    mentionsHere.filter((m) => speakerRef(m) !== null),
  );
  const sourceRef = source ? speakerRef(source) : null;
  // the press service an outlet cites speaks for its institution
  if (source && sourceRef) found.push({ speaker: rootOf(reg, sourceRef), at: source.start, via: 'citing' });
  const verbRe = /\b([a-z]+|According)\b/g;
  for (let vm = verbRe.exec(s); vm; vm = verbRe.exec(s)) {
    const verb = (vm[1] as string).toLowerCase();
    if (
      !isSaying(verb, s.slice(vm.index + verb.length, vm.index + verb.length + 8)) &&
      verb !== 'according' &&
      verb !== 'warned' &&
      verb !== 'called' &&
      verb !== 'spoke' &&
      verb !== 'talked'
    )
      continue;
    // "spoke about", "talked of": speech; "spoke by phone with": a call
    if (
      (verb === 'spoke' || verb === 'talked') &&
      !/^\s+(?:about|of)\b/.test(s.slice(vm.index + verb.length))
    )
      continue;
    // "called on X to", "called for": a demand; "called X" is a phone call
    // "called it an example of ...": a judgement in words (VerbNet's dub class); "called X" alone is a phone call
    if (
      verb === 'called' &&
      !/^\s+(?:on|for|upon)\b|^\s+(?:it|this|that|them|these|those)\s+(?:an?|the)\s/.test(
        s.slice(vm.index + verb.length),
      )
    )
      continue;
    const vStart = sent.start + vm.index;
    if (!outside(vStart, vStart + verb.length)) continue;
    if (verb === 'according') {
      const tail = text.slice(vStart, sent.end);
      const am = /^[Aa]ccording to (?:the )?/.exec(tail);
      if (!am) continue;
      const pos = vStart + am[0].length;
      const m =
        mentionsHere.find((x) => x.start >= pos && x.start <= pos + 2) ??
        titledPersonAt(reg, text, pos, mentionsHere);
      const ref = m ? speakerRef(m) : null;
      if (ref) found.push({ speaker: ref, at: m?.start ?? pos, via: 'according' });
      else {
        const desc = /^([A-Z]?[a-z]+(?: [A-Z]?[a-z]+){0,2})[,.]/.exec(text.slice(pos, pos + 40));
        const paper = desc ? documentOfInstitution(reg, desc[1] as string, sent.start, relayers) : null;
        if (paper) {
          found.push({ speaker: paper, at: pos, via: 'according' });
          continue;
        }
        if (desc && /^(?:[A-Z]\w+ )?(?:[Mm]inistry|[Dd]epartment)$/.test(desc[1] as string)) {
          const min = latestMinistry(reg, idx, vStart);
          if (min) found.push({ speaker: min.ref, at: pos, via: 'according' });
          continue;
        }
        const r = desc ? resolveDescription(reg, `the ${desc[1]}`, vStart, subjects, outside) : null;
        if (r) found.push({ speaker: r, at: pos, via: 'according' });
      }
      continue;
    }
    // subject right before the verb
    const before = text.slice(sent.start, vStart);
    if (
      /^(?:noting|saying|adding|stressing|emphasizing|expressing|describing|reiterating|highlighting)$/.test(
        verb,
      ) &&
      /,\s*$/.test(before)
    ) {
      // the clause's subject: a person not governed by a preposition ("Upon greeting Modi, Putin made ..., noting")
      const subj = [...mentionsHere]
        .reverse()
        .find(
          (m) =>
            m.start < vStart &&
            reg.get(m.ref)?.kind === 'person' &&
            !/\b(?:with|to|by|of|for|greeting|meeting|and|from|about)\s+(?:\w+\s+){0,3}$/i.test(
              text.slice(Math.max(sent.start, m.start - 30), m.start),
            ),
        );
      if (subj && !found.length) {
        found.push({ speaker: subj.ref, at: subj.start, via: 'participle' });
        continue;
      }
    }
    // the nearest mention before the verb that can speak (a person or an institution, not the city inside "the Foreign Ministry in Moscow")
    let cand = [...mentionsHere]
      .reverse()
      .find(
        (m) =>
          m.end <= vStart &&
          SKIP_BETWEEN.test(text.slice(m.end, vStart).replace(/['’]s\b/, '')) &&
          speakerRef(m) !== null,
      );
    // "Valery Revenko, the head of ... of the Belarusian Defence Ministry, posted": the person before the appositive speaks
    if (!cand || reg.get(cand.ref)?.kind === 'organization') {
      const limit = cand ? cand.start : vStart;
      const person = [...mentionsHere]
        .reverse()
        .find(
          (m) =>
            m.end < limit &&
            reg.get(m.ref)?.kind === 'person' &&
            /^,\s[^,]{3,240},\s*(?:\w+ly\s+|also\s+)?$/.test(text.slice(m.end, vStart)),
        );
      if (person) cand = person;
    }
    if (
      cand &&
      /\b(?:close to|near|affiliated with|linked to|citing)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/.test(
        text.slice(Math.max(sent.start, cand.start - 40), cand.start),
      )
    ) {
      const inner = cand;
      cand = [...mentionsHere]
        .reverse()
        .find(
          (m) =>
            m.end <= inner.start &&
            /^,?\s*(?:close to|near|affiliated with|linked to|citing)\b/.test(
              text.slice(m.end, inner.start).replace(/^[^,]*/, ''),
            ) &&
            reg.get(m.ref)?.kind === 'organization',
        );
    }
    if (cand) {
      const ref = speakerRef(cand);
      if (ref) {
        found.push({ speaker: ref, at: cand.start, via: 'subject' });
        continue;
      }
    }
    // "..., which has repeatedly warned": the antecedent of a relative clause
    const rel = /([A-Z][\p{L}]+),\s+(?:which|who)\s+(?:has|had)?\s*(?:\w+ly\s+)?$/u.exec(before);
    if (rel) {
      const m = [...mentionsHere].reverse().find((x) => x.end <= vStart && x.end >= vStart - rel[0].length);
      const ref = m ? speakerRef(m) : null;
      if (ref) {
        found.push({ speaker: ref, at: m?.start ?? vStart, via: 'relative' });
        continue;
      }
    }
    // pronoun: "he told", "He also stressed"
    const pron = /(?:^|[\s,“"(])([Hh]e|[Ss]he)\s+(?:(?:\w+ly|also|has|had|then|again|in turn,?)\s+)*$/.exec(
      before,
    );
    if (pron) {
      const r = resolveDescription(reg, pron[1] as string, vStart, subjects, outside);
      if (r) {
        found.push({ speaker: r, at: sent.start + (pron.index ?? 0), via: 'pronoun' });
        continue;
      }
    }
    // a definite description: "the Belarusian Defence Minister confirmed", "The official added"
    const described = descriptionBeforeVerb(before);
    if (described) {
      const at = sent.start + described.index;
      const r = resolveDescription(reg, described.phrase, at, subjects, outside);
      if (r) {
        found.push({ speaker: r, at, via: 'description' });
        continue;
      }
    }
    // institutions referred back to: "the press service said", "the statement reads", "the ministry said"
    const inst =
      /(?:^|[\s,“"(])((?:[Tt]he\s+)?(?:(?:[A-Z]\w+\s+)?(?:[Mm]inistry|[Dd]epartment)|press service|press office|press release|statement|readout|communiqu[eé]|report))\s+(?:also\s+|further\s+)?$/.exec(
        before,
      );
    const pm =
      inst ??
      /(?:^|[\s,“"(])((?:[Tt]he\s+)?(?:(?:[A-Z][\p{L}]+|top)\s+){0,2}(?!(?:also|has|had|then|again)\b|\w+ly\b)[A-Za-z]+(?:\s+of\s+(?:the\s+)?[A-Za-z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)?|[Hh]e|[Ss]he)\s*(?:,\s*in turn,\s*)?(?:also\s+|has\s+|had\s+|\w+ly\s+)*$/u.exec(
        before,
      );
    if (pm) {
      const phrase = (pm[1] as string).trim();
      const at = sent.start + (pm.index ?? 0) + pm[0].indexOf(pm[1] as string);
      if (/^(?:[Tt]he\s+)?(?:[A-Z]\w+\s+)?(?:ministry|Ministry)$/.test(phrase)) {
        const min = latestMinistry(reg, idx, vStart);
        if (min) found.push({ speaker: min.ref, at, via: 'anaphora' });
        continue;
      }
      if (
        /^(?:[Tt]he\s+)?(?:statement|press service|press office|press release|readout|communiqu[eé]|report)$/.test(
          phrase,
        )
      ) {
        // a press service named with its owner is a mention; the bare one is the latest institution that spoke
        const owned = mentionsHere.find(
          (m) =>
            m.end === vStart - (before.length - before.trimEnd().length) &&
            /^Press service/.test((reg.get(m.ref) as { name?: string })?.name ?? ''),
        );
        if (owned) {
          found.push({ speaker: owned.ref, at: owned.start, via: 'subject' });
          continue;
        }
        const org = relayingInstitution(reg, sent.start, relayers);
        if (org) found.push({ speaker: org, at, via: 'anaphora' });
        continue;
      }
      const pressSec =
        /(?:[Tt]he\s+)?(?:press secretary|spokes(?:man|woman|person)) (?:of|for) the (President|Prime Minister) of ([A-Z][\p{L}]+)\s*$/u.exec(
          before,
        );
      if (pressSec) {
        const c = countryByName(pressSec[2] as string);
        if (c) {
          const office = /^(?:[Tt]he\s+)?press secretary/.test(pressSec[0])
            ? 'Press Secretary'
            : 'Spokesperson';
          const name = `${office} of the ${pressSec[1]} of ${withArticle(c)}`;
          const rec = reg.organization(orgKey(name), name, 'body');
          const ps = sent.start + (pressSec.index ?? 0) + (/^[Tt]he /.test(pressSec[0]) ? 4 : 0);
          reg.mention(rec.ref, ps, sent.start + (pressSec.index ?? 0) + pressSec[0].trimEnd().length, 'name');
          found.push({ speaker: rec.ref, at, via: 'office' });
          continue;
        }
      }
      const r = resolveDescription(reg, phrase, at, subjects, outside);
      if (r) {
        found.push({ speaker: r, at, via: 'description' });
        continue;
      }
    }
    // "said the Belarusian leader" / "said Landsbergis"
    const after = text.slice(vStart + verb.length, sent.end);
    // "...," added the Assistant Minister of Defense of Belarus.
    const describedAfter = /[,”"]\s*$/.test(before) ? descriptionAfterVerb(after) : null;
    if (describedAfter) {
      const at = vStart + verb.length + describedAfter.index;
      const r = resolveDescription(reg, describedAfter.phrase, at, subjects, outside);
      if (r) {
        found.push({ speaker: r, at, via: 'inverted' });
        continue;
      }
    }
    const inv = /^\s+(?:the\s+)?/.exec(after);
    if (inv) {
      const pos = vStart + verb.length + inv[0].length;
      // "said Russian Foreign Minister Sergey Lavrov": the name may follow its title
      const m =
        mentionsHere.find((x) => x.start === pos && speakerRef(x) !== null) ??
        mentionsHere.find(
          (x) =>
            x.start > pos &&
            x.start < pos + 80 &&
            reg.get(x.ref)?.kind === 'person' &&
            /^(?:(?:[A-Z][\p{L}.’'-]*|of|the|for)\s+)+$/u.test(text.slice(pos, x.start)),
        );
      const ref = m ? speakerRef(m) : null;
      if (ref && /^(?:said|added|noted|stressed)$/.test(verb)) {
        found.push({ speaker: ref, at: pos, via: 'inverted' });
        continue;
      }
      const desc = /^((?:[A-Z][\p{L}]+\s+)?(?:leader|minister|president|diplomat|Head of State))\b/u.exec(
        text.slice(pos, pos + 40),
      );
      if (desc && /^(?:said|added|noted)$/.test(verb)) {
        const r2 = resolveDescription(reg, `the ${desc[1]}`, pos, subjects, outside);
        if (r2) found.push({ speaker: r2, at: pos, via: 'inverted' });
      }
    }
  }
  // "In his words, ...": the words of the latest subject
  const inWords = /^\s*(?:In (?:his|her) (?:own )?(?:words|opinion|view)|According to (?:him|her)),/.exec(s);
  if (inWords && !found.length) {
    const r = resolveDescription(reg, 'he', sent.start, subjects, outside);
    if (r) found.push({ speaker: r, at: sent.start, via: 'pronoun' });
  }
  // "From <X>’s point of view", "the ministry cited <X> as saying"
  const pov = /\b[Ff]rom ([A-Z][\p{L}-]+)['’]s point of view/u.exec(s);
  if (pov) {
    const m = mentionsHere.find((x) => x.start === sent.start + (pov.index ?? 0) + 5);
    const ref = m ? speakerRef(m) : null;
    if (ref) found.push({ speaker: ref, at: m?.start ?? 0, via: 'pov' });
  }
  const cited = /\bcited ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?) as saying/u.exec(s);
  if (cited) {
    const m = mentionsHere.find((x) => x.start === sent.start + (cited.index ?? 0) + 6);
    const ref = m ? speakerRef(m) : null;
    if (ref) return { speaker: ref, at: m?.start ?? 0, via: 'cited' };
  }
  if (!found.length) return null;
  for (const f of found) if (reg.get(f.speaker)?.kind === 'organization') relayers.push(f.speaker);
  // a closing attribution by a person (", Ushakov said") governs the whole sentence
  const lastF = found[found.length - 1] as Attribution;
  if (
    found.length > 1 &&
    reg.get(lastF.speaker)?.kind === 'person' &&
    lastF.via !== 'participle' &&
    /,\s*(?:[\w’'.-]+\s+){0,5}$/.test(text.slice(sent.start, lastF.at)) &&
    /^\s*[\w’'.-]+\s+(?:[\w’'.-]+\s+){0,2}(?:said|told|added|noted|stated|stressed|explained)\b[^,]{0,40}(?:[.,]|$)/.test(
      text.slice(lastF.at, sent.end),
    ) &&
    wordCount(text.slice(lastF.at, sent.end)) <=
      12 + (text.slice(lastF.at, sent.end).includes('adding') ? 40 : 0)
  )
    return lastF;
  // a person wins over an organization relaying them; else the first attribution
  return found.find((f) => reg.get(f.speaker)?.kind === 'person') ?? (found[0] as Attribution);
}

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
  const out: StatementRecord[] = [];
  const text = doc.text;
  const topQuotes = doc.quotes.filter((q) => q.depth === 0);
  const quoteAt = (a: number, b: number): Quotation | undefined => {
    let lo = 0;
    let hi = topQuotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((topQuotes[mid] as Quotation).outer.start <= a) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const q = found >= 0 ? topQuotes[found] : undefined;
    return q && b <= q.outer.end ? q : undefined;
  };
  const outside = (a: number, b: number): boolean => !quoteAt(a, b);
  // salient subjects: the first person or organization of each sentence, for pronouns
  const subjects: Array<{ ref: string; at: number }> = [];
  const firstOf = new Map<number, { ref: string; at: number }>();
  for (const m of reg.mentionsIn(0, text.length)) {
    const r = reg.get(m.ref);
    if (r?.kind !== 'person' || !outside(m.start, m.end)) continue;
    const si = sentenceAt(doc, m.start);
    // a person after a preposition ("represented by X", "met with X") is not the sentence's
    // subject; the preposition must be in the same sentence ("... by Sergey Lavrov. Lavrov told")
    const sentenceStart = doc.sentences[si]?.start ?? 0;
    if (
      /\b(?:by|with|to|of|from|for|about|on|greeting|thanked|told)\s+(?:the\s+)?(?:[A-Z][\p{L}.’'-]*\s+){0,6}$/u.test(
        text.slice(Math.max(sentenceStart, m.start - 80), m.start),
      )
    )
      continue;
    if (!firstOf.has(si) || reportsTheSentence(text, m.end)) firstOf.set(si, { ref: r.ref, at: m.start });
  }
  for (const [, v] of [...firstOf].sort((a, b) => a[0] - b[0])) subjects.push(v);

  const channelBySpeaker = new Map<string, Channel>();
  // "Source: Sybiha on X (Twitter)", "Peskov on Telegram": a person's medium for the whole item
  for (const m of text.matchAll(/([A-Z][\p{L}-]+)\s+on\s+(X|Twitter|Telegram)\b/gu)) {
    const at = m.index ?? 0;
    const mention = reg
      .mentionsIn(at, at + (m[1] as string).length)
      .find((x) => reg.get(x.ref)?.kind === 'person');
    if (mention) channelBySpeaker.set(rootOf(reg, mention.ref), m[2] === 'Telegram' ? 'telegram' : 'x');
  }
  personalMedia(doc, reg, outside, channelBySpeaker);
  const relayers: string[] = [];
  const transcript = transcriptSpeaker(doc, reg);
  const used = new Set<Quotation>();
  let lastSpeaker: { ref: string; para: number; channel: Channel | null } | null = null;
  // paragraphs are lines (one paragraph per line in most stored articles); blank lines don't count
  const lineStarts: number[] = [];
  for (let i = 0; i < text.length; i++)
    if ((i === 0 || text[i - 1] === '\n') && text[i] !== '\n') lineStarts.push(i);
  const paragraphIndex = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  for (let si = 0; si < doc.sentences.length; si++) {
    const sent = doc.sentences[si] as Span;
    if (transcript && sent.start > transcript.bodyStart) continue;
    const quotesHere = quotationsOverlapping(topQuotes, sent.start, sent.end);
    const att = attribution(doc, reg, idx, sent, subjects, outside, relayers);
    const ownQuotes = quotesHere.filter((q) => !used.has(q));
    // the closing sentence of a quotation already attributed ("...," Ushakov told reporters.)
    if (
      att &&
      !ownQuotes.length &&
      quotesHere.some((q) => used.has(q) && q.outer.end > sent.start && q.outer.start < sent.start)
    ) {
      const tail = text.slice(Math.max(...quotesHere.map((q) => q.outer.end)), sent.end);
      // a long tail is only a new statement when it reports something ("..., adding that ..."),
      // not when it only says who spoke and where ("Almeida said in a statement published by ...")
      if (wordCount(tail) <= 8 || !REPORTING_TAIL.test(tail)) continue;
    }
    if (att) {
      // a speaker found by description becomes what the text is about, for "he" and "the official"
      if (att.via === 'description' && reg.get(att.speaker)?.kind === 'person') noteSubject(subjects, att);
      const channel = channelOf(sent.exact) ?? channelBySpeaker.get(rootOf(reg, att.speaker)) ?? null;
      if (channel) channelBySpeaker.set(rootOf(reg, att.speaker), channel);
      const quote = ownQuotes[0] ?? null;
      const evidence: Span[] = [clip(reg, sent)];
      if (quote) {
        used.add(quote);
        const qs = doc.sentences[sentenceAt(doc, quote.inner.start)];
        if (qs && qs.start !== sent.start) evidence.unshift(clip(reg, qs));
      }
      out.push(statement(reg, out.length, att.speaker, channel, quote, sent, evidence));
      lastSpeaker = { ref: att.speaker, para: paragraphIndex(sent.start), channel };
      // more quotations in the same sentence are further statements of the same speaker
      for (const q of ownQuotes.slice(1)) {
        used.add(q);
        if (wordCount(q.inner.exact) < 3) continue;
        out.push(statement(reg, out.length, att.speaker, channel, q, sent, [clip(reg, sent)]));
      }
      continue;
    }
    // an unattributed quotation that starts here: the previous speaker goes on
    for (const q of ownQuotes) {
      if (q.inner.start < sent.start || wordCount(q.inner.exact) < 4) continue;
      // the attribution may follow the quote in a later sentence of the same paragraph
      const endSent = doc.sentences[sentenceAt(doc, Math.max(q.outer.start, q.outer.end - 1))];
      let who: Attribution | null = null;
      if (endSent && endSent.start !== sent.start)
        who = attribution(doc, reg, idx, endSent, subjects, outside, relayers);
      if (!who) {
        const after = doc.sentences.slice(si + 1).find((x) => x.start >= q.outer.end - 1);
        if (
          after &&
          paragraphIndex(after.start) === paragraphIndex(q.outer.end) &&
          /^[“"]/.test(after.exact) === false
        ) {
          const a2 = attribution(doc, reg, idx, after, subjects, outside, relayers);
          if (a2 && after.start - q.outer.end < 5) who = a2;
        }
      }
      const para = paragraphIndex(q.outer.start);
      let speaker = who?.speaker ?? null;
      // "...," a NATO diplomat said: someone unnamed speaks, not the previous speaker
      const closing = endSent ? text.slice(q.outer.end, endSent.end) : '';
      // "It was specified that they “...”": an impersonal passive names no one either
      const impersonal = IMPERSONAL_REPORT.test(text.slice(sent.start, q.outer.start));
      const unnamed =
        !who && (impersonal || /^\s*,?\s*(?:\w+\s+){0,6}(?:said|told|added|noted|stressed)\b/.test(closing));
      if (!speaker && !unnamed && lastSpeaker && para - lastSpeaker.para <= 1) speaker = lastSpeaker.ref;
      if (!speaker) continue;
      used.add(q);
      const channel: Channel | null =
        (who ? channelOf((endSent ?? sent).exact) : null) ??
        channelBySpeaker.get(rootOf(reg, speaker)) ??
        null;
      const evidence: Span[] = [clip(reg, sent)];
      if (endSent && endSent.start !== sent.start) evidence.push(clip(reg, endSent));
      if (channel && !channelBySpeaker.has(rootOf(reg, speaker)))
        channelBySpeaker.set(rootOf(reg, speaker), channel);
      out.push(statement(reg, out.length, speaker, channel, q, sent, evidence));
      lastSpeaker = { ref: speaker, para, channel };
    }
  }
  if (transcript) {
    for (const p of transcriptParagraphs(doc, transcript.bodyStart)) {
      const sp = reg.span(p.start, p.end);
      const quote: Quotation = { outer: sp, inner: sp, depth: 0, open: false };
      out.push(
        statement(reg, out.length, transcript.speaker, 'press_conference', quote, sp, [
          clip(reg, sp),
          transcript.header,
        ]),
      );
    }
  }
  labelledStatements(doc, reg, out);
  embeddedPosts(doc, reg, out, channelBySpeaker);
  foldHeadline(doc, reg, out);
  dedupe(out);
  // about: a meeting told in the statement's own sentence, else the article's main meeting (told first)
  const byPosition = [...meetings].sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  for (const st of out) {
    const own = st.evidence[st.evidence.length - 1];
    if (!own) continue;
    let inSentence = meetings.find((m) => m.evidence.some((e) => e.start < own.end && own.start < e.end));
    // "The purpose of the call was ... following the summit in Geneva": a meeting named in a
    // time adjunct only dates the remark; the definite "the call" before it is the topic
    const adjunct = CONTEXT_ADJUNCT.exec(own.exact);
    if (
      inSentence &&
      adjunct &&
      DEFINITE_MEETING.test(own.exact.slice(0, adjunct.index)) &&
      inSentence.evidence[0]?.start === own.start
    ) {
      inSentence = byPosition.find((m) => m !== inSentence && (m.evidence[0]?.start ?? 0) < own.start);
    }
    st.about = inSentence?.ref ?? byPosition[0]?.ref ?? null;
  }
  // "After the meeting, the Prime Minister of Armenia said ...": who speaks at or right after a sitting took part in it
  for (const st of out) {
    const own = st.evidence[st.evidence.length - 1];
    const m = meetings.find((x) => x.ref === st.about);
    const speaker = reg.get(st.speaker);
    if (!own || !m || speaker?.kind !== 'person' || m.participants.includes(speaker.ref)) continue;
    if (
      !/\b(?:[Aa]t|[Aa]fter|[Dd]uring|[Ff]ollowing) (?:the|this) (?:\w+ )?(?:meeting|session|summit|talks|sitting|negotiations)\b/.test(
        own.exact,
      )
    )
      continue;
    if (m.meetingKind === 'bilateral' || m.meetingKind === 'call') continue;
    m.participants.push(speaker.ref);
    m.key = meetingKey(reg, m);
  }
  for (const st of out) st.key = statementKey(reg, st);
  return out;
}

/** Inserts a sentence subject in position order (subjects are read nearest-first before a position). */
/**
 * Rule: "according to presidential spokesperson Kim Soo-ah", "according to Foreign Ministry
 * spokesman Li Wen": a person named after a title of up to five words. "according to the plan
 * Kim drafted" names no title before the person, so it is not his word.
 */
function titledPersonAt(reg: Registry, text: string, pos: number, mentions: Mention[]): Mention | undefined {
  return mentions.find(
    (x) =>
      x.start > pos &&
      x.start < pos + 80 &&
      reg.get(x.ref)?.kind === 'person' &&
      /^(?:[\p{L}.’'-]+\s+){0,4}(?:[A-Za-z-]*(?:spokes(?:man|woman|person)|secretary|minister|president|adviser|advisor|official|envoy|ambassador|chief|head)|[Pp]remier|[Cc]hancellor)\s+$/u.test(
        text.slice(pos, x.start),
      ),
  );
}

/**
 * The institution a bare press service, statement or readout belongs to: the one that relayed the
 * last words, else the latest national institution (ministry, government, press service) named
 * before, never a council of an alliance.
 */
function relayingInstitution(reg: Registry, at: number, relayers: string[]): string | undefined {
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
function documentOfInstitution(reg: Registry, phrase: string, at: number, relayers: string[]): string | null {
  if (!/^(?:an? )?(?:readout|statement|communiqu[eé]|press release|transcript)$/i.test(phrase)) return null;
  return relayingInstitution(reg, at, relayers) ?? null;
}

function noteSubject(subjects: Array<{ ref: string; at: number }>, att: Attribution): void {
  let i = subjects.length;
  while (i > 0 && (subjects[i - 1] as { at: number }).at > att.at) i--;
  subjects.splice(i, 0, { ref: att.speaker, at: att.at });
}

/** "It was reported that", "it has been specified that": a report with no one behind it. */
const IMPERSONAL_REPORT = /\b[Ii]t (?:was|is|has been|had been) (?:also )?[a-z]+ed that\b/;

/** A meeting named as the time of something else: "following the July summit in Geneva". */
const CONTEXT_ADJUNCT =
  /\b(?:following|after|since|ahead of|in the run-up to)\s+(?:the\s+|last\s+|this\s+)?(?:[\w’'-]+\s+){0,8}(?:summit|meeting|talks|session|visit|negotiations|consultations|dialogue)\b/i;
/** A meeting referred back to: "the call", "the talks". */
const DEFINITE_MEETING =
  /\b[Tt]he (?:(?:phone|telephone)\s+)?(?:call|conversation|meeting|talks|visit|negotiations)\b/;

/** Words after a closing quote that introduce more reported content. */
const REPORTING_TAIL =
  /\b(?:that|adding|noting|stressing|saying|warning|explaining|(?:and|but|also) (?:said|added|noted|stressed|warned|called|urged|expressed|described|announced))\b|[:;]/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function clip(reg: Registry, s: Span): Span {
  return s.end - s.start > MAX_EVIDENCE ? reg.span(s.start, s.start + MAX_EVIDENCE) : s;
}

function statement(
  reg: Registry,
  n: number,
  speaker: string | null,
  channel: Channel | null,
  quote: Quotation | null,
  sent: Span,
  evidence: Span[],
): StatementRecord {
  let quoteSpan: Span | null = null;
  if (quote) {
    let end = quote.inner.end;
    while (end > quote.inner.start && /[,\s]/.test(reg.text[end - 1] as string)) end--;
    quoteSpan = reg.span(quote.inner.start, end);
  }
  const mentions = [
    ...new Set(
      reg
        .mentionsIn(sent.start, sent.end)
        .filter((m) => m.ref !== speaker)
        .map((m) => m.ref),
    ),
  ];
  const uniq: Span[] = [];
  for (const e of evidence) if (!uniq.some((u) => u.start === e.start && u.end === e.end)) uniq.push(e);
  return {
    kind: 'statement',
    ref: `s${n + 1}`,
    key: '',
    evidence: uniq,
    speaker,
    channel,
    quote: quoteSpan?.exact ?? null,
    quoteSpan,
    content: quoteSpan?.exact ?? sent.exact,
    about: null,
    mentions,
  };
}

/** `statement:<speaker key>:<foldName of the first ~12 content words>` */
export function statementKey(reg: Registry, st: StatementRecord): string {
  const speaker = st.speaker ? (reg.get(st.speaker)?.key ?? '') : '';
  const words = foldName(st.content.slice(0, 240))
    .split(' ')
    .filter(
      (w) =>
        w.length > 2 &&
        !/^(?:the|and|that|with|for|from|this|was|were|are|has|have|had|its|their|his|her)$/.test(w),
    )
    .slice(0, 12);
  return `statement:${speaker}:${keyPart(words.join(' '))}`;
}

interface Transcript {
  speaker: string;
  header: Span;
  bodyStart: number;
}

/** Rule: a transcript page ("Press conference by <title> <name>", "Remarks by ...", "(As delivered)"). */
function transcriptSpeaker(doc: Doc, reg: Registry): Transcript | null {
  const head = doc.text.slice(0, 600);
  if (
    !/^(?:\s*)(?:Press conference|Remarks|Speech|Statement|Transcript|Opening remarks|Doorstep)\b/im.test(
      head,
    ) ||
    !/\(As delivered\)|\bby\b/.test(head)
  )
    return null;
  const byLine = /^by .+$/m.exec(head) ?? /^(?:Press conference|Remarks|Speech) by .+$/m.exec(head);
  if (!byLine) return null;
  const start = byLine.index;
  const end = start + byLine[0].length;
  const person = reg.mentionsIn(start, end).find((m) => reg.get(m.ref)?.kind === 'person');
  if (!person) return null;
  const delivered = doc.text.indexOf('(As delivered)');
  const bodyStart = delivered >= 0 ? delivered + 14 : end;
  return { speaker: person.ref, header: reg.span(start, end), bodyStart };
}

function transcriptParagraphs(doc: Doc, from: number): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const t = m[0].trim();
    if (wordCount(t) < 10 || /^[•*]/.test(t)) continue;
    const start = m.index + m[0].indexOf(t);
    out.push({ start, end: start + t.length, exact: t });
  }
  return out;
}

/** Rule: identical words by the same speaker told twice (a standfirst repeating the lead) are one statement. */
function dedupe(out: StatementRecord[]): void {
  // identical closing words (normalised) by the same speaker: a map, not a pairwise scan
  const tails = new Map<StatementRecord, string>();
  const tail = (st: StatementRecord): string => {
    let t = tails.get(st);
    if (t === undefined) {
      t = `${st.speaker}|${(st.quote ?? st.content).slice(-120).replace(/\W+/g, ' ').trim().slice(-80)}`;
      tails.set(st, t);
    }
    return t;
  };
  const firstByTail = new Map<string, StatementRecord>();
  for (const st of out)
    if ((st.quote ?? st.content).length > 30 && !firstByTail.has(tail(st))) firstByTail.set(tail(st), st);
  for (let i = out.length - 1; i > 0; i--) {
    const a = out[i] as StatementRecord;
    if ((a.quote ?? a.content).length <= 30) continue;
    const b = firstByTail.get(tail(a));
    if (!b || b === a) continue;
    for (const e of a.evidence) if (!b.evidence.some((x) => x.start === e.start)) b.evidence.push(e);
    out.splice(i, 1);
  }
  out.forEach((st, k) => {
    st.ref = `s${k + 1}`;
  });
}

/**
 * Rule: an embedded social-media post: "<text> — <Name> (@handle) <Month D, YYYY>" is a
 * statement of that person on X, quoting the post.
 */
function embeddedPosts(
  doc: Doc,
  reg: Registry,
  out: StatementRecord[],
  channelBySpeaker: Map<string, Channel>,
): void {
  if (!doc.text.includes('(@')) return;
  const re = /^(.{20,1200}?)\s+(?:pic\.twitter\.com\/\S+\s+)?[—–-]\s+([^\n(]{2,60}?)\s*\(@\w+\)/gm;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const nameStart = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const person = reg
      .mentionsIn(nameStart, nameStart + (m[2] as string).length + 2)
      .find((x) => reg.get(x.ref)?.kind === 'person');
    if (!person) continue;
    let body = (m[1] as string).replace(/\s+pic\.twitter\.com\/\S+$/, '');
    body = body.trim();
    const start = m.index + (m[1] as string).indexOf(body);
    const sp = reg.span(start, start + body.length);
    channelBySpeaker.set(rootOf(reg, person.ref), 'x');
    out.push(
      statement(reg, out.length, person.ref, 'x', { outer: sp, inner: sp, depth: 0, open: false }, sp, [sp]),
    );
  }
}

/**
 * Statements introduced by a speaker label (a transcript turn, a headline "Name: claim"), unless
 * a statement already holds their words. A headline claim is the speaker's words reported, not
 * a quotation.
 */
function labelledStatements(doc: Doc, reg: Registry, out: StatementRecord[]): void {
  for (const l of labelledSpeech(doc, reg)) {
    if (out.some((st) => st.evidence.some((e) => e.start < l.speech.end && l.speech.start < e.end))) continue;
    // a headline's claim tells again what the body reports its speaker said
    const body = l.headline
      ? out.find((st) => st.speaker === l.speaker && (st.evidence[0]?.start ?? 0) > l.label.end)
      : undefined;
    if (body) {
      body.evidence.unshift(l.label);
      continue;
    }
    const quote: Quotation | null = l.headline
      ? null
      : { outer: l.speech, inner: l.speech, depth: 0, open: false };
    const first = doc.sentences[sentenceAt(doc, l.speech.start)];
    const own =
      first && first.start >= l.speech.start
        ? reg.span(first.start, Math.min(first.end, l.speech.end))
        : l.speech;
    out.push(statement(reg, out.length, l.speaker, null, quote, l.speech, [l.label, clip(reg, own)]));
  }
}

/**
 * Rule: a sentence that names one person and a personal medium ("Revenko, who gave an
 * interview to ...", "he wrote on his Twitter account") tells the medium of that person's words
 * throughout the item, before and after it. Press conferences and press releases are events of
 * their own and are left to the sentences that name them.
 */
function personalMedia(
  doc: Doc,
  reg: Registry,
  outside: (a: number, b: number) => boolean,
  channelBySpeaker: Map<string, Channel>,
): void {
  for (const sent of doc.sentences) {
    const channel = channelOf(sent.exact);
    if (channel !== 'x' && channel !== 'telegram' && channel !== 'interview') continue;
    const persons = new Set(
      reg
        .mentionsIn(sent.start, sent.end)
        .filter((m) => outside(m.start, m.end) && reg.get(m.ref)?.kind === 'person')
        .map((m) => m.ref),
    );
    if (persons.size !== 1) continue;
    const person = [...persons][0] as string;
    if (!channelBySpeaker.has(person)) channelBySpeaker.set(person, channel);
  }
}

/**
 * Rule: the source an outlet cites ("..., citing the press service of the Defence Ministry",
 * "with reference to the Telegram channel of X"): the mention right after the cue.
 */
function citedSource(text: string, sent: Span, speakers: Mention[]): Mention | null {
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
function rootOf(reg: Registry, ref: string): string {
  const r = reg.get(ref);
  if (r?.kind === 'organization' && r.parent && /^Press service/i.test(r.name)) return r.parent;
  return ref;
}

/**
 * Rule: a headline that reports what someone said ("X announces a new meeting with Y") tells the
 * same statement as the body: its span joins the speaker's first statement in the body.
 */
function foldHeadline(doc: Doc, reg: Registry, out: StatementRecord[]): void {
  // "..., Kremlin says" above "Kremlin spokesman Peskov told journalists ...": one statement
  const speaksFor = (person: string | null, org: string | null): boolean => {
    const p = reg.get(person);
    return !!org && p?.kind === 'person' && p.roles.some((r) => r.organization === org);
  };
  const firstLineEnd = doc.text.indexOf('\n');
  if (firstLineEnd < 0) return;
  const line = doc.text.slice(0, firstLineEnd).trim();
  if (!line || /[.!?"”]$/.test(line) || line.length > 160) return;
  for (let i = 0; i < out.length; i++) {
    const st = out[i] as StatementRecord;
    if (!st.evidence.every((e) => e.end <= firstLineEnd)) continue;
    const body = out.find(
      (o) =>
        o !== st &&
        (o.speaker === st.speaker || speaksFor(o.speaker, st.speaker)) &&
        o.evidence.some((e) => e.start > firstLineEnd),
    );
    if (!body) continue;
    for (const e of st.evidence)
      if (!body.evidence.some((x) => x.start === e.start)) body.evidence.unshift(e);
    out.splice(i, 1);
    i--;
  }
}

/**
 * Rule: a person who reports the sentence (", Valery Orlov, head of the press office, said on
 * Monday.") is its subject for the pronouns after it, not the first name of the reported clause.
 */
function reportsTheSentence(text: string, end: number): boolean {
  return /^(?:,[^,.\n]{1,120},)?\s+(?:said|says|told|added|noted|wrote)\b[^.\n]{0,30}\.(?:\s|$)/.test(
    text.slice(end, end + 180),
  );
}
