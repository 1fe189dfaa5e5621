// Speech introduced by a speaker label instead of a verb: transcript turns ("Sergei Shoigu,
// Minister of Defense of Russia:" above a paragraph, "President of X Name: Friends,") and
// headlines that put a claim after a name ("Khrenin: Only joint efforts can ...").
import { type Doc, sentenceAt } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { personInCapitalsAt } from '../../entities/services.js';
import type { Quotation } from '../../text/quotes.js';
import type { Span } from '../../types.js';
import { clip, statement } from './build.js';
import type { StatementContext } from './context.js';

/** A label line and the words it introduces. */
export interface LabelledSpeech {
  speaker: string;
  /** the label line, as evidence */
  label: Span;
  /** what the speaker says: the rest of the line, or the next paragraph */
  speech: Span;
  /** true when the speech is a headline's claim (no full stop): reported words, not a quotation */
  headline: boolean;
}

/** Words a label may hold besides capitalised ones: "President of the Republic of Belarus". */
const LABEL_WORD = /^(?:[\p{Lu}][\p{L}’'.-]*|of|the|and|for|de|von|van|al|bin|,)$/u;
const MAX_LABEL_WORDS = 14;

/** The one person a label names, or null when it names none or is not a label at all. */
function labelSpeaker(reg: Registry, text: string, start: number, end: number): string | null {
  const words = text.slice(start, end).replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_LABEL_WORDS || !words.every((w) => LABEL_WORD.test(w))) return null;
  const persons = new Set(
    reg
      .mentionsIn(start, end)
      .filter((m) => reg.get(m.ref)?.kind === 'person')
      .map((m) => m.ref),
  );
  if (persons.size === 1) return [...persons][0] as string;
  return persons.size === 0 ? upperCaseLabelSpeaker(reg, text, start, end) : null;
}

/** "CHIEF CABINET SECRETARY SUGA", "FOREIGN MINISTER ANA BERG": a title in capitals, then one or two name words. */
const UPPER_CASE_LABEL =
  /^((?:[A-Z]+\s+){0,4}(?:SECRETARY|MINISTER|PRESIDENT|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|CHAIRMAN|CHAIRPERSON|CHANCELLOR|AMBASSADOR|PREMIER|DIRECTOR))\s+([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)$/;

/**
 * Rule: "CHIEF CABINET SECRETARY SUGA: This morning ...": in a transcript's capitals, the name
 * after the title is the speaker (a person of that name). "REPORTER:", "Q:" and a
 * title alone ("THE PRESIDENT:") name nobody.
 */
function upperCaseLabelSpeaker(reg: Registry, text: string, start: number, end: number): string | null {
  const label = text.slice(start, end).trim();
  const m = UPPER_CASE_LABEL.exec(label);
  const nameFirst = m ? null : UPPER_CASE_NAME_THEN_TITLE.exec(label);
  const name = (m?.[2] ?? nameFirst?.[1]) as string | undefined;
  if (!name) return null;
  const at = text.indexOf(name, start + (m ? (m[1] as string).length : 0));
  if (at < 0 || at + name.length > end) return null;
  return personInCapitalsAt(reg, at, at + name.length);
}

/**
 * Rule: "ANTHONY ALBANESE, PRIME MINISTER OF AUSTRALIA: I’m very pleased ...": a name of two or
 * three words in capitals, then a comma and a title in capitals, is the speaker. "REPORTER, ABC:"
 * has no title.
 */
const UPPER_CASE_NAME_THEN_TITLE =
  /^([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,2}),\s+(?:[A-Z]+\s+){0,4}(?:SECRETARY|MINISTER|PRESIDENT|SPOKESPERSON|SPOKESMAN|SPOKESWOMAN|CHAIRMAN|CHAIRPERSON|CHANCELLOR|AMBASSADOR|PREMIER|DIRECTOR)(?:\s+(?:OF|FOR)(?:\s+[A-Z][A-Z'’-]*){1,4})?$/;

/**
 * A briefing's transcript: "Transcript of Weekly Media Briefing by the Official Spokesperson",
 * "Press Conference by the Chief Cabinet Secretary", "Spokesperson X’s Regular Press Conference".
 */
const BRIEFING_PAGE = /\b(?:press|news|media)\s+(?:conference|briefing)\b|\bbriefing\s+by\b/i;

/** Rule: the labelled turns of a page whose heading is a press conference or briefing are said at one. */
function briefingChannel(doc: Doc): 'press_conference' | null {
  const firstLines = doc.text.slice(0, 300).split('\n').slice(0, 3).join('\n');
  return BRIEFING_PAGE.test(firstLines) ? 'press_conference' : null;
}

/** The span of `text[a, b)` without surrounding white space. */
function trimmed(reg: Registry, text: string, a: number, b: number): Span | null {
  while (a < b && /\s/.test(text[a] as string)) a++;
  while (b > a && /\s/.test(text[b - 1] as string)) b--;
  return b > a ? reg.span(a, b) : null;
}

/**
 * Rule: a line "LABEL: rest" whose label is only a name with its title. The speech is the rest
 * of the line when it has four words or more, else the next non-empty paragraph. One statement
 * per label: a turn's later paragraphs are often the reporter's again.
 */
export function labelledSpeech(doc: Doc, reg: Registry): LabelledSpeech[] {
  const text = doc.text;
  const out: LabelledSpeech[] = [];
  const line = /^[ \t]*([^\n:]{2,160}):[ \t]*([^\n]*)$/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const labelStart = m.index + m[0].indexOf(m[1] as string);
    const labelEnd = labelStart + (m[1] as string).length;
    const speaker = labelSpeaker(reg, text, labelStart, labelEnd);
    if (!speaker) continue;
    const lineEnd = m.index + m[0].length;
    const rest = m[2] as string;
    const label = reg.span(labelStart, lineEnd);
    if (rest.trim().split(/\s+/).length >= 4) {
      const speech = trimmed(reg, text, lineEnd - rest.length, lineEnd);
      // a claim with no full stop is a headline's, wherever the page put its headline
      if (speech) out.push({ speaker, label, speech, headline: !/[.!?"”]\s*$/.test(rest) });
      continue;
    }
    const next = /\n\s*([^\n]+)/y;
    next.lastIndex = lineEnd;
    const p = next.exec(text);
    if (!p) continue;
    const pStart = lineEnd + p[0].indexOf(p[1] as string);
    const speech = trimmed(reg, text, pStart, pStart + (p[1] as string).length);
    if (speech && speech.exact.split(/\s+/).length >= 4)
      out.push({ speaker, label, speech, headline: false });
  }
  return out;
}

/**
 * Stage: statements introduced by a speaker label (a transcript turn, a headline "Name: claim"), unless
 * a statement already holds their words. A headline claim is the speaker's words reported, not
 * a quotation.
 */
export function labelledStatements(c: StatementContext): void {
  const { doc, reg, out } = c;
  const channel = briefingChannel(doc);
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
    out.push(
      statement(reg, out.length, l.speaker, l.headline ? null : channel, quote, l.speech, [
        l.label,
        clip(reg, own),
      ]),
    );
  }
}
