// Who a sentence attributes words to.
import type { Doc } from '../../doc.js';
import { resolveDescription } from '../../entities/describe.js';
import { type EntityIndex, latestMinistry } from '../../entities/index.js';
import { orgKey, withArticle } from '../../entities/organizations.js';
import type { Registry } from '../../entities/registry.js';
import { countryByName } from '../../gazetteer/countries.js';
import type { Mention, Span } from '../../types.js';
import { wordCount } from './build.js';
import { descriptionAfterVerb, descriptionBeforeVerb } from './descriptions.js';
import {
  citedSource,
  documentOfInstitution,
  relayingInstitution,
  rootOf,
  titledPersonAt,
} from './speaker.js';
import { anySpeech, isSaying } from './speech.js';

export interface Attribution {
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
export function attribution(
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
