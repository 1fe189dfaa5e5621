// The medium of a statement: named in its sentence, or remembered for its speaker.
import type { Doc } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { type Gated, WordGate } from '../../text/word-gate.js';
import type { Channel, Span } from '../../types.js';
import { rootOf } from './speaker.js';
import type { Subject } from './types.js';

/** The medium known for each speaker before any sentence is read, by the rules below in order. */
export function speakerChannels(
  doc: Doc,
  reg: Registry,
  outside: (a: number, b: number) => boolean,
  subjects: Subject[] = [],
): Map<string, Channel> {
  const channelBySpeaker = new Map<string, Channel>();
  personOnPlatform(doc, reg, channelBySpeaker);
  personalMedia(doc, reg, outside, channelBySpeaker, subjects);
  return channelBySpeaker;
}

/** Rule: "Source: Sybiha on X (Twitter)", "Peskov on Telegram": a person's medium for the whole item. */
function personOnPlatform(doc: Doc, reg: Registry, channelBySpeaker: Map<string, Channel>): void {
  // the pattern below starts with any capitalised word; most texts name no platform after "on"
  if (!/\son\s+(?:X|Twitter|Telegram)\b/.test(doc.text)) return;
  for (const m of doc.text.matchAll(/([A-Z][\p{L}-]+)\s+on\s+(X|Twitter|Telegram)\b/gu)) {
    const at = m.index ?? 0;
    const mention = reg
      .mentionsIn(at, at + (m[1] as string).length)
      .find((x) => reg.get(x.ref)?.kind === 'person');
    if (mention) channelBySpeaker.set(rootOf(reg, mention.ref), m[2] === 'Telegram' ? 'telegram' : 'x');
  }
}

/** "reports posted on Telegram", "rumours circulating on Telegram channels": others' words, not the speaker's medium. */
const OTHERS_REPORTS_ON_PLATFORM =
  /\b(?:reports?|claims?|rumou?rs?|allegations?|posts?|messages?)\s+(?:\w+\s+){0,2}(?:posted|published|circulating|circulated|spread|appearing|that appeared)\s+(?:on|in)\s+(?:\w+\s+){0,2}Telegram(?:\s+channels?)?\b/g;

/** A medium and how a sentence names it; `needs`: see text/word-gate.ts. */
interface ChannelRule extends Gated {
  channel: Channel;
  names: (sentence: string) => boolean;
}

const X_OR_TWITTER =
  /\b(?:on|via|in a post on|posted on|wrote on|stated on)\s+(?:the social media platform\s+)?(?:X|Twitter)\b|\bX \((?:formerly )?Twitter\)|\btweet(?:ed)?\b|\bon X\b|\b(?:X|Twitter) (?:account|page|post|feed)\b/;
const PRESS_RELEASE =
  /\b(?:press|media) release\b|\bin (?:a|an|its|his|her|their) (?:[\w-]+ )?statement\b|\b(?:the|a) (?:joint )?statement (?:read|reads|said)\b|\bstatement (?:released|issued|published|posted|circulated)\b|\b(?:a|the) (?:joint )?statement (?:from|by) the\b|\b[A-Z]\w+(?:['’]s)? (?:joint )?statement (?:read|reads|said)\b|\breadout\b|\bpress[- ]service\b|\bofficial website\b|\bcommuniqu[eé]\b|\baccording to (?:a|an|the) (?:[\w-]+ )?(?:note|statement|release) (?:from|by|of|issued)\b|\baccording to (?:the )?[^,;]{1,60}['’]s? (?:[\w-]+ )?(?:statement|note|press release)\b/i;

/** In order: the first that matches names the medium. */
const CHANNEL_RULES: ChannelRule[] = [
  { channel: 'x', needs: ['x', 'twitter', 'tweet', 'tweeted'], names: (s) => X_OR_TWITTER.test(s) },
  {
    channel: 'telegram',
    needs: ['telegram'],
    names: (s) => /\bTelegram\b/.test(s.replace(OTHERS_REPORTS_ON_PLATFORM, '')),
  },
  { channel: 'interview', needs: ['interview'], names: (s) => /\binterview\b/i.test(s) },
  {
    channel: 'press_conference',
    needs: ['conference', 'briefing', 'presser'],
    names: (s) => /\b(?:press|news) conference\b|\bbriefing\b|\bpresser\b/i.test(s),
  },
  {
    channel: 'press_release',
    // "communiqué": the word before "é", which is no word character to `\b`
    needs: ['release', 'statement', 'readout', 'service', 'website', 'communique', 'communiqu', 'note'],
    names: (s) => PRESS_RELEASE.test(s),
  },
];

/** The channel rules, gated by their words (most sentences name no medium). */
const CHANNEL_GATE = new WordGate(CHANNEL_RULES);

/**
 * Rule: the medium a sentence names for what is said. "told reporters" and "said" name none; a
 * statement of any kind ("in a joint statement", "in a separate statement", "a ministry statement
 * released on Monday said", "the Kremlin's statement read") or a government readout ("said in a
 * readout", "according to the readout") is a press release.
 */
export function channelOf(sentence: string): Channel | null {
  const told = withoutQuotations(sentence);
  for (const rule of CHANNEL_GATE.open(told)) if (rule.names(told)) return rule.channel;
  return null;
}

/**
 * Rule: the medium is named by the telling, not by the words told: "He added that Ramaphosa
 * “welcomed the briefing”" names no briefing of the speaker's. Closed quotations are blanked.
 */
function withoutQuotations(sentence: string): string {
  return sentence.includes('“') || sentence.includes('"')
    ? sentence.replace(/“[^“”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length))
    : sentence;
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
  subjects: Subject[],
): void {
  for (const sent of doc.sentences) {
    const channel = channelOf(sent.exact) ?? (answersAnOutlet(reg, sent) ? 'interview' : null);
    if (channel !== 'x' && channel !== 'telegram' && channel !== 'interview') continue;
    const persons = new Set(
      reg
        .mentionsIn(sent.start, sent.end)
        .filter((m) => outside(m.start, m.end) && reg.get(m.ref)?.kind === 'person')
        .map((m) => m.ref),
    );
    const person =
      persons.size === 1 ? ([...persons][0] as string) : pronounOnMedium(sent, persons, subjects);
    if (person && !channelBySpeaker.has(person)) channelBySpeaker.set(person, channel);
  }
}

/** "He ...", "On Monday, she ...", "“...,” he ...": a sentence whose subject is a pronoun. */
const PRONOUN_SUBJECT_OPENING = /^(?:[A-Z][^,.\n]{0,40},\s*|[“"][^”"\n]{1,1200}[”"],?\s*)?(?:[Hh]e|[Ss]he)\s/;

/**
 * Rule: "he wrote on his Twitter account", "She said in an interview to Rossiya-1": a sentence
 * whose subject is a pronoun and that names no one tells the medium of the latest subject before
 * it (the lead "..., Valery Revenko said on Monday." then "he wrote on his Twitter account").
 */
function pronounOnMedium(sent: Span, persons: Set<string>, subjects: Subject[]): string | null {
  if (persons.size || !PRONOUN_SUBJECT_OPENING.test(sent.exact)) return null;
  return [...subjects].reverse().find((x) => x.at < sent.start)?.ref ?? null;
}

/**
 * Rule: "Answering BelTA's question about ..., X said", "in response to a question from a TASS
 * correspondent": words given to a named outlet are an interview. "Answering Putin's question"
 * at a meeting asks no outlet.
 */
function answersAnOutlet(reg: Registry, sent: Span): boolean {
  const cue =
    /\b(?:[Aa]nswering|[Rr]esponding to|[Ii]n (?:response|reply|an answer) to)\s+(?:a\s+)?(?:question (?:from|by|of)\s+(?:an?\s+|the\s+)?)?/.exec(
      sent.exact,
    );
  if (!cue) return false;
  const at = sent.start + cue.index + cue[0].length;
  const outlet = reg.mentionsIn(at, at + 40).find((m) => m.start <= at + 1);
  const rec = outlet ? reg.get(outlet.ref) : undefined;
  if (rec?.kind !== 'organization' || rec.orgKind !== 'media' || !outlet) return false;
  return /^(?:['’]s?\s+question|\s+(?:correspondent|reporter|journalist))\b/.test(
    reg.text.slice(outlet.end, outlet.end + 16),
  );
}
