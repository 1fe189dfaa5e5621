import { isVisitCalledOn } from '../../text/courtesy-call.js';
import { ON_ARRIVAL } from './arrival.js';
import { sittingOrdinal } from './ordinal.js';
import type { Story, Trigger, TriggerCtx } from './types.js';

// Stage 1, triggers: the words and phrases that name a meeting, each with a hint of its kind.

// Order matters: the first alternative that matches at a position wins.
const TRIGGER_RE = new RegExp(
  [
    '(?<call>\\b(?:(?:tele)?phone (?:call|conversation|talks?|contacts?(?!s?\\s+of\\b))s?|(?:spoke|talked) (?:by|over the|on the) (?:tele)?phone|(?:tele)?phoned|video ?(?:call|conference|link)|videoconference|by (?:tele)?phone)\\b|(?=called|rang)(?<![-\\w])(?:called|rang)(?= (?:[A-Z]|his |her |their )))',
    '(?<summit>\\b[Ss]ummits?\\b)',
    // "the Asean Foreign Ministers’ Retreat", "the annual Leaders' Retreat", "a joint cabinet retreat"
    "(?<informal>\\binformal (?:meeting|summit|gathering)s?\\b|(?<=(?:[Ll]eaders|[Mm]inisters)['’]?\\s|[Cc]abinet\\s)[Rr]etreats?\\b)",
    "(?<session>\\b(?:[Ss]essions?|[Ss]itting|collegium(?: meeting)?|plenary(?! (?:[Ss]essions?|[Mm]eetings?|[Ss]ittings?)\\b)|[Rr]ound ?-?tables?|[Jj]oint [Mm]eetings?|[Jj]oint (?:[\\w-]+ )?(?:board|collegium) meetings?|meetings? of (?:the )?(?:[\\w’'-]+\\s+){0,4}(?:boards|collegiums|collegia)|ministerial(?: meeting)?|Ministerial Meetings?|[Mm]eetings? of (?:the )?(?:[\\w’'-]+\\s+){0,4}?(?:[Mm]inisters|heads of [\\w’' -]{0,30}?departments|departments['’] heads|chiefs of (?:the )?(?:[Gg]eneral )?[Ss]taff)|meetings? of (?:the )?(?:[A-Z][\\w-]* ){0,3}(?:Council|Committee|Commission|Assembly|Collegium)|(?:Council|Committee) meeting)\\b)",
    // "the Pacific Islands Forum Leaders Meeting", "a leaders’ meeting", "Heads of Government Meeting",
    // "Wednesday’s heads of state meeting": a summit by name
    "(?<leaders>\\bmeetings? of (?:the )?(?:[A-Z][A-Za-z0-9]{1,7} )?(?:leaders|heads of state|heads)\\b|\\b(?:Leaders['’]?|leaders['’]) Meetings?\\b|\\bHeads of (?:State and )?Government Meeting\\b|\\bheads of (?:state|government)(?: and (?:of )?government)? meetings?\\b)",
    // "The leaders of the five republics that make up the EEU approved ...": a summit told by what it did
    '(?<gathered>\\b[Ll]eaders of (?:the )?[^.;]{0,120}?\\b(?:approved|adopted|signed|agreed|gathered|convened)\\b)',
    // a ceremony counts only with two parties named (a lone person's is dropped as a bare mention);
    // "the discussion held with X" is talks, a discussion alone ("the discussion on tariffs") none
    '(?<meet>\\b(?:met|meet|meets|[Mm]eeting|[Mm]eetings|[Tt]alks|talk|[Nn]egotiations|[Cc]onsultations|received|receives|hosted|hosts|encounter|gathering|conversation|conversations|dialogue|Dialogue|ceremony|[Dd]iscussions?(?=\\s+(?:(?:he|she)\\s+)?(?:held|had)\\s+with\\b))\\b)',
    // "while visiting President X": the participle after a conjunction is a visit; "the visiting
    // minister" is none
    // "a two-day trip to Peru": a trip counts as a visit only with "to" and its destination after
    // it; "frequent trips to Russia" tell a habit, no visit
    '(?<visit>\\b(?:visit|visits|visited|(?<=\\b(?:while|when|after|before|since)\\s)visiting|trip(?=\\s+to\\s+(?:the\\s+)?[A-Z]))\\b)',
    // "she spoke with Prime Minister X": a conversation, whose medium the text may not state
    // "spoke today with", "spoke on Monday with", "spoke separately with", "spoke last month with"
    // "Modi also interacted with President X", "an interaction with X" (South Asian usage)
    '(?<spoke>\\b(?:spoke|speaks|speak|talked|interacted|interacts|interaction)(?= (?:(?:today|yesterday|again|also|briefly|separately|later|earlier|on [A-Z]\\w+|(?:last|this|earlier this) (?:week|month|weekend)) )?(?:with|to) ))',
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

/**
 * Adds a trigger for each match of the global `re` in `text` (none where `toTrigger` gives null)
 * that overlaps no trigger found before, and keeps the list sorted by start: how the rules below add the shapes the main
 * trigger expression does not know.
 */
function addMatchTriggers(
  text: string,
  triggers: Trigger[],
  re: RegExp,
  toTrigger: (m: RegExpExecArray) => Trigger | null,
): void {
  re.lastIndex = 0;
  const added: Trigger[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = toTrigger(m);
    if (t && !triggers.some((x) => x.start < t.end && x.end > t.start)) added.push(t);
  }
  if (!added.length) return;
  triggers.push(...added);
  triggers.sort((a, b) => a.start - b.start);
}

/** The trigger on a match's first group, which ends the match ("convened", "Forum", "host"). */
function lastGroupTrigger(hint: Trigger['hint']): (m: RegExpExecArray) => Trigger {
  return (m) => {
    const word = m[1] as string;
    const end = m.index + m[0].length;
    return { start: end - word.length, end, text: word, hint };
  };
}

/**
 * "held a call with", "in a call with", "hold first call", "a call between", "over the phone": a
 * call said in few words; also a headline's "Readout of X's Call with Y", where "Call" is capitalised.
 */
const CALL_NOUN_RE =
  /\bover the (?:tele)?phone\b|(?=calls?\b)(?<=\b(?:held|holds|hold|had|has|have|having|holding)\s+(?:a|an|the|their|his|her|its)?\s*(?:(?:first|second|third|brief|short|long|lengthy|rare|fresh|new|joint|separate|\d+-minute|hour-long)\s+)?)calls?\b|\b(?=[Cc]alls?\b)(?<![Aa]nswer(?:ed|ing)? (?:the |a |their )?)[Cc]alls?(?= (?:with|between) (?:[A-Z]|his |her |their |the |counterparts?\b))/g;

/** Rule: "X held a call with Y", "In a call with Y, X said": the noun "call" tells a phone or video call. */
export function callNoun(text: string, triggers: Trigger[]): void {
  // the regex's lookbehinds are costly; without "call", "Call" or "phone" it cannot match
  if (!text.includes('call') && !text.includes('Call') && !text.includes('phone')) return;
  addMatchTriggers(text, triggers, CALL_NOUN_RE, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    hint: 'call',
  }));
}

/** After the talks, in their clause: "during his virtual visit to Kenya", "as part of a virtual tour". */
const VIRTUAL_VISIT_AFTER =
  /^[^.;]{0,100}?\b(?:during|in the course of|as part of|on)\s+(?:his|her|their|its|a|the)\s+virtual\s+(?:visit|tour|trip)\b/i;

/**
 * Rule: "Biden and Xi held a virtual summit", "held video talks", "held talks with X during his
 * virtual visit to Kenya": a meeting of two held over a video link is a call; an alliance's ("the
 * BRICS virtual summit", "a virtual summit of the G20") stays a summit.
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
    if (!before && !VIRTUAL_VISIT_AFTER.test(text.slice(t.end, t.end + 140))) continue;
    // an alliance's acronym ("BRICS"), not a country's ("US President X's virtual meeting")
    const ofUnion =
      /\b(?!(?:US|USA|UK|UAE|PRC|ROK|DPRK|PM)\b)[A-Z][A-Z0-9]+\b/.test(
        text.slice(Math.max(0, t.start - 40), t.start),
      ) || /^\s+of\b/.test(text.slice(t.end, t.end + 5));
    if (!ofUnion) t.hint = 'call';
  }
}

/** "on the phone", "on the telephone": the medium said after the verb; not "on the phone maker", "on the phone line". */
const ON_THE_PHONE_RE =
  /\bon the (?:tele)?phone\b(?!\s+(?:maker|makers|company|companies|firm|line|lines|number|numbers|bill|bills|records?|network|market|industry)\b)/g;

/**
 * Rule: "X spoke with his Ukrainian counterpart Y on the phone", "they talked on the telephone":
 * a conversation whose medium is said after its verb is a call ("by phone" and "over the phone"
 * are told the same way). Not "tariffs on the phone maker".
 */
export function onThePhone(text: string, triggers: Trigger[]): void {
  if (!text.includes('on the phone') && !text.includes('on the telephone')) return;
  addMatchTriggers(text, triggers, ON_THE_PHONE_RE, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    hint: 'call',
  }));
}

/** "telephonic conversation", "Telephone conversation", "Phone talks", "a telephonic discussion": a noun of talk with its medium before it. */
const PHONE_WORD_NOUN_RE =
  /\b(?:[Tt]elephon(?:e|ic)|[Pp]hone)\s+(?:[Cc]alls?|[Cc]onversations?|[Tt]alks?|[Dd]iscussions?)\b/g;

/**
 * Rule: "held a telephonic conversation", "Telephone conversation took place between A and B",
 * "Phone Call on Region": the medium written before the noun (an adjective, or capitalised at the
 * head of a sentence or headline) makes the talk a call; the meeting word already found inside
 * the phrase becomes the call. "a phone company" has no noun of talk and stays as it was.
 */
export function phoneWordBeforeNoun(text: string, triggers: Trigger[]): void {
  if (!/[Tt]elephon|[Pp]hone/.test(text)) return;
  addMatchTriggers(text, triggers, PHONE_WORD_NOUN_RE, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const inside = triggers.filter((t) => t.start < end && t.end > start);
    for (const t of inside) if (t.hint === 'meet') t.hint = 'call';
    return inside.length ? null : { start, end, text: m[0], hint: 'call' };
  });
}

/** "held wide-ranging discussions with", "had an in-depth discussion with": discussions held with a party. */
const HELD_DISCUSSIONS_RE =
  /\b(?:held|holds|hold|holding|had|has|have|having)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(discussions?)\b/g;

/**
 * Rule: "X held wide-ranging discussions with Y", "X had an in-depth discussion with Y", "The two
 * ministers held discussions on the sidelines of X": held discussions are talks, as "held talks"
 * are. "discussions on the issue continue" (not held) names no meeting, and "had a discussion with
 * reporters" (one party) makes none.
 */
export function heldDiscussions(text: string, triggers: Trigger[]): void {
  if (!text.includes('discussion')) return;
  addMatchTriggers(text, triggers, HELD_DISCUSSIONS_RE, (m) => {
    const word = m[1] as string;
    const start = m.index + m[0].length - word.length;
    return { start, end: start + word.length, text: word, hint: 'meet' };
  });
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
  addMatchTriggers(text, triggers, NAMED_GATHERING_RE, lastGroupTrigger('session'));
}

/** A gathering named by a lower-case noun after its sidelines: "a security conference", "annual gatherings led by ASEAN". */
const SIDELINES_OF_UNNAMED_RE =
  /\bon the (?:sidelines|margins) of (?:the |a |an |this year['’]s )?(?:[\p{Ll}][\p{L}-]*\s+){0,3}?(conference|forum|gatherings|congress|assembly)\b/gu;

/**
 * Rule: "met in Munich on the sidelines of a security conference", "on the sidelines of annual
 * gatherings led by ASEAN": a gathering whose sidelines are named, even without a capitalised
 * name, is a sitting that encloses the talks held there. "the forum of public opinion" told
 * without sidelines is not read.
 */
export function sidelinesOfUnnamedGathering(text: string, triggers: Trigger[]): void {
  if (!text.includes('sidelines of') && !text.includes('margins of')) return;
  addMatchTriggers(text, triggers, SIDELINES_OF_UNNAMED_RE, lastGroupTrigger('session'));
}

/** A council, committee or assembly that convenes: "The OAS Permanent Council convened on Wednesday". */
const BODY_CONVENED_RE =
  /\b(?:Council|Committee|Commission|Assembly|Board)(?:\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4})?\s*(?:(?:also|again|will|has|had|is\s+to)\s+)*(convened|convenes|convene)\b/g;

/**
 * Rule: "The Permanent Council convened", "the Committee will convene", "The SADC Council of
 * Ministers convened on Monday": a body's sitting told by its verb.
 */
export function bodyConvened(text: string, triggers: Trigger[]): void {
  addMatchTriggers(text, triggers, BODY_CONVENED_RE, lastGroupTrigger('meet'));
}

/** "convened defence ministers from", "brought together leaders of": a host gathering officials of several states. */
const CONVENED_OFFICIALS_RE =
  /\b(convened|convenes|convene|brought together|brings together|bring together|gathered)\s+(?:(?:top|senior|high-level|foreign|defen[cs]e|finance|trade|security|interior|military|regional|[A-Z][\w-]*)\s+){0,3}(ministers|officials|leaders|heads of state|chiefs|envoys)\b(?=\s+(?:from|of)\b)(?!\s+of\s+state\b)/g;

/**
 * Rule: "China convened top defence officials from Iran, Russia and other member states",
 * "the summit brought together leaders of 20 nations": a sitting told by its host's verb, a summit
 * when leaders or heads of state gather, else a session. "convened a committee" is no gathering,
 * and "ministers of state" are junior ministers, not the ministers of states.
 */
export function convenedOfficials(text: string, triggers: Trigger[]): void {
  if (!/\b(?:conven|brought|bring|gathered)/.test(text)) return;
  addMatchTriggers(text, triggers, CONVENED_OFFICIALS_RE, (m) => {
    const verb = m[1] as string;
    return {
      start: m.index,
      end: m.index + verb.length,
      text: verb,
      hint: /^(?:leaders|heads of state)$/.test(m[2] as string) ? 'summit' : 'session',
    };
  });
}

/** A group of officials as the subject of a verb of gathering, then where or for what it gathered. */
const GROUP_GATHERED_RE =
  /\b(?:[Ll]eaders|[Hh]eads of (?:[Ss]tate|[Gg]overnment)(?: and (?:of )?[Gg]overnment)?|[Pp]residents|[Pp]remiers|[Pp]rime [Mm]inisters|[Mm]inisters|[Dd]elegates|[Ee]nvoys)\b(?:\s+(?:from|of)\s+[^.;:]{1,120}?)?(?:,[^,.;:]{1,80},)?\s+(?:(?:have|had|will|were|are|also|again|expected to|set to)\s+)*(convened|gathered|assembled|conferred)\b(?=\s+(?:in|at|on|for|here|there|today|yesterday|virtually|online|to|with)\b)(?!\s+for\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|session|conference|consultations|dialogue)s?\b)/g;

/**
 * Rule: "Leaders from six countries along the Danube convened in Linz", "Foreign ministers of the
 * bloc gathered in Quito on Monday", "South Asian leaders, including from rivals A and B, have
 * gathered in Nepal’s capital", "the two ministers conferred for an hour in Lima": a group of
 * officials gathering is a sitting, a summit when leaders or heads gather, else a session ("the
 * two ministers" conferring is a meeting of the pair). "Protesters gathered in Linz" is no one's
 * sitting; "convened a committee" has no place or aim after it, and "convened for a bilateral
 * meeting" is told by the meeting's own noun.
 */
export function groupGathered(text: string, triggers: Trigger[]): void {
  if (!/\b(?:conven|gather|assembl|conferr)/.test(text)) return;
  addMatchTriggers(text, triggers, GROUP_GATHERED_RE, (m) => {
    const verb = m[1] as string;
    const at = m.index + m[0].length - verb.length;
    const who = m[0].slice(0, m[0].length - verb.length);
    const hint = /^(?:[Ll]eaders|[Hh]eads|[Pp]residents|[Pp]remiers|[Pp]rime)/.test(who)
      ? 'summit'
      : /^\S+\s+(?:of|from)\b/.test(who) || !/\btwo\b/.test(text.slice(Math.max(0, m.index - 12), m.index))
        ? 'session'
        : 'meet';
    return { start: at, end: at + verb.length, text: verb, hint };
  });
}

/** The verbs of taking part in a sitting: "attended", "to take part in", "participating in". */
const TAKE_PART = String.raw`(?:attend|attends|attended|attending|take\s+part\s+in|took\s+part\s+in|taking\s+part\s+in|participate\s+in|participated\s+in|participating\s+in)`;

/** Taking part in a named sitting: "to attend the UN General Assembly", "attended the World Economic Forum". */
const ATTENDED_NAMED_SITTING_RE = new RegExp(
  String.raw`\b${TAKE_PART}\s+(?:the\s+|this\s+year['’]s\s+)?(?:(?:(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][\w.-]*)\s+){1,6}?(General\s+Assembly|Assembly|Forum|Conference|Congress|Council)|(G-?\d{1,2}))\b(?!\s+(?:of\s+)?(?:[A-Z][\w-]*\s+)?(?:summit|meeting|session|talks)\b)`,
  'g',
);

/** Taking part in a conference or forum told in lower case: "to attend the policy and security conference". */
const ATTENDED_CONFERENCE_RE = new RegExp(
  String.raw`\b${TAKE_PART}\s+(?:the|a|an|this\s+year['’]s)\s+(?!(?:press|news|video)\b)(?:[a-z-]+\s+(?:and\s+)?){1,4}(conference|forum)\b`,
  'g',
);

/** Who may be the one attending, before the verb in its sentence: an official's title, a pronoun, a delegation. */
const ATTENDEE_BEFORE =
  /(?:\b(?:President|Minister|PM|Premier|Chancellor|Secretary|King|Queen|Emir|Prince|Sheikh|leader|delegation|envoy|ambassador|He|he|She|she|His|his|Her|her|I)\b)[^.!?\n]{0,120}$/;

/**
 * Rule: "flew to New York to attend the UN General Assembly", "attended the World Economic Forum
 * in Davos", "I attended the Foreign Affairs Council on 28 May", "will attend the G20 in Rio", "will head to Munich to attend the policy and security
 * conference": an official taking part in a sitting named by its body, or a conference or forum
 * told in lower case, is at one of its sittings (a summit for a G-format). "attended the G20
 * summit" is told by its noun, "attended a press conference" is no sitting, and "Students
 * attended the Youth Forum" names no official.
 */
export function attendedNamedSitting(text: string, triggers: Trigger[]): void {
  if (!/\b(?:attend|part|participat)/.test(text)) return;
  // the sitting's noun ends the match; a G-format ("the G20") is a summit
  const attended = (m: RegExpExecArray): Trigger | null => {
    const word = (m[1] ?? m[2]) as string;
    if (!ATTENDEE_BEFORE.test(text.slice(Math.max(0, m.index - 140), m.index))) return null;
    const start = m.index + m[0].length - word.length;
    return { start, end: start + word.length, text: word, hint: m[2] ? 'summit' : 'session' };
  };
  addMatchTriggers(text, triggers, ATTENDED_NAMED_SITTING_RE, attended);
  addMatchTriggers(text, triggers, ATTENDED_CONFERENCE_RE, attended);
}

/** "A and B conferred", "conferred with X", "A and B convened, on Sunday, in Baghdad": two people conferring met. */
const CONFERRED_RE = /\b(conferred|convened)\b(?=,?\s+(?:with|for|in|on|by|at)\b)/g;

/**
 * Rule: "Hayashi and Jaishankar conferred for about an hour in New Delhi", "Foreign Minister A and
 * his Turkish counterpart B convened, on Sunday, in Baghdad": a meeting of the two (a body that
 * convenes is bodyConvened's, and who convenes officials convenedOfficials').
 */
export function conferred(text: string, triggers: Trigger[]): void {
  if (!text.includes('conferred') && !text.includes('convened')) return;
  addMatchTriggers(text, triggers, CONFERRED_RE, lastGroupTrigger('meet'));
}

/** "spoke briefly on the sidelines of", "chatted at the margins of": a talk told by where it was held. */
const SPOKE_ON_SIDELINES_RE =
  /\b(spoke|talked|chatted|conversed)\b(?=\s+(?:(?:briefly|informally|privately|again|also)\s+)?(?:on|at|in)\s+the\s+(?:sidelines|margins)\b)/g;

/**
 * Rule: "Ana Berg and Tom Lind spoke briefly on the margins of the G20 meeting": two who spoke on
 * the sidelines of a gathering met there (the gathering, a trigger of its own, encloses it). "spoke
 * at the summit" (an address) names no sidelines and is not read.
 */
export function spokeOnSidelines(text: string, triggers: Trigger[]): void {
  if (!text.includes('sidelines') && !text.includes('margins')) return;
  addMatchTriggers(text, triggers, SPOKE_ON_SIDELINES_RE, lastGroupTrigger('meet'));
}

const DAY_WORD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)';

/**
 * A union's ministers as the subject of what a sitting does, told with its day or city: "Mercosur
 * Foreign Ministers on Monday agreed to", "ASEAN defence ministers discussed ... in Vientiane".
 * The ministers and the verb are the trigger; the union's name before them is its forum.
 */
const UNION_MINISTERS_ACTED_RE = new RegExp(
  `(?<=\\b(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]\\w*|Mercosur|Caricom|Benelux)\\s)((?:[A-Za-z]+\\s+){0,2}?[Mm]inisters\\s+(?:(?:on\\s+)?${DAY_WORD}\\s+)?(?:discussed|agreed|adopted|approved|endorsed|reviewed|decided|condemned|called\\s+for|urged|pledged|vowed|reaffirmed|exchanged\\s+views))\\b(?=[^.;]*?\\b(?:${DAY_WORD}|in\\s+[A-Z]))`,
  'g',
);

/**
 * Rule: "Mercosur Foreign Ministers on Monday agreed to hold the summit", "ASEAN defence ministers
 * discussed regional security in Vientiane on Tuesday": a sitting of the union's ministers, told
 * by what they did. Not without the day or the city ("NATO ministers agreed last year to ...").
 */
export function unionMinistersActed(text: string, triggers: Trigger[]): void {
  if (!/[Mm]inisters/.test(text)) return;
  addMatchTriggers(text, triggers, UNION_MINISTERS_ACTED_RE, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    hint: 'session',
  }));
}

/** "opened their annual Ministerial Council", "held its 12th Assembly": members sitting in their own body. */
const OWN_BODY_SITTING_RE =
  /\b(?:opened|open|opens|held|hold|holds|began|begin|begins|concluded|wrapped up|closed)\s+(?:their|its)\s+(?:(?:annual|regular|ordinary|extraordinary|first|next|\d+(?:st|nd|rd|th)|two-day|one-day)\s+)*(?:[\p{Lu}][\p{L}-]*\s+){0,3}?(Council|Assembly|Conference|Congress)\b(?!\s+(?:seats?|members?|membership|buildings?|chair\w*|presiden\w*|offices?|elections?))/gu;

/**
 * Rule: "ministers of the OSCE opened their annual Ministerial Council in Valletta": a body whose
 * members open or hold it is a sitting of that body. "held their Council seats" is no sitting.
 */
export function ownBodySitting(text: string, triggers: Trigger[]): void {
  if (!/Council|Assembly|Conference|Congress/.test(text)) return;
  addMatchTriggers(text, triggers, OWN_BODY_SITTING_RE, lastGroupTrigger('session'));
}

/**
 * An ordinal, then the capitalised words of a forum's name up to its head noun: "the 54th Pacific
 * Islands Forum", "the 26th OSCE Ministerial Council", "the 72nd United Nations (UN) General
 * Assembly" (an acronym in brackets inside), "the 21st Joint Committee" (a party's numbered
 * "Central Committee" is its term, not a sitting).
 */
const NUMBERED_FORUM_RE =
  /\b(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+(?:-[A-Za-z]+)?)\s+(?:(?:[\p{Lu}][\p{L}’'–-]*|\([A-Z]{2,8}\))\s+){1,6}(?<!Central\s)(Forum|Conference|Congress|Assembly|Dialogue|Council|Commission|Committee)\b/gu;

/**
 * After a numbered body's head: the rest of its name and the noun of the sitting ("Commission for
 * Bilateral Cooperation (JCBC) meeting", "Commission Session"), which tells the sitting itself.
 */
const SITTING_NOUN_AFTER_NAME =
  /^(?:\s+(?:for|of|on)\s+[^.,;:()]{0,80}?)?(?:\s*\([A-Z][A-Za-z0-9-]{1,8}\))?\s+(?:[Mm]eetings?|[Ss]essions?|[Ss]ummits?|[Ss]ittings?)\b/;

/**
 * Rule: "the 54th Pacific Islands Forum", "the Twelfth Bali Democracy Forum", "the 26th OSCE
 * Ministerial Council": a forum, conference, assembly or council named with its number in a
 * series is one of its sittings. "the Pacific Islands Forum" (no number) is the body, and "the
 * 75th anniversary of the Assembly" no sitting.
 */
export function numberedForum(text: string, triggers: Trigger[]): void {
  if (!/Forum|Conference|Congress|Assembly|Dialogue|Council|Commission|Committee/.test(text)) return;
  addMatchTriggers(text, triggers, NUMBERED_FORUM_RE, (m) => {
    const noun = m[1] as string;
    const before = m[0].slice(0, m[0].length - noun.length);
    if (sittingOrdinal(before) === undefined) return null;
    const end = m.index + m[0].length;
    if (SITTING_NOUN_AFTER_NAME.test(text.slice(end, end + 120))) return null;
    return { start: end - noun.length, end, text: noun, hint: 'session' };
  });
}

/** "will host", "is to host", "plans to host" + a guest: the future hosting of a meeting. */
const WILL_HOST_RE =
  /\b(?:will|would|shall|to)\s+(host)\b(?!\s+(?:the|a|an|this|its|their|his|her)\s)(?!\s+(?:[\w-]+\s+){0,4}?(?:meetings?|summits?|sessions?|conferences?|forums?|talks|dialogue)\b)/g;

/**
 * Rule: "X will host President Y in Sydney next month": hosting a guest is a meeting, planned
 * ("will host the summit", "will host G7 ministerial security meeting" are told by the sitting's
 * noun, hostOfNamedMeeting).
 */
export function willHost(text: string, triggers: Trigger[]): void {
  if (!text.includes('host')) return;
  addMatchTriggers(text, triggers, WILL_HOST_RE, lastGroupTrigger('meet'));
}

/**
 * "welcomed President X in", "was greeted by Prime Minister Y at", "welcomed his Egyptian
 * counterpart", "greeted the German chancellor, X, in": a guest welcomed (a name, then the end of the clause or a preposition), not a
 * decision, a statement or a country's remarks ("welcomed the EU decision", "welcomed X's words").
 */
const WELCOMED_GUEST_RE =
  /\b(welcomed|welcomes|greeted|greets)\s+(?:by\s+)?(?:(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?\b|the\s+(?:[\p{Lu}][\p{L}-]*\s+){1,2}(?:chancellor|president|prime\s+minister|premier|king|queen|emir|foreign\s+minister|defen[cs]e\s+minister)\b(?=\s*(?:[,.;]|$|\s(?:at|in|on|to|upon|who|with|during|for|and|ahead|before|after)\b))|(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,6}(?![\p{L}’'])(?=\s*(?:[,.;]|$|\s(?:at|in|on|to|upon|who|with|during|for|and|ahead|before|after)\b)))/gu;

/** A sentence that names the gathering the welcome belongs to: the welcome is part of it. */
const GATHERING_WORD =
  /\b(?:[Ss]ummit|[Ss]ession|[Ss]itting|[Ff]orum|[Cc]onference|[Cc]ongress|[Aa]ssembly|[Mm]eeting|[Tt]alks|[Cc]eremony|[Gg]athering)\b/;

/**
 * Rule: "Milei welcomed President Boric at the Casa Rosada", "Lula was welcomed by President
 * Lourenco in Luanda": welcoming or greeting a named guest is a meeting, as "received" is. Not
 * when the sentence names the gathering it belongs to ("the host of the summit greeted X": the
 * summit tells it), nor a greeting on arrival ("at the entrance", "at the airport").
 */
export function welcomedGuest(text: string, triggers: Trigger[]): void {
  if (!text.includes('welcome') && !text.includes('greet')) return;
  addMatchTriggers(text, triggers, WELCOMED_GUEST_RE, (m) => {
    const end = m.index + m[0].length;
    if (ON_ARRIVAL.test(text.slice(end, end + 40)) || GATHERING_WORD.test(sentenceAround(text, m.index)))
      return null;
    const word = m[1] as string;
    return { start: m.index, end: m.index + word.length, text: word, hint: 'meet' };
  });
}

/** The sentence around `pos`, bounded by sentence ends and line breaks (a cheap cut, for a word test). */
function sentenceAround(text: string, pos: number): string {
  let start = pos;
  while (start > 0 && start > pos - 400 && !/[.!?\n]/.test(text[start - 1] as string)) start--;
  const endMatch = /[.!?\n]/.exec(text.slice(pos, pos + 400));
  return text.slice(start, endMatch ? pos + endMatch.index : pos + 400);
}

/** "called on", "paid a courtesy call on": the verb or noun, then "on"/"upon"/"to". */
const CALLED_ON_RE =
  /\b(?:(called|calls|calling|(?<=\b(?:will|would|to|shall|may|also)\s)call|(?<=\b(?:made|makes|make|making|paid|pays|pay|paying)\s+a\s)call)\s+(?:on|upon)|(courtesy\s+(?:call|visit)s?)\s+(?:on|upon|to))(?=\s)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g;

/**
 * Rule: "Hasan called on President Prabowo at the palace", "the envoy paid a courtesy call on the
 * Prime Minister", "he would call on Speaker X", "made a call on his counterpart": calling on a named person is a visit, a meeting (not a phone call). "called on
 * all parties to", "called on Israel to halt the strikes" are demands (isVisitCalledOn).
 */
export function courtesyCall(text: string, triggers: Trigger[]): void {
  if (!text.includes('call')) return;
  addMatchTriggers(text, triggers, CALLED_ON_RE, (m) => {
    const end = m.index + m[0].length;
    if (!isVisitCalledOn(text.slice(end, end + 400))) return null;
    const word = (m[1] ?? m[2]) as string;
    return { start: m.index, end: m.index + word.length, text: word, hint: 'meet' };
  });
}

/** Words before "session" that make it practice, a picture or an exchange with the press, no sitting. */
const NOT_A_SITTING_BEFORE =
  /\b(?:training|practice|practise|drill|exercise|photo|photograph|photo-op|recording|filming|fitness|study|tutoring|question-and-answer|questions-and-answers|Q&A|Q and A|signing|autograph|jam)\s+$/i;

/**
 * Rule: "the first such training sessions with India", "a photo session", "a Q&A session": a
 * session of practice, of pictures or of questions from the press is no sitting of anyone.
 * "a plenary session", "a closed-door session" are.
 */
export function sessionOfPractice(text: string, triggers: Trigger[]): void {
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i] as Trigger;
    if (t.hint !== 'session' || !/^[Ss]essions?$/.test(t.text)) continue;
    if (NOT_A_SITTING_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) triggers.splice(i, 1);
  }
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

/**
 * Rule: "ASEAN and its dialogue partners", "a negotiating partner", "the meeting room": a meeting
 * noun that only qualifies a partner or a room names no meeting, and must not cut the clause of
 * the meeting told around it ("summits ... with their dialogue partners came to a close in X").
 */
export function meetingNounAsModifier(text: string, triggers: Trigger[]): void {
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i] as Trigger;
    if (t.hint !== 'meet' || !/^(?:dialogue|Dialogue|meeting|talks|negotiations|consultations)$/.test(t.text))
      continue;
    if (/^\s+(?:partners?|partnerships?|rooms?|halls?)\b/.test(text.slice(t.end, t.end + 16)))
      triggers.splice(i, 1);
  }
}

/** After "received": a thing received, not a guest ("an invitation", "a letter", "credentials"). */
const THING_RECEIVED =
  /^\s+(?:(?:on|this|last|late|early)\s+(?:[A-Z][a-z]+day|morning|afternoon|evening|week)\s+)?(?:(?:an?|the|his|her|their|its|several|many)\s+)?(?:(?:formal|official|written|personal|special|(?:tele)?phone)\s+)?(?:invitations?|letters?|messages?|copies|credentials|award|awards|reports?|requests?|proposals?|support|assurances?|offers?|delivery|shipments?|votes?|briefings?|applications?|donations?|aid|funds?|(?<=\ban?\s+(?:(?:tele)?phone\s+)?)call)\b/;

/**
 * Rule: "X has received an invitation to meet Y", "received a letter from Y", "received on Thursday
 * a telephone call from Y": what was received is a thing, not a guest, so "received" names no
 * meeting (the invitation's meeting and the call keep their own triggers; "received calls from A
 * and B" is still read one call per party). "X received Y at the palace" stays a meeting.
 */
export function receivedAThing(text: string, triggers: Trigger[]): void {
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i] as Trigger;
    if (t.hint !== 'meet' || !/^(?:received|receives)$/.test(t.text)) continue;
    if (THING_RECEIVED.test(text.slice(t.end, t.end + 40))) triggers.splice(i, 1);
  }
}

/** Right before "video link": a way of taking part ("joined by", "attended via a"), not a call. */
const TOOK_PART_BY =
  /\b(?:joined|joins|join|joining|attended|attends|took part|takes part|participated|participates|addressed|addresses|spoke|speaking)\b[^.;]{0,60}?\b(?:by|via|through|over)\s+(?:a\s+|an\s+)?$/;

/**
 * Rule: "Lula, who joined by video link", "attended the summit via videoconference": taking part
 * in a sitting from afar is no call of its own. "held a video call with X" stays a call.
 */
export function tookPartByVideo(text: string, triggers: Trigger[]): void {
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i] as Trigger;
    if (t.hint !== 'call' || !/^video/i.test(t.text)) continue;
    if (TOOK_PART_BY.test(text.slice(Math.max(0, t.start - 80), t.start))) triggers.splice(i, 1);
  }
}

/** "signed a new defence cooperation agreement", "signed four memoranda of understanding", "inked a deal". */
const SIGNED_INSTRUMENT_RE =
  /\b(signed|sign|inked)\s+(?:on\s+\w+\s+)?(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+(?:set|number|series)\s+of)\s+(?:[\w-]+\s+){0,5}?(?:agreements?|memorand(?:a|ums?)|MoUs?|MOUs?|treaty|treaties|accords?|deals?|joint\s+(?:declaration|statement|communiqu[eé])|protocols?|pacts?)\b/g;

/** Before the verb: two leaders told as one subject ("X and his Indonesian counterpart Y", "the presidents of A and B"). */
const TWO_SIDES_SUBJECT =
  /\b(?:and\s+(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+)?counterparts?|(?:presidents|leaders|prime\s+ministers|ministers|heads\s+of\s+state)\s+of\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?\s+and\s+[\p{Lu}])/iu;

/**
 * Rule: "Australian Defence Minister X and his Indonesian counterpart Y signed a defence
 * cooperation agreement in Canberra", "Bolivia's President X and his Peruvian counterpart Y signed
 * a set of agreements": two sides' leaders signing together met to do it. One side signing
 * ("Kenya signed a deal with China", "the minister signed a decree") is no meeting.
 */
export function signedTogether(text: string, triggers: Trigger[]): void {
  if (!text.includes('sign') && !text.includes('inked')) return;
  addMatchTriggers(text, triggers, SIGNED_INSTRUMENT_RE, (m) => {
    if (!TWO_SIDES_SUBJECT.test(sentenceAround(text, m.index).split(m[0])[0] ?? '')) return null;
    const word = m[1] as string;
    return { start: m.index, end: m.index + word.length, text: word, hint: 'meet' };
  });
}

/** The rules run over the triggers found, in order. */
const TRIGGER_RULES = [
  sessionOfPractice,
  signedTogether,
  courtesyCall,
  willHost,
  welcomedGuest,
  summitAsModifier,
  meetingNounAsModifier,
  receivedAThing,
  callNoun,
  onThePhone,
  phoneWordBeforeNoun,
  heldDiscussions,
  tookPartByVideo,
  virtualMeeting,
  sidelinesOfNamedGathering,
  sidelinesOfUnnamedGathering,
  bodyConvened,
  unionMinistersActed,
  convenedOfficials,
  groupGathered,
  conferred,
  spokeOnSidelines,
  attendedNamedSitting,
  ownBodySitting,
  numberedForum,
  conversationsInPhoneStory,
  pairDiscussed,
  discussedWithNamed,
  ministersMeetingByName,
  unionMinistersMeeting,
  dialogueAsAim,
];

/**
 * Rule: in a story about a phone call ("phone" said, or a call named in the headline: "PM call
 * with President X"), "conversation", "spoke", "talked" are the call.
 */
export function conversationsInPhoneStory(text: string, triggers: Trigger[]): void {
  const nl = text.indexOf('\n');
  const headlineEnd = Math.max(nl, 0);
  const phoneArticle = triggers.some(
    (t) => t.hint === 'call' && (/phone/i.test(t.text) || t.end <= headlineEnd),
  );
  for (const t of triggers)
    if (phoneArticle && t.hint === 'meet' && /^(?:conversations?|spoke|speaks|talked)$/i.test(t.text))
      t.hint = 'call';
}

/**
 * "Prime Minister Ana Lind and President Omar Haddad discussed", "X and Y have further discussed":
 * two named parties (capitalised words joined by "and") as the active subject of "discussed".
 * Not "A and B were discussed by ..." (a passive), nor a lower-case subject ("the ministers discussed").
 */
const PAIR_DISCUSSED_RE =
  /\b[\p{Lu}][\p{L}.’'-]+\s+and\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,7}(?:(?:have|has|had|also|then|further|briefly)\s+)*(discussed)\b/gu;

/**
 * Rule: "President X and Prime Minister Y discussed trade": two named parties who discuss
 * something together met; the persons of the clause are its parties (a pair of countries, or
 * of anything not a person, is dropped later as a passing mention). Not when what they discussed
 * is a meeting ("discussed the summit in Lima"): the noun tells that one.
 */
export function pairDiscussed(text: string, triggers: Trigger[]): void {
  if (!text.includes(' discussed')) return;
  addMatchTriggers(text, triggers, PAIR_DISCUSSED_RE, (m) => {
    const end = m.index + m[0].length;
    if (DISCUSSED_A_MEETING.test(text.slice(end, end + 50))) return null;
    return { start: end - 9, end, text: 'discussed', hint: 'meet' };
  });
}

/** "discussed the summit", "discussed the upcoming talks": a meeting talked about, which its noun tells. */
const DISCUSSED_A_MEETING =
  /^\s+(?:the|a|an|their|this|next|upcoming)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|session|visit)\b/i;

/**
 * "Minister X has discussed the agenda with his Brazilian colleague Y", "discussed trade with
 * President Z": "discussed" + a short object + "with" + a named person or a counterpart.
 * Not "discussed with reporters" nor "discussed within the cabinet".
 */
const DISCUSSED_WITH_RE =
  /\b(discussed)\s+(?:[\w’'-]+\s+){0,6}?with\s+(?=(?:his|her|their)\s+(?:[\p{Lu}][\p{L}-]*\s+(?:and\s+[\p{Lu}][\p{L}-]*\s+)?)?(?:counterparts?|colleagues?)\b|(?:the\s+)?(?:President|Prime Minister|Minister|Foreign Minister|Chancellor|King|Emir|Premier|Secretary)\b|[\p{Lu}][\p{L}-]+\s+(?:[\p{Lu}]|(?:president|prime minister|foreign minister|minister|premier|counterpart)\b))/gu;

/**
 * Rule: "X discussed the agenda with his Brazilian colleague Y", "X has discussed with Nigerian
 * president, Y": discussing with a named party is a meeting.
 */
export function discussedWithNamed(text: string, triggers: Trigger[]): void {
  if (!text.includes('discussed')) return;
  addMatchTriggers(text, triggers, DISCUSSED_WITH_RE, (m) => ({
    start: m.index,
    end: m.index + 9,
    text: 'discussed',
    hint: 'meet',
  }));
}

/**
 * Rule: "the G20 Foreign Ministers' Meeting concluded", "the ASEAN Defence Ministers’ Meeting",
 * "the SCO Foreign Ministers' meeting in Goa": a meeting named after the ministers who sit in it
 * is a session, like "a meeting of the ministers". The lower-case "the ministers' meeting" is
 * left as it was told.
 */
export function ministersMeetingByName(text: string, triggers: Trigger[]): void {
  if (!text.includes('Ministers')) return;
  for (const t of triggers)
    if (
      /^[Mm]eetings?$/.test(t.text) &&
      /\bMinisters['’]\s$/.test(text.slice(Math.max(0, t.start - 11), t.start))
    )
      t.hint = 'session';
}

/** Right before "meeting": a union's acronym and its ministers ("G20 informal foreign ministers ", "ASEAN defence ministers' "). */
const UNION_MINISTERS_BEFORE =
  /\b[A-Z][A-Z0-9]{1,7}\s+(informal\s+)?(?:[a-z]+\s+){0,2}?(?:foreign|defen[cs]e|finance|economy|trade|energy|interior|health|agriculture)\s+ministers['’]?\s+$/;

/**
 * Rule: "the G20 informal foreign ministers meeting held in Los Cabos", "an ASEAN defence
 * ministers' meeting": a meeting named after a union's ministers is its session, or an informal
 * meeting when it says so. "the ministers' meeting" with no union named stays as told.
 */
export function unionMinistersMeeting(text: string, triggers: Trigger[]): void {
  if (!text.includes('inisters')) return;
  for (const t of triggers) {
    if (t.hint !== 'meet' || !/^(?:meeting|meetings)$/.test(t.text)) continue;
    const m = UNION_MINISTERS_BEFORE.exec(text.slice(Math.max(0, t.start - 60), t.start));
    if (m) t.hint = m[1] ? 'multilateral' : 'session';
  }
}

/** Right before a bare "dialogue": a call or wish for it, not a dialogue held. */
const DIALOGUE_AIM_BEFORE =
  /\b(?:call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|appeal(?:ed|s|ing)?\s+for|push(?:ed|es|ing)?\s+for|support(?:ed|s|ing)?|favou?r(?:ed|s|ing)?|encourag(?:ed|es|ing)|promot(?:e|ed|es|ing)|through|via|by|need\s+for|importance\s+of|commitment\s+to|committed\s+to|open\s+to|return\s+to|resume|resumed|resumes|resuming|seek|sought|prefer(?:red|s)?|reviv(?:e|ed|es|ing)|restor(?:e|ed|es|ing))\s+(?:(?:a|an)\s+)?(?:(?:more|further|peaceful|political|direct|inclusive|constructive|genuine|continued|sustained|national)\s+)?$/i;

/**
 * Rule: "called for dialogue between A and B", "urged dialogue with X", "resolved through
 * dialogue", "also about reviving a dialogue with Russia": "dialogue" after a call, a means
 * or a revival (with no article, or "a"), is an aim, not talks held.
 * "held a strategic dialogue", "the US-China Dialogue" stay meetings.
 */
export function dialogueAsAim(text: string, triggers: Trigger[]): void {
  if (!text.includes('ialogue')) return;
  for (let i = triggers.length - 1; i >= 0; i--) {
    const t = triggers[i] as Trigger;
    if (t.text !== 'dialogue') continue;
    if (DIALOGUE_AIM_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))) triggers.splice(i, 1);
  }
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
 * Rule: "attended the events hosted by Lukashenka", "the summit hosted by Kazakhstan": "hosted by"
 * right after an event's noun names the host of that event, not a meeting of its own.
 */
function hostOfEventBefore(text: string, start: number, end: number): boolean {
  return (
    (/\b(?:events?|summit|meeting|talks|session|gathering|ceremony|forum|conference|dinner|reception)\s+$/.test(
      text.slice(Math.max(0, start - 20), start),
    ) ||
      HOSTED_IT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) &&
    /^\s+by\b/.test(text.slice(end, end + 5))
  );
}

/**
 * Rule: "The 9th Regional Forum took place in Barcelona. It was hosted by X in the presence of Y",
 * "The event was co-hosted by": the passive opens a sentence about the sitting told before; its
 * host is one who attended it (attendance.ts), not a party to talks of its own.
 */
const HOSTED_IT_BEFORE =
  /(?:^|[.!?]\s+|\n\s*)(?:It|The\s+(?:event|gathering|forum|conference|session|meeting|summit))\s+(?:was|is|will\s+be|has\s+been)\s+(?:(?:also|jointly)\s+)?(?:co-?)?$/;

/**
 * Rule: "X hosted the meeting", "X hosts Y for a Supreme State Council meeting": the meeting noun
 * that follows tells it (and whether it is new), not "hosted". False drops the trigger.
 */
export function hostOfNamedMeeting(story: Story, c: TriggerCtx): boolean {
  const { text } = story;
  const { t, sent } = c;
  return !(
    /^host(?:ed|s)$/.test(t.text) &&
    (hostOfEventBefore(text, t.start, t.end) ||
      /^\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:meeting|talks|session|summit|sitting|gathering|negotiations|consultations)\b/.test(
        text.slice(t.end, t.end + 50),
      ) ||
      /^\s+[^.;]{0,60}?\bfor\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,5}(?:meeting|session|summit|sitting)\b/.test(
        text.slice(t.end, sent.end),
      ))
  );
}
