// The medium of a statement: named in its sentence, or remembered for its speaker.
import type { Doc } from '../../doc.js';
import type { Registry } from '../../entities/registry.js';
import { type Gated, WordGate } from '../../text/word-gate.js';
import type { Channel } from '../../types.js';
import { rootOf } from './speaker.js';

/** The medium known for each speaker before any sentence is read, by the rules below in order. */
export function speakerChannels(
  doc: Doc,
  reg: Registry,
  outside: (a: number, b: number) => boolean,
): Map<string, Channel> {
  const channelBySpeaker = new Map<string, Channel>();
  personOnPlatform(doc, reg, channelBySpeaker);
  personalMedia(doc, reg, outside, channelBySpeaker);
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
  /\b(?:press|media) release\b|\bin (?:a|an|its|his|her|their) (?:[\w-]+ )?statement\b|\b(?:the|a) (?:joint )?statement (?:read|reads|said)\b|\bstatement (?:released|issued|published|posted|circulated)\b|\b(?:a|the) (?:joint )?statement (?:from|by) the\b|\b[A-Z]\w+(?:['’]s)? (?:joint )?statement (?:read|reads|said)\b|\breadout\b|\bpress[- ]service\b|\bofficial website\b|\bcommuniqu[eé]\b/i;

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
    needs: ['release', 'statement', 'readout', 'service', 'website', 'communique', 'communiqu'],
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
  for (const rule of CHANNEL_GATE.open(sentence)) if (rule.names(sentence)) return rule.channel;
  return null;
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
