import type { Story, Trigger, TriggerCtx } from './types.js';

// Stage 1, triggers: the words and phrases that name a meeting, each with a hint of its kind.

// Order matters: the first alternative that matches at a position wins.
const TRIGGER_RE = new RegExp(
  [
    '(?<call>\\b(?:(?:tele)?phone (?:call|conversation|talks?)s?|(?:spoke|talked) (?:by|over the|on the) (?:tele)?phone|(?:tele)?phoned|video ?(?:call|conference|link)|videoconference|by (?:tele)?phone)\\b|(?=called|rang)(?<![-\\w])(?:called|rang)(?= (?:[A-Z]|his |her |their )))',
    '(?<summit>\\b[Ss]ummits?\\b)',
    '(?<informal>\\binformal (?:meeting|summit|gathering)s?\\b)',
    "(?<session>\\b(?:[Ss]essions?|[Ss]itting|collegium(?: meeting)?|plenary|[Jj]oint [Mm]eetings?|[Jj]oint (?:[\\w-]+ )?(?:board|collegium) meetings?|meetings? of (?:the )?(?:[\\w’'-]+\\s+){0,4}(?:boards|collegiums|collegia)|ministerial(?: meeting)?|meetings? of (?:the )?(?:[\\w’'-]+\\s+){0,4}?(?:[Mm]inisters|heads of [\\w’' -]{0,30}?departments|departments['’] heads|chiefs of (?:the )?(?:[Gg]eneral )?[Ss]taff)|meetings? of (?:the )?(?:[A-Z][\\w-]* ){0,3}(?:Council|Committee|Commission|Assembly|Collegium)|(?:Council|Committee) meeting)\\b)",
    '(?<leaders>\\bmeetings? of (?:the )?(?:[A-Z][A-Za-z0-9]{1,7} )?(?:leaders|heads of state|heads)\\b)',
    // "The leaders of the five republics that make up the EEU approved ...": a summit told by what it did
    '(?<gathered>\\b[Ll]eaders of (?:the )?[^.;]{0,120}?\\b(?:approved|adopted|signed|agreed|gathered|convened)\\b)',
    // a ceremony counts only with two parties named (a lone person's is dropped as a bare mention)
    '(?<meet>\\b(?:met|meet|meets|[Mm]eeting|[Mm]eetings|[Tt]alks|talk|negotiations|consultations|received|receives|hosted|hosts|encounter|gathering|conversation|conversations|dialogue|Dialogue|ceremony)\\b)',
    '(?<visit>\\b(?:visit|visits|visited)\\b)',
    // "she spoke with Prime Minister X": a conversation, whose medium the text may not state
    // "spoke today with", "spoke on Monday with", "spoke separately with"
    '(?<spoke>\\b(?:spoke|speaks|talked)(?= (?:(?:today|yesterday|again|also|briefly|separately|later|earlier|on [A-Z]\\w+) )?(?:with|to) ))',
  ].join('|'),
  'g',
);

/** The hint a trigger's regex group gives: call, summit, informal meeting, session, visit or a bare meeting. */
function hintOf(g: Record<string, string | undefined>): Trigger['hint'] {
  return g.call
    ? 'call'
    : g.summit
      ? 'summit'
      : g.informal
        ? 'multilateral'
        : g.session
          ? 'session'
          : g.leaders || g.gathered
            ? 'summit'
            : g.visit
              ? 'visit'
              : 'meet'; // "spoke with" is a meeting (a conversation), a call in a phone story
}

/** Every trigger of the text, in order. */
export function findTriggers(text: string): Trigger[] {
  TRIGGER_RE.lastIndex = 0;
  const triggers: Trigger[] = [];
  for (let m = TRIGGER_RE.exec(text); m; m = TRIGGER_RE.exec(text)) {
    triggers.push({ start: m.index, end: m.index + m[0].length, text: m[0], hint: hintOf(m.groups ?? {}) });
  }
  for (const rule of TRIGGER_RULES) rule(text, triggers);
  return triggers;
}

/** "held a call with", "in a call with", "hold first call", "a call between", "over the phone": a call said in few words. */
const CALL_NOUN_RE =
  /\bover the (?:tele)?phone\b|(?=calls?\b)(?<=\b(?:held|holds|hold|had|has|have|having|holding)\s+(?:a|an|the|their|his|her|its)?\s*(?:(?:first|second|third|brief|short|long|lengthy|rare|fresh|new|joint|separate|\d+-minute|hour-long)\s+)?)calls?\b|\b(?=calls?\b)(?<![Aa]nswer(?:ed|ing)? (?:the |a |their )?)calls?(?= (?:with|between) (?:[A-Z]|his |her |their |the |counterparts?\b))/g;

/** Rule: "X held a call with Y", "In a call with Y, X said": the noun "call" tells a phone or video call. */
export function callNoun(text: string, triggers: Trigger[]): void {
  CALL_NOUN_RE.lastIndex = 0;
  const added: Trigger[] = [];
  for (let m = CALL_NOUN_RE.exec(text); m; m = CALL_NOUN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (triggers.some((t) => t.start < end && t.end > start)) continue;
    added.push({ start, end, text: m[0], hint: 'call' });
  }
  if (!added.length) return;
  triggers.push(...added);
  triggers.sort((a, b) => a.start - b.start);
}

/**
 * Rule: "Biden and Xi held a virtual summit", "held video talks": a meeting of two held over a
 * video link is a call; an alliance's ("the BRICS virtual summit", "a virtual summit of the G20")
 * stays a summit.
 */
export function virtualMeeting(text: string, triggers: Trigger[]): void {
  for (const t of triggers) {
    if (
      t.hint === 'call' ||
      !/^(?:summit|meeting|talks|conversation|negotiations|consultations)$/i.test(t.text)
    )
      continue;
    const before = /\b(?:virtual|video|online)\s+(?:[\w-]+\s+)?$/i.exec(
      text.slice(Math.max(0, t.start - 30), t.start),
    );
    if (!before) continue;
    const ofUnion =
      /\b[A-Z][A-Z0-9]+\b/.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
      /^\s+of\b/.test(text.slice(t.end, t.end + 5));
    if (!ofUnion) t.hint = 'call';
  }
}

/** A named gathering whose name has no meeting word: "Forum", "Assembly", "Conference", "Dialogue". */
const NAMED_GATHERING_RE =
  /\bon the (?:sidelines|margins) of (?:the |this year['’]s |a )?(?:[\p{Lu}\d][\p{L}\d.’'-]*\s+){0,6}?(Forum|Assembly|Conference|Dialogue|Congress)\b/gu;

/**
 * Rule: "on the sidelines of the ASEAN Regional Forum", "on the margins of the UN General
 * Assembly": the capitalised gathering whose sidelines are named is a sitting, and encloses the
 * talks held there.
 */
export function sidelinesOfNamedGathering(text: string, triggers: Trigger[]): void {
  NAMED_GATHERING_RE.lastIndex = 0;
  const added: Trigger[] = [];
  for (let m = NAMED_GATHERING_RE.exec(text); m; m = NAMED_GATHERING_RE.exec(text)) {
    const word = m[1] as string;
    const end = m.index + m[0].length;
    const start = end - word.length;
    if (triggers.some((t) => t.start < end && t.end > start)) continue;
    added.push({ start, end, text: word, hint: 'session' });
  }
  if (!added.length) return;
  triggers.push(...added);
  triggers.sort((a, b) => a.start - b.start);
}

/** A council, committee or assembly that convenes: "The OAS Permanent Council convened on Wednesday". */
const BODY_CONVENED_RE =
  /\b(?:Council|Committee|Commission|Assembly|Board)\s+(?:(?:also|again|will|has|had|is\s+to)\s+)*(convened|convenes|convene)\b/g;

/** Rule: "The Permanent Council convened", "the Committee will convene": a body's sitting told by its verb. */
export function bodyConvened(text: string, triggers: Trigger[]): void {
  BODY_CONVENED_RE.lastIndex = 0;
  const added: Trigger[] = [];
  for (let m = BODY_CONVENED_RE.exec(text); m; m = BODY_CONVENED_RE.exec(text)) {
    const word = m[1] as string;
    const end = m.index + m[0].length;
    const start = end - word.length;
    if (triggers.some((t) => t.start < end && t.end > start)) continue;
    added.push({ start, end, text: word, hint: 'meet' });
  }
  if (!added.length) return;
  triggers.push(...added);
  triggers.sort((a, b) => a.start - b.start);
}

/** "will host", "is to host", "plans to host" + a guest: the future hosting of a meeting. */
const WILL_HOST_RE = /\b(?:will|would|shall|to)\s+(host)\b(?!\s+(?:the|a|an|this|its|their|his|her)\s)/g;

/**
 * Rule: "X will host President Y in Sydney next month": hosting a guest is a meeting, planned
 * ("will host the summit" is told by "the summit", hostOfNamedMeeting).
 */
export function willHost(text: string, triggers: Trigger[]): void {
  WILL_HOST_RE.lastIndex = 0;
  const added: Trigger[] = [];
  for (let m = WILL_HOST_RE.exec(text); m; m = WILL_HOST_RE.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - 4;
    if (triggers.some((t) => t.start < end && t.end > start)) continue;
    added.push({ start, end, text: 'host', hint: 'meet' });
  }
  if (!added.length) return;
  triggers.push(...added);
  triggers.sort((a, b) => a.start - b.start);
}

/** Rule: "their summit talks", "a summit meeting": "summit" as a modifier leaves the meeting to the noun. */
export function summitAsModifier(text: string, triggers: Trigger[]): void {
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i] as Trigger;
    if (t.hint !== 'summit' || !/^summit$/.test(t.text)) continue;
    const next = triggers[i + 1];
    if (
      next &&
      next.start === t.end + 1 &&
      /^(?:talks|meeting|meetings)$/.test(next.text) &&
      text[t.end] === ' '
    )
      triggers.splice(i, 1);
  }
}

/** The rules run over the triggers found, in order. */
const TRIGGER_RULES = [
  willHost,
  summitAsModifier,
  callNoun,
  virtualMeeting,
  sidelinesOfNamedGathering,
  bodyConvened,
  conversationsInPhoneStory,
];

/** Rule: in a story about a phone call, "conversation", "spoke", "talked" are the call. */
function conversationsInPhoneStory(_text: string, triggers: Trigger[]): void {
  const phoneArticle = triggers.some((t) => t.hint === 'call' && /phone/i.test(t.text));
  for (const t of triggers)
    if (phoneArticle && t.hint === 'meet' && /^(?:conversations?|spoke|speaks|talked)$/i.test(t.text))
      t.hint = 'call';
}

/** The triggers (sorted by start) that start in [start, end), by binary search. */
export function triggersIn(triggers: Trigger[], start: number, end: number): Trigger[] {
  let lo = 0;
  let hi = triggers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((triggers[mid] as Trigger).start < start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < triggers.length && (triggers[to] as Trigger).start < end) to++;
  return triggers.slice(lo, to);
}

/**
 * Rule: "X hosted the meeting", "X hosts Y for a Supreme State Council meeting": the meeting noun
 * that follows tells it (and whether it is new), not "hosted". False drops the trigger.
 */
export function hostOfNamedMeeting(story: Story, c: TriggerCtx): boolean {
  const { text } = story;
  const { t, sent } = c;
  return !(
    /^host(?:ed|s)$/.test(t.text) &&
    (/^\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|session|summit|sitting|gathering|negotiations|consultations)\b/.test(
      text.slice(t.end, t.end + 50),
    ) ||
      /^\s+[^.;]{0,60}?\bfor\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,5}(?:meeting|session|summit|sitting)\b/.test(
        text.slice(t.end, sent.end),
      ))
  );
}
