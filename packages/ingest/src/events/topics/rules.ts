import { matchesOf } from '../../text/matches.js';
import type { Gated } from '../../text/word-gate.js';
// Named rules that find where a sentence says what a meeting discussed or decided. Each rule reads
// ONE sentence shape and returns the stretch of the sentence that holds the topic list; cutting
// that stretch into short phrases is phrases.ts's job, choosing the meeting is attach.ts's.

/** Where a rule found topics: a stretch of the sentence (offsets into the sentence text). */
export interface TopicCue {
  rule: string;
  /** The words that made the rule fire ("discussed", "talks on"). */
  triggerStart: number;
  triggerEnd: number;
  /** The stretch holding the topic list. */
  start: number;
  end: number;
  /**
   * 'after': the list follows the trigger ("discussed X") and is cut where its noun phrases end;
   * 'before': the list is the clause's subject ("X was discussed") and ends at the trigger.
   */
  direction: 'after' | 'before';
  /** The shape itself says a meeting known from context is meant ("the agenda", "X was discussed"). */
  anaphoric: boolean;
}

/** A rule; `needs` lists its key words: a sentence without one of them skips it (text/word-gate.ts). */
export interface TopicRule extends Gated {
  name: string;
  find(sentence: string): TopicCue[];
}

/** A be-verb right before a participle makes it passive: "was discussed", "were agreed upon". */
const PASSIVE_BEFORE =
  /\b(?:was|were|is|are|be|been|being)\s+(?:(?:also|then|further|extensively|thoroughly|briefly|widely)\s+)?$/i;

/** Every match of `re` in `sentence`, as cues that read on from the end of the match. */
function after(
  rule: string,
  re: RegExp,
  sentence: string,
  skip?: (before: string) => boolean,
  anaphoric = false,
): TopicCue[] {
  const cues: TopicCue[] = [];
  for (const m of matchesOf(re, sentence)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (skip?.(sentence.slice(Math.max(0, start - 40), start))) continue;
    cues.push({
      rule,
      triggerStart: start,
      triggerEnd: end,
      start: end,
      end: sentence.length,
      direction: 'after',
      anaphoric,
    });
  }
  return cues;
}

/**
 * Every match of `re` in `sentence`, as cues that read back to the start of the clause: the
 * subject is the topic ("X was discussed", "X topped the agenda").
 */
function before(rule: string, re: RegExp, sentence: string): TopicCue[] {
  return matchesOf(re, sentence).map((m) => {
    const at = m.index ?? 0;
    const start = clauseStart(sentence, at);
    return {
      rule,
      triggerStart: at,
      triggerEnd: at + m[0].length,
      start,
      end: start + subjectEnd(sentence.slice(start, at)),
      direction: 'before' as const,
      anaphoric: true,
    };
  });
}

const isPassive = (before: string): boolean => PASSIVE_BEFORE.test(before);

/** "We must pay more attention to X", "the bloc should focus on Y": advice, not what a meeting took up. */
const EXHORTATION_BEFORE =
  /\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to|had\s+better|would\s+like\s+to|wants?\s+to|urged?\s+(?:\w+\s+){1,3}to|call(?:s|ed)?\s+on\s+(?:\w+\s+){1,3}to)\s+(?:(?:also|now|still|really|further)\s+)?$/i;
const isExhortation = (before: string): boolean => EXHORTATION_BEFORE.test(before);

/**
 * Modals and auxiliaries between a subject and its passive ("X will be discussed", "X has been
 * agreed", "X is expected to be signed") belong to the verb, not to the topic.
 */
const AUXILIARIES_AT_END =
  /(?:\s+(?:will|would|shall|should|could|can|may|might|must|has|have|had|is|are|was|were|to|not|also|yet|already|likely|expected|due|set|going|scheduled|soon|then|further|now))+\s*$/i;

/** Where the subject before a trigger ends: before the auxiliaries of its verb. */
function subjectEnd(head: string): number {
  const aux = AUXILIARIES_AT_END.exec(head);
  return aux ? aux.index : head.length;
}

/**
 * A rule's `find` for `after`. Every rule's regex is built once here and every rule shares this one
 * closure's code: V8 compiles it once, where an arrow function per rule was compiled per rule.
 */
function afterRule(
  rule: string,
  re: RegExp,
  skip?: (before: string) => boolean,
  anaphoric = false,
): (sentence: string) => TopicCue[] {
  return (sentence) => after(rule, re, sentence, skip, anaphoric);
}

/** A rule's `find` for `before` (see afterRule). */
function beforeRule(rule: string, re: RegExp): (sentence: string) => TopicCue[] {
  return (sentence) => before(rule, re, sentence);
}

const agendaListed = afterRule(
  'agenda-included',
  /\b(?:agenda|topics?|items?|issues|discussions)\b[^.;:“”"]{0,100}?\b(?:included|includes|include|will\s+include|comprised|covered|featured)\b/gi,
  undefined,
  true,
);
const onTheAgendaWere = afterRule(
  'agenda-included',
  /\b(?:on|topping)\s+the\s+agenda\s+(?:were|was|are|is|will\s+be)\b/gi,
  undefined,
  true,
);

/** "The ministers discussed X", "met to discuss X", "discussing X"; not the passive "X was discussed". */
export const discussedObject: TopicRule = {
  name: 'discussed-object',
  needs: 'discuss discussed discusses discussing'.split(' '),
  find: afterRule(
    'discussed-object',
    /\bdiscuss(?:ed|es|ing)?\b(?!\s+with\b)(?:\s+(?:were|was|are|is|included|include)\b)?/gi,
    isPassive,
  ),
};

/**
 * "X has discussed with Nigerian president, Y and President of Zimbabwe Z on bilateral and
 * regional issues": after "discussed with" come the other parties; the topic follows "on" or
 * "about". "discussed with Y" alone tells no topic.
 */
export const discussedWithPartyOn: TopicRule = {
  name: 'discussed-with-party-on',
  needs: 'discuss discussed discusses discussing'.split(' '),
  find: afterRule(
    'discussed-with-party-on',
    /\bdiscuss(?:ed|es|ing)?\s+with\s+[^.;:“”"]{1,160}?\s(?:on|about|regarding|concerning)\b(?!\s+(?:the\s+)?(?:sidelines|margins|phone|telephone|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi,
  ),
};

/**
 * "X and Y were discussed", "X was agreed upon", "an agreement was signed", "boosting trade was
 * prioritized": the subject is the topic.
 */
export const passiveDiscussed: TopicRule = {
  name: 'passive-discussed',
  needs:
    'discussed considered reviewed examined addressed raised debated highlighted prioritized prioritised touched agreed approved adopted signed endorsed'.split(
      ' ',
    ),
  find: beforeRule(
    'passive-discussed',
    /\b(?:was|were|is|are|been|being|be)\s+(?:(?:also|then|further|extensively|thoroughly|briefly|widely|actively)\s+)?(?:discussed|considered|reviewed|examined|addressed|raised|debated|highlighted|prioriti[sz]ed|touched\s+(?:up)?on|agreed(?:\s+(?:up)?on)?|approved|adopted|signed|endorsed)\b/gi,
  ),
};

/** Where the clause that ends at `at` begins: after a verb of saying, "that", a quote mark or a colon. */
function clauseStart(s: string, at: number): number {
  const head = s.slice(0, at);
  let start = 0;
  const re =
    /(?:\b(?:that|which|who|where|when|said|says|noted|added|stated|reported|announced|stressed|specified|wrote)\s+|[“"«:;]\s*|\b(?:and|but|while)\s+(?=(?:it|this|there)\b))/gi;
  for (const m of matchesOf(re, head)) start = (m.index ?? 0) + m[0].length;
  return start;
}

/**
 * "talks on X", "consultations about X", "a dialogue on X", "negotiations over X"; not where,
 * when or how talks were held ("talks on the margins of the G20", "on the phone", "on Monday").
 */
export const talksOn: TopicRule = {
  name: 'talks-on',
  needs:
    'talks consultations negotiations discussion discussions dialogue conversation conversations communications debate deliberations'.split(
      ' ',
    ),
  find: afterRule(
    'talks-on',
    /\b(?:talks|consultations|negotiations|discussions?|dialogue|conversations?|communications|debate|deliberations)\s+(?:on|about|over|regarding|concerning)\b(?!\s+(?:the\s+)?(?:sidelines|margins|eve|occasion|phone|telephone|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi,
  ),
};

/**
 * "an emergency summit on migration", "the conference on maritime security": a meeting named by
 * what it is about (lowercase nouns only, so "the Conference on Disarmament" stays a name; not a
 * date, a venue or the sidelines after "on").
 */
export const meetingOn: TopicRule = {
  name: 'meeting-on',
  needs: 'summit summits meeting meetings conference conferences session sessions forum forums round'.split(
    ' ',
  ),
  find: afterRule(
    'meeting-on',
    /\b(?:summits?|meetings?|conferences?|sessions?|forums?|round\s+tables?)\s+(?:on|about|regarding|concerning|devoted\s+to|dedicated\s+to)\b(?!\s+(?:(?:(?:the|a|an|its|their)\s+)?(?:regular\s+)?(?:sidelines|coast|island|border|shores?|banks?|outskirts|board|site|margins|eve|occasion|phone|telephone|video|invitation|initiative|basis|territory|premises|side|day|morning|afternoon|evening|night|weekend|same|following|first|second|last|next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\d))/g,
  ),
};

/**
 * "Allies pledged to raise defence spending", "the leaders committed to a ceasefire": the parties of
 * a meeting promise something together (a party group as the subject, not one speaker's promise).
 */
export const partiesPledged: TopicRule = {
  name: 'parties-pledged',
  needs: 'pledged vowed committed'.split(' '),
  find: afterRule(
    'parties-pledged',
    /\b(?:allies|members|leaders|ministers|sides|parties|participants|signatories|delegations|governments|they)\s+(?:(?:have|had|also|jointly|collectively|all)\s+)*(?:pledged|vowed|committed\s+(?:themselves\s+)?(?=to\b))\s+(?:to\s+)?(?:(?:significantly|substantially|further|gradually|jointly)\s+)?/gi,
  ),
};

/**
 * "The ministers coordinated 28 programmes", "the sides finalised a roadmap": a document or plan
 * agreed by its parties (not efforts or positions, which other rules read; not the passive).
 */
export const coordinatedPlan: TopicRule = {
  name: 'coordinated-plan',
  needs: 'coordinated finalised finalized finalising finalizing harmonised harmonized'.split(' '),
  find: afterRule(
    'coordinated-plan',
    /\b(?:coordinated|finali[sz](?:ed|ing)|harmoni[sz]ed)\s+(?!(?:(?:their|our|its|the|joint)\s+)?(?:efforts|actions|steps|positions?|approach(?:es)?|views|stances?)\b)(?=(?:an?|the|their|its|new|joint|common|several|two|three|four|five|\d+)\s)/gi,
    isPassive,
  ),
};

/** "the discussion of X", "consideration of X" (a noun of discussing and its object). */
export const discussionOf: TopicRule = {
  name: 'discussion-of',
  needs: 'discussion discussions consideration'.split(' '),
  find: afterRule('discussion-of', /\b(?:discussions?|consideration)\s+of\b/gi),
};

/**
 * "focused on X", "the talks centred on X", "discussions revolved around X", "the talks will center
 * on X", "the meeting focused heavily on X".
 */
export const centredOn: TopicRule = {
  name: 'centred-on',
  needs:
    'focus focused focuses focussed focusses focusing focussing center centers centered centering centre centres centred centring concentrated revolved'.split(
      ' ',
    ),
  find: afterRule(
    'centred-on',
    /\b(?:focus(?:ed|es|sed|ses|ing|sing)?|cent(?:er|re)(?:s|ed|d|ing)|(?<=\b(?:will|would|to|may|might|could|should)\s+(?:[a-z]+ly\s+)?)cent(?:er|re)|centring|concentrated|revolved)\s+(?:(?:mainly|mostly|primarily|largely|chiefly|heavily|particularly|especially|also|further)\s+)?(?:on|around|upon)\b/gi,
    isExhortation,
  ),
};

/** "touched upon X", "dwelt on X", "dealt with X". */
export const touchedUpon: TopicRule = {
  name: 'touched-upon',
  needs: 'touched touches touch dwelt dwelled dealt'.split(' '),
  find: afterRule(
    'touched-upon',
    /\b(?:touched|touches|touch|dwelt|dwelled)\s+(?:up)?on\b|\bdealt\s+with\b/gi,
    isPassive,
  ),
};

/** "The agenda included X", "the main topics of the talks include X", "on the agenda were X". */
export const agendaIncluded: TopicRule = {
  name: 'agenda-included',
  needs: 'included includes include comprised covered featured agenda discussions'.split(' '),
  find: (s) => [...agendaListed(s), ...onTheAgendaWere(s)],
};

/** "One of the main topics of the talks was X", "an important item of the agenda was X". */
export const topicWas: TopicRule = {
  name: 'topic-was',
  needs: 'topic topics subject subjects item items theme themes focus'.split(' '),
  find: afterRule(
    'topic-was',
    /\b(?:topics?|subjects?|items?|themes?|focus)\s+(?:of|at|during|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:talks|meeting|consultations|negotiations|conversation|discussions?|summit|session|agenda|call|visit)\b(?:\s+\w+)?\s+(?:was|were|is|are|will\s+be)\b/gi,
    undefined,
    true,
  ),
};

/** "agreed on X", "agreed upon X", "agreed a new plan" (not "agreed that", "agreed to meet"). */
export const agreedOn: TopicRule = {
  name: 'agreed-on',
  needs: 'agreed agree agrees agreeing'.split(' '),
  find: afterRule(
    'agreed-on',
    /\bagre(?:ed|e|es|eing)\s+(?:(?:up)?on\b|(?=(?:an?|the|new|two|three|several|joint)\s))/gi,
    isPassive,
  ),
};

/** "agreed to transfer X": a decision told by its verb, not a plan to meet. */
export const decidedTo: TopicRule = {
  name: 'decided-to',
  needs: 'agreed'.split(' '),
  find: afterRule(
    'decided-to',
    /\bagreed\s+to\s+(?!(?:meet|hold|talk|speak|call|visit|convene|gather|continue\s+(?:the\s+)?(?:talks|contacts|dialogue))\b)(?=[a-z])/gi,
  ),
};

/** "exchanged views on X", "an exchange of opinions about X". */
export const exchangedViews: TopicRule = {
  name: 'exchanged-views',
  needs: 'exchange exchanged exchanges exchanging'.split(' '),
  find: afterRule(
    'exchanged-views',
    /\bexchang(?:e|ed|es|ing)\b(?:\s+of)?\s+(?:[\w-]+\s+)?(?:views|opinions|ideas|information|assessments|thoughts)\s+(?:on|about|regarding|concerning|over)\b/gi,
  ),
};

/** "The sides considered X", "the ministers reviewed X": a party as subject, a verb of examining. */
export const sidesConsidered: TopicRule = {
  name: 'sides-considered',
  needs: 'considered reviewed examined addressed assessed analysed analyzed debated tackled raised'.split(
    ' ',
  ),
  find: afterRule(
    'sides-considered',
    /\b(?:(?:the|both)\s+(?:two\s+)?(?:sides|parties|participants|ministers|leaders|presidents|heads\s+of\s+state|delegations|counterparts|diplomats|top\s+diplomats)|they|participants)\s+(?:(?:also|then|further|jointly|thoroughly)\s+)?(?:considered|reviewed|examined|addressed|assessed|analy[sz]ed|debated|tackled|raised)\b/gi,
  ),
};

/**
 * "signed an agreement on X", "approved 28 programmes", "adopted a declaration": decided documents
 * (not the passive "ratified by both parliaments").
 */
export const signedDocument: TopicRule = {
  name: 'signed-document',
  needs: 'signed inked approved adopted ratified endorsed initialed initialled'.split(' '),
  find: afterRule(
    'signed-document',
    /\b(?:signed|inked|approved|adopted|ratified|endorsed|initial(?:l)?ed)\s+(?!by\s)(?=[\w“"[])/gi,
    isPassive,
  ),
};

/** "Attention was paid to X", "paid special attention to X". */
export const attentionPaidTo: TopicRule = {
  name: 'attention-paid-to',
  needs: 'attention'.split(' '),
  find: afterRule(
    'attention-paid-to',
    /\battention\s+(?:was|were|is|will\s+be)\s+(?:also\s+)?(?:paid|given|devoted)\s+to\b|\b(?:paid|pay|paying|pays|devoted|gave)\s+(?:\w+\s+)?attention\s+to\b/gi,
    isExhortation,
    true,
  ),
};

/** "informed the participants on X", "briefed his counterpart about X", "informed [him] about X". */
export const briefedOn: TopicRule = {
  name: 'briefed-on',
  needs: 'informed briefed updated told'.split(' '),
  find: afterRule(
    'briefed-on',
    /\b(?:informed|briefed|updated|told)\s+(?:(?:[\w’'@-]+|\[[^\]]{1,40}\])\s+){0,7}?(?:on|about)\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi,
    isPassive,
  ),
};

/** "raised the question of X", "brought up the issue of X". */
export const raisedIssue: TopicRule = {
  name: 'raised-issue',
  needs: 'raised raise raising brought put'.split(' '),
  find: afterRule(
    'raised-issue',
    /\b(?:raised|raise|raising|brought\s+up|put\s+forward)\s+(?:the\s+)?(?:question|issue|matter|topic|problem|subject)s?\s+of\b/gi,
  ),
};

/** "The host presented the priorities of its chairmanship", "outlined a plan for X". */
export const presentedObject: TopicRule = {
  name: 'presented-object',
  needs: 'presented outlined proposed unveiled tabled'.split(' '),
  find: afterRule(
    'presented-object',
    /\b(?:presented|outlined|proposed|unveiled|tabled)\s+(?=(?:the|a|an|its|their|his|her|new|joint)\s)/gi,
    isPassive,
  ),
};

/** "Regarding X, the minister said ...", "As for X, ...", "On the topic of X, ...": X up to the comma. */
export const regardingX: TopicRule = {
  name: 'regarding-x',
  find: (s) => {
    const m =
      /^\s*(?:[“"]\s*)?(?:Regarding|Concerning|As\s+(?:for|to|regards)|With\s+regard\s+to|Speaking\s+(?:about|of)|Turning\s+to|On\s+the\s+(?:topic|subject|issue|question)\s+of)\s+/i.exec(
        s,
      );
    if (!m) return [];
    const comma = s.indexOf(',', m[0].length);
    if (comma < 0) return [];
    return [
      {
        rule: 'regarding-x',
        triggerStart: m.index,
        triggerEnd: m[0].length,
        start: m[0].length,
        end: comma,
        direction: 'before',
        anaphoric: false,
      },
    ];
  },
};

/** "We talked about X", "the leaders spoke about X". */
export const talkedAbout: TopicRule = {
  name: 'talked-about',
  needs: 'talked spoke talk speak talking speaking chatted'.split(' '),
  find: afterRule(
    'talked-about',
    /\b(?:talked|spoke|talk|speak|talking|speaking|chatted)\s+(?:(?:also|mainly|at\s+length|in\s+detail)\s+)?about\b/gi,
  ),
};

/** "support on the issue of X", "positions on the question of X". */
export const onTheIssueOf: TopicRule = {
  name: 'on-the-issue-of',
  needs: 'issue issues question questions matter matters topic subject'.split(' '),
  find: afterRule(
    'on-the-issue-of',
    /\b(?:on|in|regarding|concerning)\s+the\s+(?:issues?|questions?|matters?|topic|subject)\s+of\b/gi,
  ),
};

/** "X remains relevant on the association's agenda", "X was high on the agenda": the subject is the topic. */
export const onTheAgenda: TopicRule = {
  name: 'on-the-agenda',
  needs: 'agenda table'.split(' '),
  find: beforeRule(
    'on-the-agenda',
    /\b(?:remains?|remained|is|was|were|are|stays?|stayed)\s+(?:[\w-]+\s+){0,2}?(?:on|at\s+the\s+top\s+of)\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,2}(?:agenda|table)\b/gi,
  ),
};

/** "reaffirmed its position on X", "outlined Russia's approaches to X": a stated position names X. */
export const positionOn: TopicRule = {
  name: 'position-on',
  needs: 'position positions stance stances approach approaches view views'.split(' '),
  find: afterRule(
    'position-on',
    /\b(?:reaffirmed|reiterated|stated|outlined|presented|explained|set\s+out|shared|coordinated|confirmed|expressed|compared)\s+(?:(?:its|his|her|their|the|[\w’'-]+(?:’s?|'s?))\s+){1,2}(?:positions?|stances?|approach(?:es)?|views?)\s+(?:on|to|regarding|concerning)\b/gi,
  ),
};

/**
 * "The meeting was devoted to X", "the talks covered X", "the meeting earlier in the day addressed
 * X", "the talks on Monday covered X": the meeting itself is the subject (a short time between).
 */
export const meetingCovered: TopicRule = {
  name: 'meeting-covered',
  needs:
    'covered addressed examined considered reviewed tackled highlighted concerned dealt devoted dedicated'.split(
      ' ',
    ),
  find: afterRule(
    'meeting-covered',
    /\b(?:talks|meeting|summit|session|sitting|conversation|call|discussions?|consultations|negotiations)\s+(?:(?:earlier|later)\s+(?:in\s+the\s+day|today|on\s+[A-Z]\w+)\s+|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:(?:also|mainly|largely)\s+)?(?:covered|addressed|examined|considered|reviewed|tackled|highlighted|concerned|dealt\s+with|(?:was|were|will\s+be|is|are)\s+(?:(?:also|mainly|largely)\s+)?(?:devoted|dedicated)\s+to)\b/gi,
    undefined,
    true,
  ),
};

/**
 * "X topped the agenda", "X dominated the talks", "X dominated Friday’s summit", "X and Y dominated a
 * two-day meeting of ministers": the subject is the topic.
 */
export const toppedAgenda: TopicRule = {
  name: 'topped-agenda',
  needs: 'topped tops top dominated dominates dominate headlined'.split(' '),
  find: beforeRule(
    'topped-agenda',
    /\b(?:topped|tops|top|dominated|dominates|dominate|headlined)\s+(?:the\s+|their\s+|its\s+|an?\s+|[\w-]+[’']s?\s+)?(?:[\w-]+\s+){0,2}?(?:agenda|talks|discussions?|meeting|summit|session|conversation|negotiations)\b/gi,
  ),
};

/** "came to Oslo to sign a treaty on X", "will sign an accord on X", "the signing of a pact on X". */
export const toSign: TopicRule = {
  name: 'to-sign',
  needs: 'sign signing'.split(' '),
  find: afterRule(
    'to-sign',
    /\b(?:to|will|would|shall|could|should|must|may|might)\s+(?:(?:also|jointly|formally)\s+)?sign\s+(?=(?:an?|the|their|its|new|joint|bilateral|two|three|several)\s|[A-Z“"])|\bsigning\s+(?:of\s+)?(?=(?:an?|the|their|its|new|joint|bilateral|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s|(?:agreements|accords|memorand(?:a|ums)|MoUs|deals|pacts|contracts|documents|protocols)\s+(?:on|in|for|to|covering)\b)/g,
  ),
};

/** "The sides coordinated efforts to end the blockade", "joined efforts on X". */
export const coordinatedEfforts: TopicRule = {
  name: 'coordinated-efforts',
  needs: 'efforts actions steps'.split(' '),
  find: afterRule(
    'coordinated-efforts',
    /\b(?:coordinat(?:ed|e|es|ing)|join(?:ed|s|ing)?)\s+(?:(?:their|our|its|the|joint)\s+)?(?:efforts|actions|steps)\s+(?:on|to|towards?|regarding|against)\b/gi,
  ),
};

/** "The summit resulted in X", "the talks culminated in X", "the visit ended with the signing of X". */
export const meetingResultedIn: TopicRule = {
  name: 'meeting-resulted-in',
  needs: 'resulted culminated ended'.split(' '),
  find: afterRule(
    'meeting-resulted-in',
    /\b(?:talks|meeting|summit|session|sitting|call|conversation|negotiations|consultations|visit)\s+(?:(?:also|eventually|finally|thus)\s+)?(?:resulted\s+in|culminated\s+(?:in|with)|ended\s+with(?=\s+(?:the|a)\s+(?:signing|adoption|approval|joint)\b))/gi,
    undefined,
    true,
  ),
};

/** "One of the main outcomes of the summit was the launch of X", "the result of the talks was an accord". */
export const outcomeWas: TopicRule = {
  name: 'outcome-was',
  needs: 'outcome outcomes result results'.split(' '),
  find: afterRule(
    'outcome-was',
    /\b(?:outcomes?|results?)\s+(?:of|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:talks|meeting|consultations|negotiations|conversation|summit|session|call|visit)\s+(?:was|were|is|are|will\s+be)\b(?=\s+(?:the|a|an)\s)/gi,
    undefined,
    true,
  ),
};

/** "Fishing quotas were among the topics discussed": the subject is the topic. */
export const amongTopics: TopicRule = {
  name: 'among-topics',
  needs: 'topics issues subjects matters items questions themes'.split(' '),
  find: beforeRule(
    'among-topics',
    /\b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:topics|issues|subjects|matters|items|questions|themes)\b(?=\s+(?:discussed|raised|addressed|considered|covered|tackled|on\s+the\s+agenda|on\s+the\s+table|at\s+the\s+(?:talks|meeting|summit)))/gi,
  ),
};

/** "reached an agreement on X", "came to an understanding over X", "reached consensus on X". */
export const reachedAgreement: TopicRule = {
  name: 'reached-agreement',
  needs: 'reach reached reaches reaching came come'.split(' '),
  find: afterRule(
    'reached-agreement',
    /\b(?:reach(?:ed|es|ing)?|c(?:a|o)me\s+to)\s+(?:an?\s+|the\s+)?(?:(?:broad|basic|preliminary|tentative|full|mutual|final|common|general|important|new|key|initial)\s+)?(?:agreements?|consensus|understanding|deal|accord)\s+(?:on|over|about|regarding|concerning)\b/gi,
  ),
};

/** "The main topic was X", "the central theme of discussion was X" (a meeting known from context). */
export const mainTopicWas: TopicRule = {
  name: 'main-topic-was',
  needs: 'topic topics subject subjects theme themes focus issues items questions priorities'.split(' '),
  find: afterRule(
    'main-topic-was',
    /\b(?:main|key|central|principal|chief|primary|major)\s+(?:topics?|subjects?|themes?|focus|issues|items|questions|priorities)(?:\s+of\s+(?:the\s+)?(?:discussions?|conversation))?\s+(?:was|were|is|will\s+be)\b(?!\s+(?:not|never|unclear|clear)\b)/gi,
    undefined,
    true,
  ),
};

/**
 * "a new water plan, which is expected to be approved at the summit": the antecedent of the
 * relative clause is what the meeting (named right after the verb) is to discuss or decide.
 */
export const antecedentToBeDecided: TopicRule = {
  name: 'antecedent-to-be-decided',
  needs:
    'discussed considered reviewed examined approved adopted signed endorsed debated finalised finalized'.split(
      ' ',
    ),
  find: (sentence) =>
    matchesOf(
      /,?\s+(?:which|that)\s+(?:(?:will|would|shall|should|could|may|might|must|is|are|was|were|has|have|had|also|expected|due|set|likely|going|scheduled|to)\s+)*(?:be|been|is|are|was|were)\s+(?:discussed|considered|reviewed|examined|approved|adopted|signed|endorsed|debated|finali[sz]ed)\s+(?:at|during)\s+(?:the|a|an|this|next|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:summit|meeting|talks|session|conference|sitting|ministerial|forum)s?\b/gi,
      sentence,
    ).map((m) => {
      const at = m.index ?? 0;
      return {
        rule: 'antecedent-to-be-decided',
        triggerStart: at,
        triggerEnd: at + m[0].length,
        start: antecedentStart(sentence, at),
        end: at,
        direction: 'before' as const,
        anaphoric: false,
      };
    }),
};

/**
 * Where the noun phrase that ends at `at` begins: at its last determiner, reaching back over "of"
 * ("the budget of the alliance"), never before the clause; without a determiner, the clause start.
 */
function antecedentStart(sentence: string, at: number): number {
  const floor = clauseStart(sentence, at);
  const determiners = matchesOf(/\b(?:the|a|an|its|their|this|these|our|his|her)\s+/gi, sentence.slice(0, at))
    .map((m) => m.index ?? 0)
    .filter((i) => i >= floor);
  let k = determiners.length - 1;
  while (k > 0 && /\bof\s+$/i.test(sentence.slice(determiners[k - 1] ?? 0, determiners[k] ?? 0))) k--;
  return determiners[k] ?? floor;
}

/** "The purpose of the call was to support X", "the aim of the visit is to expand Y". */
export const purposeWas: TopicRule = {
  name: 'purpose-was',
  needs: 'purpose aim goal objective'.split(' '),
  find: afterRule(
    'purpose-was',
    /\b(?:purpose|aim|goal|objective)\s+of\s+(?:the|this|that|their|his|her|its)\s+(?:[\w’'-]+\s+){0,2}?(?:call|visit|meeting|talks|trip|conversation|summit|session|consultations|negotiations|dialogue|contacts?)\s+(?:was|is|will\s+be)\s+to\s+(?=[a-z])/gi,
    undefined,
    true,
  ),
};

/**
 * "The leaders described the regional situation at the recent summit", "assessed the state of
 * the talks at the meeting": what a party reviewed, with the meeting named right after it (not
 * the atmosphere or the talks themselves).
 */
export const reviewedAtMeeting: TopicRule = {
  name: 'reviewed-at-meeting',
  needs: 'described assessed analysed analyzed evaluated reviewed summed summarised summarized'.split(' '),
  find: afterRule(
    'reviewed-at-meeting',
    /\b(?:described|assessed|analy[sz]ed|evaluated|reviewed|summed\s+up|summari[sz]ed)\s+(?=(?:the|a|an|their|its|our)\s+(?!(?:[\w-]+\s+)?(?:atmosphere|mood|tone|spirit|talks|meeting|summit|discussions?|results|outcome)\b)[^.;:“”"]{3,120}?\s+(?:at|during)\s+(?:the|a|an|this|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|summit|session|talks|sitting|conference|forum|ministerial)\b)/gi,
    isPassive,
  ),
};

/** "The focus was on X", "special emphasis was placed on X" (a meeting known from context). */
export const focusWasOn: TopicRule = {
  name: 'focus-was-on',
  needs: 'focus emphasis'.split(' '),
  find: afterRule(
    'focus-was-on',
    /\b(?:focus|emphasis)\s+(?:(?:of|at|during)\s+the\s+(?:talks|meeting|discussions?|conversation|summit|session|negotiations)\s+)?(?:was|were|is|will\s+be)\s+(?:also\s+|mainly\s+|largely\s+)?(?:placed\s+)?on\b/gi,
    undefined,
    true,
  ),
};

/**
 * "So trade, investment and growth is the focus of the discussions", "Energy was the main subject of
 * the talks": the subject of the clause is what the meeting was about.
 */
export const isTheFocusOf: TopicRule = {
  name: 'is-the-focus-of',
  needs: 'focus subject theme centrepiece centerpiece'.split(' '),
  find: beforeRule(
    'is-the-focus-of',
    /\b(?:is|was|are|were|will\s+be)\s+(?:the|a)\s+(?:(?:main|key|central|chief|principal|major|primary)\s+)?(?:focus|subject|theme|centrepiece|centerpiece)\s+of\s+(?:the|their|its|this|an?|today['’]s)\s+(?:[\w-]+\s+)?(?:talks|meeting|discussions?|conversation|summit|negotiations|session|call|consultations|visit)\b/gi,
  ),
};

/** "X came up during the talks", "X featured prominently at the summit": the subject is the topic. */
export const cameUpIn: TopicRule = {
  name: 'came-up-in',
  needs: 'came comes featured figured'.split(' '),
  find: beforeRule(
    'came-up-in',
    /\b(?:came\s+up|comes\s+up|featured|figured)\s+(?:(?:prominently|heavily|high|large)\s+)?(?:during|in|at)\s+(?:the|their|its|[\w-]+[’']s?)\s+(?:[\w-]+\s+)?(?:talks|meeting|discussions?|conversation|summit|negotiations|session|call|consultations)\b/gi,
  ),
};

/**
 * "The sides decided to set up a joint commission", "it was decided to X": a decision of the
 * meeting's parties (a party group or the impersonal passive, not one person's decision).
 */
export const partiesDecided: TopicRule = {
  name: 'parties-decided',
  needs: 'decided resolved'.split(' '),
  find: afterRule(
    'parties-decided',
    /\b(?:(?:allies|members|leaders|ministers|sides|parties|participants|delegations|governments|presidents|they)\s+(?:(?:also|jointly|unanimously|further)\s+)?(?:decided|resolved)|it\s+was\s+(?:also\s+|further\s+|unanimously\s+)?(?:decided|resolved))\s+to\s+(?!(?:meet|hold|talk|speak|call|visit|convene|gather)\b)(?=[a-z])/gi,
  ),
};

/**
 * "PM Lee reviewed ongoing collaboration in X", "the council took stock of Y", "the leaders
 * positively assessed Z": any subject (the meeting's sentence decides which meeting), not a guard
 * of honour or a parade, not the passive.
 */
export const reviewedObject: TopicRule = {
  name: 'reviewed-object',
  needs: 'reviewed reviewing review stock assessed'.split(' '),
  find: afterRule(
    'reviewed-object',
    /\b(?:reviewed|reviewing|review|t(?:ook|ake|aking)\s+stock\s+of|positively\s+assessed)\s+(?!(?:an?|the|their|its)\s+(?:[\w-]+\s+)?(?:guards?|parades?|troops|honou?r|line-up)\b)(?!of\b|by\b)(?=[a-z])/g,
    isPassive,
  ),
};

/**
 * "The heads of state outlined directions for further strengthening the partnership", "the
 * ministers identified priority areas of cooperation", "mapped out ways to expand trade": the
 * directions, areas or ways a meeting set out are for its topic (not "outlined a plan", which
 * presented-object reads).
 */
export const outlinedDirections: TopicRule = {
  name: 'outlined-directions',
  needs:
    'outlined outlining identify identifies identified identifying determined defined mapped charted'.split(
      ' ',
    ),
  find: afterRule(
    'outlined-directions',
    /\b(?:outlin(?:ed|ing)|identif(?:y|ies|ied|ying)|determined|defined|mapped\s+out|charted)\s+(?:the\s+)?(?:(?:main|key|further|promising|priority|specific|concrete|new|possible)\s+){0,2}(?:directions|areas|avenues|ways|steps|priorities|prospects|plans)\s+(?:for|of|to)\s+(?=[a-z])/gi,
    isPassive,
  ),
};

/**
 * "The two leaders started a meeting to assess the progress of bilateral relations", "the meeting
 * was to review cooperation in X", "talks aimed to explore Y": what the meeting was for (to
 * discuss is discussed-object's).
 */
export const meetingToAssess: TopicRule = {
  name: 'meeting-to-assess',
  needs: 'assess review explore examine evaluate'.split(' '),
  find: afterRule(
    'meeting-to-assess',
    /\b(?:meeting|talks|visit|call|conversation|session|summit|consultations)\s+(?:(?:was|is|will\s+be|aimed|aims|seeks|sought)\s+(?:also\s+)?)?to\s+(?:assess|review|explore|examine|evaluate)\s+(?=[a-z])/gi,
    undefined,
    true,
  ),
};

/**
 * "Talks were held on issues of transit", "consultations were held on the draft treaty": the
 * passive of holding talks, with what they were on (not "held on Monday", "on the sidelines of",
 * "on the initiative of", "on board").
 */
export const talksHeldOn: TopicRule = {
  name: 'talks-held-on',
  needs: 'held'.split(' '),
  find: afterRule(
    'talks-held-on',
    /\b(?:talks|consultations|negotiations|discussions?|conversations?|meetings?|exchanges?\s+of\s+views)\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?held\s+on\s+(?!(?:the\s+|a\s+)?(?:sidelines|margins|eve|occasion|phone|telephone|initiative|premises|territory|board|basis|same|following|first|last|next|day|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\d)(?=[a-z])/gi,
  ),
};

/** "A number of topics were touched upon, including X": the items after the passive verb. */
export const passiveIncluding: TopicRule = {
  name: 'passive-including',
  needs: 'including notably especially particularly particular such'.split(' '),
  find: afterRule(
    'passive-including',
    /\b(?:was|were|are|is)\s+(?:also\s+)?(?:discussed|touched\s+(?:up)?on|considered|raised|addressed|reviewed|covered|examined|highlighted)\s*,\s+(?:including|notably|especially|particularly|in\s+particular|such\s+as)\s+/gi,
    undefined,
    true,
  ),
};

/** "The ministers also took up X", "the council takes up Y": a party group or a meeting as subject. */
export const tookUp: TopicRule = {
  name: 'took-up',
  needs: 'took take takes taking'.split(' '),
  find: afterRule(
    'took-up',
    /\b(?:ministers|leaders|sides|parties|participants|delegations|delegates|they|council|meeting|summit|session|talks)\s+(?:(?:also|then|further|later|jointly)\s+)?(?:took|take|takes|taking)\s+up\b(?!\s+(?:the\s+)?(?:posts?|offices?|duties|arms|residence|positions?)\b)/gi,
  ),
};

/** "raised concerns about X", "voiced his concern with the host over Y": what the concern is about. */
export const raisedConcerns: TopicRule = {
  name: 'raised-concerns',
  needs: 'raised raising raise voiced voicing expressed expressing shared'.split(' '),
  find: afterRule(
    'raised-concerns',
    /\b(?:raised|raising|raise|voiced|voicing|expressed|expressing|shared)\s+(?:[\w’'-]+\s+){0,2}?concerns?\s+(?:(?:at|with)\s+(?=the\s+(?:situation|escalation|crisis|violence|fighting|war|conflict)\b)|(?:with\s+(?:[\w’'-]+\s+){1,4}?)?(?:about|over|regarding|concerning|on)\b)/gi,
    isPassive,
  ),
};

/**
 * "The leaders stressed the need for closer cooperation in X", "underlined the importance of Y":
 * what the need or importance is of (the verb and the speaker stay out of the topic).
 */
export const stressedNeed: TopicRule = {
  name: 'stressed-need',
  needs:
    'stressed emphasized emphasised underlined underscored highlighted stressing emphasizing emphasising underlining highlighting noted noting recognised recognized affirmed reaffirmed reiterated'.split(
      ' ',
    ),
  find: afterRule(
    'stressed-need',
    /\b(?:stress(?:ed|ing)|emphasi[sz](?:ed|ing)|underlin(?:ed|ing)|underscor(?:ed|ing)|highlight(?:ed|ing)|not(?:ed|ing)|recogni[sz]ed|(?:re)?affirmed|reiterated)\s+the\s+(?:(?:urgent|pressing|growing|continued)\s+)?(?:need|importance|necessity)\s+(?:for|of|to(?=\s+(?:[a-z]+ly\s+)?[a-z]+\s))\s+/gi,
    isPassive,
  ),
};

/**
 * "The ministers welcomed the progress on the border pact", "lauded the growing cooperation in X",
 * "highlighting their strong ties within the bloc": praise of how relations or a process go names
 * a topic (not praise of a person or a visit).
 */
export const praisedRelations: TopicRule = {
  name: 'praised-relations',
  needs:
    'welcomed welcoming lauded lauding praised praising hailed hailing emphasized emphasised emphasizing emphasising highlighted highlighting'.split(
      ' ',
    ),
  find: afterRule(
    'praised-relations',
    /\b(?:welcom(?:ed|ing)|laud(?:ed|ing)|prais(?:ed|ing)|hail(?:ed|ing)|emphasi[sz](?:ed|ing)|highlight(?:ed|ing))\s+(?:(?:the|their|its)\s+)?(?=(?:[\w-]+\s+){0,2}?(?:progress|deepening|expansion|growth|development|strengthening|cooperation|ties|bonds?|relations|partnership|friendship)\b)(?!(?:[\w-]+\s+){0,2}?(?:of|by)\s+(?:the\s+)?[A-Z])/gi,
    isPassive,
  ),
};

/**
 * "discussed X, taking into account Y", "exchanged views on X in light of Y": the context told
 * after a topic of discussion is a topic too (only after such a verb in the same sentence).
 */
export const contextOfTopic: TopicRule = {
  name: 'context-of-topic',
  needs: 'account light context'.split(' '),
  find: afterRule(
    'context-of-topic',
    /(?=[,ti])(?<=\b(?:discuss(?:ed|es|ing)?|exchanged\s+views|focus(?:ed|sed)|reviewed|considered|talks)\b[^.;]{3,200}?)(?:,\s+)?(?:taking\s+into\s+account|in\s+(?:the\s+)?light\s+of|in\s+the\s+context\s+of)\s+/gi,
  ),
};

/**
 * "assured each other of working to deepen cooperation in the areas of X, Y and Z", "agreed to
 * expand their ties in X": the fields named after a verb of deepening cooperation.
 */
export const deepenCooperationIn: TopicRule = {
  name: 'deepen-cooperation-in',
  needs: 'cooperation collaboration ties partnership'.split(' '),
  find: afterRule(
    'deepen-cooperation-in',
    /\b(?:deepen|strengthen|expand|enhance|boost|bolster|intensify|broaden)(?:s|d|ed|ing)?\s+(?:(?:the|their|our|bilateral|mutual|practical|substantive|strategic|further|closer)\s+){0,3}(?:cooperation|collaboration|ties|partnership)\s+(?:between\s+(?:[\w’'-]+\s+){1,3}?)?(?:in|across)\s+(?=(?:the\s+)?(?:areas?|fields?|sectors?|spheres?|domains?)\b|[a-z])/gi,
    isPassive,
  ),
};

/** "Ministers met in Ottawa to address rising tariffs", "leaders convened to tackle X": why they met. */
export const metToAddress: TopicRule = {
  name: 'met-to-address',
  needs: 'met meet meets gathered convened convene'.split(' '),
  find: afterRule(
    'met-to-address',
    /\b(?:met|meet|meets|gathered|convened|convene)\b[^.;:“”"]{0,60}?\bto\s+(?:address|tackle)\s+(?!(?:the\s+)?(?:media|press|reporters|journalists|parliament|assembly|nation|gathering|audience|crowd|forum|summit|meeting|conference|session)\b)/gi,
    undefined,
    true,
  ),
};

/** Where and when talks were held, or on whose behalf, after "on": not what they were about. */
const SETTING_AFTER_ON =
  '(?:(?:the|a|an|his|her|their|its)\\s+)?(?:sidelines|margins|eve|occasion|phone|telephone|video|initiative|invitation|behalf|board|basis|premises|territory|arrival|departure|same|following|first|last|next|day|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b|\\d';

/**
 * "Ruto held talks with South Sudan's President Salva Kiir on regional trade", "got a phone call
 * Thursday from the chancellor, on prospects of X": the other party stands between the talks and
 * what they were on (not a time, a setting or a relative clause after the party).
 */
export const talksWithOn: TopicRule = {
  name: 'talks-with-on',
  needs:
    'talks discussions discussion consultations negotiations conversation conversations call dialogue'.split(
      ' ',
    ),
  find: afterRule(
    'talks-with-on',
    new RegExp(
      `\\b(?:talks|discussions?|consultations|negotiations|conversations?|call|dialogue)\\s+(?:[A-Z][a-z]+\\s+)?(?:with|from)\\s+(?:(?!\\b(?:who|which|where|when|after|before|while|then|later|and\\s+(?:then|later|also))\\b|,\\s+(?:we|he|she|they|it|I)\\b)[^.;:“”"]){2,100}?,?\\s+(?:on|about|regarding|concerning|over)\\s+(?!${SETTING_AFTER_ON})(?=[a-z])`,
      'g',
    ),
  ),
};

/**
 * "the G7 summit in Biarritz, which will address global challenges", "the talks will cover X":
 * what a meeting is to take up, told with a modal (the past tense is meeting-covered's).
 */
export const meetingWillAddress: TopicRule = {
  name: 'meeting-will-address',
  needs: 'address cover consider examine tackle deal look'.split(' '),
  find: afterRule(
    'meeting-will-address',
    /(?:(?<=\b(?:summit|meeting|session|talks|conference|forum|consultations|negotiations)\b[^.;:“”"]{0,80}?),?\s+(?:which|that)|\b(?:summit|meeting|session|talks|conference|forum|consultations|negotiations))\s+(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:expected|set|due|going)\s+to)\s+(?:(?:also|mainly|primarily|largely)\s+)?(?:address|cover|consider|examine|tackle|deal\s+with|look\s+at)\s+(?=[a-z])/gi,
    undefined,
    true,
  ),
};

/**
 * "growing cooperation between the two countries, which spans areas like trade and energy",
 * "ties covering fields such as X": the fields a cooperation is said to span are topics.
 */
export const cooperationSpans: TopicRule = {
  name: 'cooperation-spans',
  needs: 'spans span spanning covers covering encompasses encompassing extends'.split(' '),
  find: afterRule(
    'cooperation-spans',
    /\b(?:cooperation|collaboration|partnership|ties|relations|relationship)\b(?:\s+between\s+[^,.;:]{1,60}?)?(?:,?\s+(?:which|that))?\s+(?:spans?|spanning|covers?|covering|encompass(?:es|ing)?|extends?\s+to)\s+(?:(?:a\s+(?:wide\s+)?range\s+of\s+|various\s+|many\s+|key\s+)?(?:areas?|fields?|sectors?|spheres?|domains?)\s+(?:like|such\s+as|including|as\s+diverse\s+as)\s+)?(?=[a-z])/gi,
  ),
};

/** "The two sides reaffirmed their commitment to strengthening economic ties": what they committed to. */
export const commitmentTo: TopicRule = {
  name: 'commitment-to',
  needs:
    'reaffirmed reaffirming reiterated reiterating expressed expressing confirmed confirming renewed'.split(
      ' ',
    ),
  find: afterRule(
    'commitment-to',
    /\b(?:reaffirm(?:ed|ing)|reiterat(?:ed|ing)|express(?:ed|ing)|confirm(?:ed|ing)|renew(?:ed|ing))\s+(?:(?:their|its|his|her|our|the|a|strong|firm|shared|mutual|joint|full)\s+){0,3}(?:commitment|determination|resolve)\s+to\s+(?=[a-z])/gi,
    isPassive,
  ),
};

/**
 * "The visit aims to boost trade", "a state visit aimed at bolstering ties", "the meeting, held at
 * the palace, was aimed at easing tensions": what a meeting is for.
 */
export const meetingAimsTo: TopicRule = {
  name: 'meeting-aims-to',
  needs: 'aims aimed seeks sought'.split(' '),
  find: afterRule(
    'meeting-aims-to',
    /\b(?:visit|talks|meeting|call|trip|summit|session|conversation|consultations|negotiations|tour)(?:,\s+[^,.;:“”"]{3,80},)?\s+(?:(?:is|was|are|were)\s+)?(?:aims?|aimed|seeks?|sought)\s+(?:at|to)\s+(?=[a-z])/gi,
    undefined,
    true,
  ),
};

/** "The two sides explored opportunities for cooperation in renewable energy": the field explored. */
export const exploredOpportunities: TopicRule = {
  name: 'explored-opportunities',
  needs: 'explored explore explores exploring'.split(' '),
  find: afterRule(
    'explored-opportunities',
    /\bexplor(?:ed|e|es|ing)\s+(?:(?:new|further|possible|potential|the|fresh)\s+)?(?:opportunities|avenues|possibilities|prospects|ways|areas)\s+(?:for|of|to|in)\s+(?=[a-z])/gi,
    isPassive,
  ),
};

/** "During the talks, the two leaders called for a ceasefire in Gaza": what the parties together demanded. */
export const partiesCalledFor: TopicRule = {
  name: 'parties-called-for',
  needs: 'called calling'.split(' '),
  find: afterRule(
    'parties-called-for',
    /\b(?:(?:the|both)\s+(?:two\s+)?(?:sides|parties|leaders|ministers|presidents|heads\s+of\s+state|delegations|participants)|they)\s+(?:(?:also|jointly|further)\s+)?(?:called|calling)\s+for\s+(?=[a-z])/gi,
  ),
};

/**
 * "On North Korea, they shared the view that ...", "On trade, the two leaders agreed to ...": a
 * sentence that opens with its topic and goes on with the meeting's parties (not a day, the
 * sidelines, an arrival or someone's behalf).
 */
export const onXTheyAgreed: TopicRule = {
  name: 'on-x-they',
  needs: ['on'],
  find: (s) => {
    const m =
      /^\s*On\s+(?!(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:sidelines|margins|eve|occasion|behalf|arrival|departure|invitation|initiative|phone|telephone|same|following|first|last|next|day|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d)\b)([^,;:“”"]{3,60}),\s+(?=(?:the\s+two\s+|both\s+)?(?:they|sides|leaders|ministers|presidents|parties|delegations|the\s+(?:two\s+)?(?:sides|leaders|ministers|presidents|parties|delegations))\b|[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+\s+[a-z])/.exec(
        s,
      );
    if (!m) return [];
    const start = m[0].length - m[0].trimStart().length + 3;
    const end = start + (m[1] as string).length;
    return [
      {
        rule: 'on-x-they',
        triggerStart: 0,
        triggerEnd: start,
        start,
        end,
        direction: 'before',
        anaphoric: true,
      },
    ];
  },
};

/** "They expressed support for a peaceful resolution of the conflict": what the parties back together. */
export const supportFor: TopicRule = {
  name: 'support-for',
  needs: 'expressed expressing reaffirmed reaffirming reiterated reiterating voiced pledged'.split(' '),
  find: afterRule(
    'support-for',
    /\b(?:express(?:ed|ing)|reaffirm(?:ed|ing)|reiterat(?:ed|ing)|voiced|pledged)\s+(?:(?:their|its|his|her|our|the|full|strong|firm|continued|unwavering|mutual)\s+){0,3}support\s+(?:for|to)\s+(?=[a-z])/gi,
    isPassive,
  ),
};

/**
 * "Wang strongly condemned the recent terrorist attack in Peshawar", "the leaders denounced the
 * coup": what a party condemned during the talks is what they took up. "condemned to prison"
 * has no object of that kind.
 */
export const condemnedObject: TopicRule = {
  name: 'condemned-object',
  needs: 'condemned condemning denounced denouncing deplored deploring'.split(' '),
  find: afterRule(
    'condemned-object',
    /\b(?:(?:strongly|firmly|jointly|unequivocally)\s+)?(?:condemn(?:ed|ing)|denounc(?:ed|ing)|deplor(?:ed|ing))\s+(?!to\b|as\b)(?=(?:the|a|an|all|any|this|these|recent|Russia|[a-z])\b)/gi,
    isPassive,
  ),
};

/** The nouns of a stance taken toward something: what it is toward is a topic of the talks. */
const STANCE_NOUNS =
  'support|backing|commitment|determination|resolve|opposition|rejection|satisfaction|keenness|eagerness|readiness|willingness|interest|hope|solidarity|concern|concerns|importance|need|necessity|potential|desire|aspiration';

/**
 * "Ruiz expressed his satisfaction with the state of relations with Peru", "aired his strong
 * opposition to any attempt to change borders by force", "underscoring Chile's keenness to
 * develop ties", "confirmed the importance of cooperation against floods": a stance a party
 * voices toward something names what was taken up. The stance noun must follow the verb as its
 * object (after a determiner, a possessive and adjectives at most): "expressed hope" about the
 * weather is rare in a meeting's report, and "his gratitude to the host" stays out (a person).
 */
export const stanceTowards: TopicRule = {
  name: 'stance-towards',
  needs:
    'expressed expressing reiterated reiterating reaffirmed reaffirming confirmed confirming renewed renewing voiced voicing aired airing underscored underscoring stressed stressing emphasized emphasised emphasizing emphasising highlighted highlighting underlined underlining conveyed conveying registered signalled signaled pledged'.split(
      ' ',
    ),
  find: afterRule(
    'stance-towards',
    new RegExp(
      `\\b(?:express(?:ed|ing)|reiterat(?:ed|ing)|reaffirm(?:ed|ing)|confirm(?:ed|ing)|renew(?:ed|ing)|voic(?:ed|ing)|air(?:ed|ing)|underscor(?:ed|ing)|stress(?:ed|ing)|emphasi[sz](?:ed|ing)|highlight(?:ed|ing)|underlin(?:ed|ing)|convey(?:ed|ing)|registered|signall?ed|pledged)\\s+(?:(?:the|a|an|their|its|his|her|our|[A-Z][\\w-]*['’]s|country['’]s|government['’]s|[a-z]+ly|strong|firm|full|deep|great|grave|serious|continued|unwavering|mutual|shared|joint|common|growing|keen|sincere|profound|positive|particular|special|utmost|urgent|pressing)\\s+){0,4}(?:${STANCE_NOUNS})\\s+(?:for|to|of|in|with|about|over|at|on|against|regarding)\\s+(?!(?:him|her|them|the\\s+(?:host|people|government|president|king|minister|prime\\s+minister)\\b))(?=[a-z])`,
      'g',
    ),
    isPassive,
  ),
};

/** A word stem every rule's trigger contains: a sentence without one skips the rules. */
export const TOPIC_HINT =
  /discuss|condemn|denounc|deplor|agenda|agree|focus|cent(?:re|er)|revolv|touch|dwel|dealt|topic|item|issue|exchang|consider|review|examin|address|assess|analy|debat|tackl|rais|talk|spoke|speak|chatted|consultation|negotiation|dialogue|conversation|sign|approved|adopted|ratified|endorsed|initial|attention|inform|brief|updated|told|question|matter|subject|present|outlin|propos|unveil|tabled|brought|put forward|regard|concern|as for|as to|turning|position|stance|approach|view|covered|devoted|dedicated|top|dominat|headlined|coordinat|efforts|result|culminat|ended with|outcome|among|one of|reach|came to|come to|main|key|central|principal|chief|primary|major|summit|meeting|conference|session|forum|round table|pledged|vowed|committed|finali|harmoni|purpose|aim|goal|objective|describ|evaluat|summ|emphasis|came up|comes up|featured|figured|decided|resolved|highlight|stock|took|take|concern|including|notably|especially|particular|such as|stress|emphasi|underlin|underscor|welcom|laud|prais|hail|account|light|context|cooperation|collaboration|ties|partnership|met|meet|gathered|conven|identif|determin|defin|mapped|chart|prioriti|communicat|span|cover|deal with|look at|\bcall|commitment|determination|resolve|aim|seek|sought|explor|table|inked|not(?:ed|ing)|recogni|affirm|reiterat|support|voic|air|conve|register|signal|confirm|express|pledg/i;

/**
 * Every rule, in the order their cues are read (the first cue of a stretch wins). A rule lists in
 * `needs` the words its regex cannot match without (one of them, as a whole word: a regex's
 * alternatives each need one); attachTopics computes each sentence's word set once and runs only
 * the rules whose words are in it. A new rule should list its trigger words (the test in
 * tests/topics/rules.test.ts checks that its own sentence passes the gate).
 */
export const TOPIC_RULES: readonly TopicRule[] = [
  discussedObject,
  discussedWithPartyOn,
  passiveDiscussed,
  talksOn,
  discussionOf,
  centredOn,
  touchedUpon,
  agendaIncluded,
  topicWas,
  agreedOn,
  decidedTo,
  exchangedViews,
  sidesConsidered,
  signedDocument,
  attentionPaidTo,
  briefedOn,
  raisedIssue,
  presentedObject,
  regardingX,
  talkedAbout,
  onTheIssueOf,
  onTheAgenda,
  positionOn,
  meetingCovered,
  toppedAgenda,
  toSign,
  coordinatedEfforts,
  meetingResultedIn,
  outcomeWas,
  amongTopics,
  reachedAgreement,
  mainTopicWas,
  meetingOn,
  partiesPledged,
  coordinatedPlan,
  antecedentToBeDecided,
  purposeWas,
  reviewedAtMeeting,
  focusWasOn,
  isTheFocusOf,
  condemnedObject,
  cameUpIn,
  partiesDecided,
  reviewedObject,
  outlinedDirections,
  meetingToAssess,
  talksHeldOn,
  passiveIncluding,
  tookUp,
  raisedConcerns,
  stressedNeed,
  praisedRelations,
  contextOfTopic,
  deepenCooperationIn,
  metToAddress,
  talksWithOn,
  meetingWillAddress,
  cooperationSpans,
  commitmentTo,
  meetingAimsTo,
  exploredOpportunities,
  partiesCalledFor,
  onXTheyAgreed,
  supportFor,
  stanceTowards,
];
