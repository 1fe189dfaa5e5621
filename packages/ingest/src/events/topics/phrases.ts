// Cuts the stretch a topic rule found into short noun phrases: it stops where the noun phrases
// end (a subordinate clause, an attribution, a time adverbial), splits coordinated lists
// ("X, Y and Z", "X as well as Y") and trims each phrase to its words.

import { matchesOf } from '../../text/matches.js';
import type { TopicCue } from './rules.js';

/** A topic phrase: offsets into the sentence text. */
export interface PhraseSpan {
  start: number;
  end: number;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
/** A date told by itself: "Monday", "Dec. 8", "March 3, 2024", "5 June". */
const DATE = `(?:${WEEKDAY}|${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|${MONTH_ABBR}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;
const SPEECH =
  '(?:said|says|added|adds|noted|notes|stressed|reported|reports|announced|announces|wrote|writes|told|stated|states|specified|explained)';

/** A participial clause after a comma ("..., stressing the need"): ends a topic, except in a listed agenda. */
const PARTICIPIAL_CLAUSE =
  ',\\s+(?!including)(?:[a-z]+ly\\s+)?[a-z]+ing\\s+(?:the|a|an|its|their|his|her|that|this|to|on|in|with|for)\\b';

/** "..., following the coup": a time clause, except inside an agenda item ("the situation following the coup"). */
const FOLLOWING = ',?\\s+following\\b';

/** Where the noun phrases after a trigger end: the earliest of these. */
const END_OF_NOUN_PHRASE_PARTS = [
  // a short parenthetical ("weapons (TNW) in Belarus", "the CIS+ (CIS Plus) format") stays inside
  '[;:[\\]{}]|\\((?![^()]{1,30}\\))|(?=\\))(?<!\\([^()]{1,30})\\)',
  '\\s[—–-]\\s|—',
  '[,.][”"»]',
  '[”"»][,.]',
  // a clause of its own: relative, participial, adverbial, an attribution
  ',?\\s+(?:which|who|whom|whose|where|when|whereby|that)\\b',
  ',?\\s+(?:taking\\s+into\\s+account|taking|expressing|stressing|noting|adding|saying|emphasi[sz]ing|underlining|pointing|highlighting|citing|calling|describing|reaffirming|welcoming|agreeing|thanking)\\b',
  ',?\\s+(?:according\\s+to|in\\s+accordance\\s+(?:with|to)|in\\s+line\\s+with|in\\s+the\\s+context\\s+of|in\\s+light\\s+of|in\\s+view\\s+of|in\\s+order\\s+to|in\\s+response\\s+to|in\\s+connection\\s+with|(?:in|as\\s+a)\\s+follow-up\\s+to|with\\s+a\\s+view\\s+to|in\\s+a\\s+bid\\s+to|so\\s+as\\s+to|so\\s+that|amid|amidst|against\\s+the\\s+(?:backdrop|background)|because|since|while|whereas|although|though|as\\s+part\\s+of|as\\s+a\\s+result|after|before|during|ahead\\s+of|until|unless|if|once)\\b',
  FOLLOWING,
  `,\\s+(?:[\\w’'.()-]+\\s+){0,6}?${SPEECH}\\b`,
  // an attribution with an appositive: ", Ana Rojas, head of the ministry's press office, said"
  `,\\s+[A-Z][\\w’'.-]+(?:\\s+[A-Z][\\w’'.-]+){1,2},\\s+[^,;]{1,160}?,\\s+(?:has\\s+|had\\s+)?${SPEECH}\\b`,
  `\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?(?:ministry|service|office|agency|Kremlin|spokes(?:man|woman|person))\\s+${SPEECH}\\b`,
  ',?\\s+(?:and|but)\\s+(?:he|she|they|it|we|I|there|then)\\b',
  ",\\s+(?:and|but)\\s+[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+)?\\s+(?:[a-z]+ed|told|said|met|spoke|was|were|is|are|has|have|had|will|would|also|gave|made)\\b",
  ',?\\s+but\\b|,\\s+(?:so|yet|as(?!\\s+well\\s+as))\\s',
  // "priorities as the two countries push to ...": a clause of time or reason, not the topic
  '(?<!\\b(?:well|such|so|same))\\s+as\\s+(?:the|both|they|it|he|she|we)\\s+(?!(?:well|part|such|main|key|first|only)\\b)',
  // a finite verb after the noun phrase starts another clause
  '\\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\\b',
  // the main clause taken up again after a relative one ("The forum, which centred on X, took place today")
  ',\\s+(?:took\\s+place|opened|closed|ended|concluded|began|started|kicked\\s+off|got\\s+under\\s+way)\\b',
  // a participle with its agent, a participial clause, another verb of discussing
  '\\s+(?:(?!aimed\\b)\\w+ed|made|taken|given|held|done|reached|drawn\\s+up|put\\s+forward)\\s+(?:by|at|during)\\s',
  // a finite verb after a subject that holds the topic: "talks on X resumed in ..."
  '\\s+(?!(?:united|combined|joint|proposed|planned|related|armed|advanced|limited|based|aimed|focused)\\b)[a-z]{3,}ed\\s+(?:in|on|at|to|after|from|the|a|an|last|this|yesterday|today|earlier)\\b',
  PARTICIPIAL_CLAUSE,
  '(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:to\\s+)?(?:discuss|consider|review|examine|exchange|sign|approve|adopt|focus)(?:es|ed|ing|e|s)?\\b',
  // "... and assured each other of X", "..., and stressed Y": another clause of the same subject
  '(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?:assured|expressed|noted|stressed|emphasi[sz]ed|underlined|reaffirmed|reiterated|welcomed|agreed|pledged|vowed|called|urged|praised|thanked|invited)\\b',
  // a missing space after a full stop, a link
  '(?<!\\b[A-Z])\\.(?=[A-Z])|\\s+(?:pic\\.twitter|https?:)',
  // where and how the talks went, not what they were about
  "\\s+at\\s+(?:the|a|an|their|its|this|his|her)\\s+(?:[\\w’'-]+\\s+){0,4}?(?:[Mm]eeting|[Tt]alks|[Ss]ummit|[Ss]ession|sidelines|[Cc]onference|event|[Ff]orum|sitting|collegium|gathering)s?\\b",
  '\\s+(?:on|over)\\s+the\\s+(?:sidelines|phone|telephone)\\b|\\s+by\\s+(?:phone|telephone|video)',
  // "discussed X in a phone call", "... during their meeting": how they talked, not what about
  "\\s+(?:in|during|over)\\s+(?:a|an|their|his|her)\\s+(?:[\\w’'-]+\\s+){0,2}?(?:call|conversation|meeting|talks|videoconference|video\\s+link)\\b",
  '\\s+(?:in\\s+(?:depth|detail|general\\s+terms|particular)|at\\s+length|behind\\s+closed\\s+doors)\\b',
  // "with X" after the topic names the other party, except after nouns of relations
  '(?=\\s)(?<!\\b(?:relations|cooperation|ties|partnership|dialogue|contacts|trade|integration|agreements?|talks|negotiations|interaction|coordination|consultations|relationship|conflict|war|border|treaty|deal|issues|tensions|disputes?|differences))\\s+(?:together\\s+)?with\\b',
  // "with leaders of X", "with his counterpart", "with Foreign Minister Y": the other party, even
  // after a noun of relations
  '\\s+with\\s+(?:the\\s+|his\\s+|her\\s+|their\\s+|its\\s+)?(?:[A-Z][a-z]+\\s+){0,2}(?:[Ll]eaders?|[Cc]ounterparts?|[Pp]residents?|[Pp]rime\\s+[Mm]inisters?|[Mm]inisters?|[Hh]eads?|officials|[Dd]elegations?|[Ee]nvoys?|[Ss]ecretar(?:y|ies)|[Cc]hancellors?|[Kk]ings?|[Ee]mirs?)\\b',
  // time adverbials
  `\\s+(?:on|last|next|this|early|late|earlier|later|from|by)\\s+(?:${WEEKDAY}|week|month|year|weekend|morning|afternoon|evening|night)\\b`,
  `\\s+on\\s+(?:\\d|${MONTH})`,
  `\\s+in\\s+${MONTH}\\b`,
  '\\s+(?:yesterday|today|tonight|earlier|recently|again|now)\\b',
  '\\s+later\\s+(?:this|that|next|in)\\b',
  // "... on the back of their joint political will": the grounds, not the topic
  '\\s+on\\s+the\\s+(?:back|heels|strength)\\s+of\\b',
  '\\s+under\\s+(?:pressure|the\\s+auspices)\\b',
];
const END_OF_NOUN_PHRASES = new RegExp(END_OF_NOUN_PHRASE_PARTS.join('|'));
/**
 * A listed agenda names its items, and gerund items and "X following Y" are items ("the agenda included the budget,
 * raising the quota, and ..."): there a comma and a gerund do not end the list.
 */
const END_OF_AGENDA_ITEMS = new RegExp(
  END_OF_NOUN_PHRASE_PARTS.filter((part) => part !== PARTICIPIAL_CLAUSE && part !== FOLLOWING).join('|'),
);

/**
 * A time or place adverbial right after the verb, before its object: "signed on Monday in Oslo a
 * treaty", "approved Monday a plan", "signed Dec. 8 a pact".
 */
const LEADING_ADVERBIAL = new RegExp(
  `^(?:(?:(?:(?:on|in|at)\\s+(?:the\\s+)?(?:${DATE}|${WEEKDAY}|${MONTH}|\\d[\\d,]*|[A-Z][\\w.’'-]*)|(?:last|this|next)\\s+(?:${WEEKDAY}|${MONTH}|week|month|year)|yesterday|today)(?:\\s+[A-Z][\\w.’'-]*)*|${DATE})\\s+)+`,
);

/** A phrase that only tells when (a date) or a meeting's own date, time or venue is not a topic. */
const WHEN_NOT_WHAT = new RegExp(
  `^(?:${DATE}|(?:exact\\s+)?(?:date|dates|time|timing|venue)\\s+(?:of|for)\\s+(?:the\\s+|their\\s+|a\\s+)?(?:next\\s+|new\\s+)?(?:meeting|talks|consultations|summit|visit|call|session|negotiations|conversation)s?)$`,
  'i',
);

/** "to build a stronger, fairer alliance": past an infinitive, commas belong to its clause. */
const INFINITIVE = /\bto\s+[a-z]+\s+(?:a|an|the|their|its|our|his|her|this|these|that)\b/;

/** Separators of a coordinated list of topics. */
const LIST_SEPARATOR =
  /\s*;\s*|,?\s+as\s+well\s+as\s+|,?\s+(?:besides|in\s+addition\s+to)\s+|,\s*(?:and|or)\s+|,(?!\d)\s*|\s+and\s+|\s+or\s+|\s*&(?!\s*[A-Z])\s*|\s+plus\s+/g;

/** Words that open a stretch without being part of the topic ("discussed how to fund X" is about funding X). */
const LEADING_FILLER =
  /^(?:(?:on\s+)?how\s+to|besides|in\s+addition|(?:in\s+)?(?:the\s+)?(?:sectors?|areas?|fields?|spheres?|domains?)(?:\s+(?:of|such\s+as|like|including))?(?=\s)|(?:possible\s+)?ways\s+(?:and\s+means\s+)?(?:to|of)|also|further|furthermore|additionally|then|jointly|extensively|thoroughly|briefly|among\s+(?:other\s+things|others)|inter\s+alia|in\s+particular|particularly|notably|especially|mainly|primarily|the|a|an|this|these|those|its|their)\b[\s,]*/i;

/** "topical issues of X" says no more than X. */
const ISSUES_OF =
  /^(?:(?:certain|some|key|various|several|topical|current|pressing|important|main|major|urgent|a\s+number\s+of|a\s+range\s+of|number\s+of|range\s+of|the)\s+)*(?:issues|questions|matters|aspects)\s+(?:of|related\s+to|concerning|regarding|on|in)\s+/i;

/** "a range of issues, including X", "issues such as X": the list after "including" is the topic. */
const RANGE_INCLUDING =
  /^(?:(?:a|the)\s+)?(?:(?:wide|broad|whole|long)\s+)?(?:(?:range|number|variety|host|series|list)\s+of\s+)?(?:[\w-]+\s+)?(?:issues|topics|questions|matters|subjects|areas)\s*,?\s+(?:including|such\s+as|notably)\s+|^(?:including|such\s+as)\s+/i;

/** "a review of the progress on X" is about X; so is "the progress made in X", "the state of X". */
const REVIEW_OF =
  /^(?:(?:review|discussion|consideration|examination|analysis|assessment)\s+of\s+(?:the\s+)?(?:(?:progress|results|state|status|course)\s+(?:on|of|in)\s+(?:the\s+)?)?|(?:overall\s+)?(?:progress(?:\s+(?:made|achieved))?\s+(?:on|in|of)|(?:state|status|course)\s+of)\s+(?:the\s+)?)/i;

/** A verb that opens a conjunct ("... and determined the plan"): the object is the topic. */
const LEADING_VERB =
  /^(?:[a-z]+ed|signed|agreed|set)\s+(?:(?:up)?on\s+)?(?=(?:the|a|an|their|its|new|issues|questions|matters|[A-Z][\w’'-]*[’'](?:s)?)\s)/;

/** A phrase that begins with one of these is not a topic. */
const NOT_A_TOPIC_START = new Set(
  (
    'it its this that these those them off up down him her he she they we us i you which what how whether why who whom ' +
    'finally meanwhile moreover however lastly furthermore since where when there here at during in on by for from after before with to into within under over between ' +
    'among about as upon than and or but if so not no is are was were be been being has have had will would'
  ).split(' '),
);

/** Words that say nothing about the topic by themselves. */
const EMPTY_WORDS = new Set(
  (
    'the a an of on in for and or issues issue matters matter questions question topics topic things thing ' +
    'aspects other others various several many some certain topical current pressing key important main major ' +
    'range number variety ways way situation prospects state status level sidelines phone telephone call meeting talks ' +
    'time document documents treaty agreement accord deal protocol memorandum declaration new next further ' +
    'monday tuesday wednesday thursday friday saturday sunday week month year day morning evening ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

const MAX_WORDS = 12;

const PRONOUN_OBJECT = new Set('it them this that these those'.split(' '));

/** The topic phrases of one cue, as offsets into the sentence. */
export function topicPhrases(sentence: string, cue: TopicCue): PhraseSpan[] {
  const stretch =
    cue.direction === 'after' ? nounPhrasesAfter(sentence, cue) : { start: cue.start, end: cue.end };
  const out: PhraseSpan[] = [];
  for (const piece of mergeConjuncts(sentence, splitList(sentence, stretch))) {
    const phrase = trimPhrase(sentence, piece);
    if (phrase && isTopic(sentence.slice(phrase.start, phrase.end))) out.push(phrase);
  }
  return out;
}

/** The stretch after the trigger, cut where its noun phrases end. */
function nounPhrasesAfter(sentence: string, cue: TopicCue): PhraseSpan {
  let start = cue.start;
  while (start < cue.end && /\s/.test(sentence[start] ?? '')) start++;
  // an editor's insertion first ("approved [at the meeting] the plan") is not the topic
  const inserted = /^\[[^\]]{0,80}\]\s*/.exec(sentence.slice(start, cue.end));
  if (inserted) start += inserted[0].length;
  // so is a time or place told before the object ("signed on Monday in Oslo a treaty")
  const adverbial = LEADING_ADVERBIAL.exec(sentence.slice(start, cue.end));
  if (adverbial) start += adverbial[0].length;
  const rest = sentence.slice(start, cue.end);
  // "discussed three issues: A, B and C" reads the list after the colon
  const colon =
    /^(?:the\s+following|several|a\s+number\s+of|two|three|four|five|these|key|main)\s+(?:[\w-]+\s+)?(?:issues|topics|questions|matters|areas|points)\s*:\s*/i.exec(
      rest,
    );
  if (colon) start += colon[0].length;
  // a quoted object ("to discuss “bilateral ties and X” in Bonn") ends at its closing quote
  const quoted = /^[“"]([^“”"]{3,200})[”"]/.exec(sentence.slice(start, cue.end));
  const text = sentence.slice(start, quoted ? start + quoted[0].length : cue.end);
  const cut = (cue.rule === 'agenda-included' ? END_OF_AGENDA_ITEMS : END_OF_NOUN_PHRASES).exec(text);
  return { start, end: start + (cut ? cut.index : text.length) };
}

/**
 * Splits a stretch at list separators. A list inside an infinitive clause ("targets to build a
 * stronger, fairer alliance, and ...") is not a list of topics: the stretch ends at the infinitive.
 */
function splitList(sentence: string, stretch: PhraseSpan): Array<PhraseSpan & { joiner: string }> {
  const text = sentence.slice(stretch.start, stretch.end);
  const pieces: Array<PhraseSpan & { joiner: string }> = [];
  const infinitive = INFINITIVE.exec(text)?.index ?? text.length;
  let end = text.length;
  let from = 0;
  let joiner = '';
  for (const m of matchesOf(LIST_SEPARATOR, text)) {
    const at = m.index ?? 0;
    if (at > infinitive) {
      end = infinitive;
      break;
    }
    if (at > from) pieces.push({ start: stretch.start + from, end: stretch.start + at, joiner });
    joiner = m[0];
    from = at + m[0].length;
  }
  if (from < end) pieces.push({ start: stretch.start + from, end: stretch.start + end, joiner });
  return pieces;
}

const isDeterminer = (word: string): boolean => /^(?:the|a|an|its|their|his|her|our|this|these)$/i.test(word);
const wordsOf = (s: string): string[] => s.trim().split(/\s+/).filter(Boolean);
const isName = (s: string): boolean => wordsOf(s).every((w) => /^[A-Z]/.test(w)) && wordsOf(s).length <= 3;
const PREPOSITION = /\b(?:of|on|in|for|between|among|towards?|against|within)\b/;

/** Adjective endings, so that "global and regional security" stays one phrase. */
const ADJECTIVE = /^(?:[a-z]+-[a-z]+|[a-z]+(?:al|ic|ary|ive|ous|ern|ian|ish|ese|ful|less|ar|ile))$/;
const NOUN_IN_AL =
  /^(?:proposal|approval|withdrawal|arrival|renewal|removal|trial|signal|capital|potential|rival|official|journal|material|principal|individual|arsenal|festival|survival|interval|manual|denial|disposal|tribunal|criminal|referral|seminar|calendar|war)$/;

/** Whether the conjunct before "and" only modifies the noun of the next one ("global" and "regional security"). */
function modifiesNext(text: string, next: string, joiner: string, inCommaList: boolean): boolean {
  const words = wordsOf(text).filter((w, i) => i > 0 || !isDeterminer(w));
  const last = words[words.length - 1] ?? '';
  const nextWords = wordsOf(next);
  if (/;|as\s+well/.test(joiner) || !nextWords.length || isDeterminer(nextWords[0] ?? '')) return false;
  if (!/^[a-z]/.test(nextWords[0] ?? '')) return false;
  const plainAnd = /^\s+(?:and|or)\s+$/.test(joiner);
  // after a comma ("X, and Y"), a hyphenated word ends an item ("counter-terrorism, and ports")
  const adjective =
    ADJECTIVE.test(last) && !NOUN_IN_AL.test(last) && !(joiner.includes(',') && last.includes('-'));
  // in a comma list ("trade, space and mineral resources") a bare noun is an item of its own
  if (plainAnd && words.length === 1 && /^[a-z][\w-]*$/.test(last))
    return nextWords.length >= 2 && (!inCommaList || adjective);
  return adjective && nextWords.length >= 2;
}

/** "cooperation in defense and regional security": a short conjunct joins the preposition's object. */
function joinsPrepositionObject(text: string, next: string, joiner: string): boolean {
  const nextWords = wordsOf(next);
  return (
    /^\s+and\s+$/.test(joiner) &&
    PREPOSITION.test(text) &&
    nextWords.length <= 3 &&
    !isDeterminer(nextWords[0] ?? '') &&
    !PREPOSITION.test(next) &&
    /^[a-z]/.test(nextWords[0] ?? '')
  );
}

/**
 * Puts back together what a comma or "and" split inside one noun phrase: coordinated modifiers
 * ("global and regional security"), a short object of a preposition, and a list of names after
 * "between"/"of" ("relations between A, B and C").
 */
function mergeConjuncts(sentence: string, pieces: Array<PhraseSpan & { joiner: string }>): PhraseSpan[] {
  const out: PhraseSpan[] = [];
  // in "A, B and C" the last "and" separates items too
  const inCommaList = pieces.some((p) => /^,(?!\s*(?:and|or)\s)/.test(p.joiner));
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as PhraseSpan & { joiner: string };
    let end = piece.end;
    let text = sentence.slice(piece.start, end);
    while (i + 1 < pieces.length) {
      const next = pieces[i + 1] as PhraseSpan & { joiner: string };
      const nextText = sentence.slice(next.start, next.end);
      const namesAfterPreposition =
        /\b(?:between|among|of|with|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*)*$/.test(
          text,
        ) && isName(nextText);
      if (
        !modifiesNext(text, nextText, next.joiner, inCommaList) &&
        !(!inCommaList && joinsPrepositionObject(text, nextText, next.joiner)) &&
        !namesAfterPreposition
      )
        break;
      end = next.end;
      text = sentence.slice(piece.start, end);
      i++;
    }
    out.push({ start: piece.start, end });
  }
  return out;
}

/** Trims fillers, "issues of", a leading verb, quote marks and trailing function words. */
function trimPhrase(sentence: string, piece: PhraseSpan): PhraseSpan | null {
  let { start, end } = piece;
  const text = (): string => sentence.slice(start, end);
  for (let guard = 0; guard < 8; guard++) {
    while (start < end && /[\s“”"«»‘’']/.test(sentence[start] ?? '')) start++;
    const m =
      LEADING_FILLER.exec(text()) ??
      ISSUES_OF.exec(text()) ??
      RANGE_INCLUDING.exec(text()) ??
      REVIEW_OF.exec(text()) ??
      LEADING_VERB.exec(text());
    if (!m?.[0].length) break;
    start += m[0].length;
  }
  // "Venezuela “in particular": a quotation opened after the topic and not closed in it is not its words
  const opened = /\s[“«]/.exec(text());
  if (opened && !/[”»]/.test(text().slice(opened.index))) end = start + opened.index;
  const trailing =
    /(?:[\s,.;:!?“”"«»‘’']|\b(?:and|or|of|the|a|an|in|on|for|with|to|its|their|also|be|been|being|respectively))+$/i.exec(
      text(),
    );
  if (trailing) end -= trailing[0].length;
  while (start < end && /[\s“”"«»‘’']/.test(sentence[start] ?? '')) start++;
  if (end <= start) return null;
  const words = matchesOf(/\S+/g, text());
  if (words.length > MAX_WORDS) end = start + shortenAt(words);
  return end > start ? { start, end } : null;
}

/** Where a long phrase is cut: before the last preposition within MAX_WORDS words, else at the limit. */
function shortenAt(words: RegExpMatchArray[]): number {
  for (let i = MAX_WORDS; i >= 3; i--) {
    const w = words[i];
    if (w && /^(?:of|on|in|for|with|to|from|at|by|between|among)$/i.test(w[0])) {
      const prev = words[i - 1] as RegExpMatchArray;
      return (prev.index ?? 0) + prev[0].length;
    }
  }
  const last = words[MAX_WORDS - 1] as RegExpMatchArray;
  return (last.index ?? 0) + last[0].length;
}

/** Whether a trimmed phrase names a topic: not a pronoun or a preposition first, not only empty words. */
function isTopic(phrase: string): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu) ?? [];
  const first = words[0];
  if (!first || NOT_A_TOPIC_START.has(first) || WHEN_NOT_WHAT.test(phrase)) return false;
  // "deepen it", "review them": a verb with a pronoun names nothing
  if (words.length <= 3 && PRONOUN_OBJECT.has(words[words.length - 1] ?? '')) return false;
  return words.some((w) => !EMPTY_WORDS.has(w) && !/^\d+$/.test(w));
}
