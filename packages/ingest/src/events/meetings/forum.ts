import { lastHitEndingBy, orgHitsStartingIn } from '../../entities/index.js';
import type { OrgHit } from '../../entities/organizations.js';
import type { OrganizationRecord } from '../../types.js';
import { LAST_LIST_ITEM_BEFORE } from './actors.js';
import { ANAPHORIC_BEFORE } from './anaphora.js';
import { named } from './rule-names.js';
import type { Story, TriggerCtx } from './types.js';

// Stage 2, forum: the body or alliance the meeting is a sitting of. The rules are tried in
// order; the first that finds a body wins.

/** Right after an alliance's name: its ministers ("NATO defence ministers"). */
const MINISTERS_OF =
  /^['’]?s?\s+(?:[Dd]efen[cs]e|[Ff]oreign|[Ff]inance|[Ii]nterior|[Ee]conomy)\s+[Mm]inisters\b/;

/** A body named by its head noun as the subject of holding a sitting: "The Council decided to hold its next". */
const SHORT_BODY_SUBJECT =
  /^(?:The|the)\s+(Council|Committee|Commission|Assembly|Collegium)\s+(?:[\w,-]+\s+){0,12}?(?:to\s+)?(?:hold|holds|held|convene|convenes|convened)\s+(?:its|a|the|an)\s+(?:\w+\s+){0,2}$/;

/** Between a sitting and its body: "of the", "of the member states of the", "of the countries participating in". */
const MEMBERS_OF =
  /^\s+of\s+(?:the\s+)?(?:(?:member\s+(?:states|countries|nations)|countries\s+participating\s+in|states\s+parties\s+to)\s+(?:of\s+)?(?:the\s+)?)?$/;

/** Between a body and the trigger: "'s", "(CSTO)", "33rd", "Foreign Ministers'". */
const BODY_BEFORE_GAP =
  /^(?:['’]s?)?\s*(?:\([A-Z]+\)\s*)?(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ff]inance|[Ii]nterior)\s+[Mm]inisters['’]?\s+)?$/;

/** Rule: "a meeting of NATO’s Nuclear Planning Group": a body told with its owner's possessive. */
export function ownedBody(between: string, hit: OrgHit): boolean {
  return hit.rec.orgKind === 'body' && /^\s+of\s+(?:the\s+)?[A-Z][\w-]*['’]s?\s+$/.test(between);
}

/** "the CSTO Council of Defense Ministers meeting", "a session of the Council of ...": the body at or right after the trigger. */
function bodyAtTrigger(story: Story, c: TriggerCtx): OrgHit | undefined {
  const { idx, text } = story;
  const { t } = c;
  const overlapping = orgHitsStartingIn(idx, t.start - story.longestHit, t.end).filter(
    (h) => h.start < t.end && h.end > t.start && (h.rec.orgKind === 'body' || h.rec.orgKind === 'alliance'),
  );
  const following = orgHitsStartingIn(idx, t.end, t.end + 61).filter(
    (h) =>
      h.start >= t.end &&
      h.start <= t.end + 60 &&
      (MEMBERS_OF.test(text.slice(t.end, h.start)) || ownedBody(text.slice(t.end, h.start), h)),
  );
  // a body beats the alliance whose name it starts with ("the CSTO Council of Defense Ministers")
  return (
    overlapping.find((h) => h.rec.orgKind === 'body') ??
    overlapping[0] ??
    following.find((h) => h.rec.orgKind === 'body') ??
    following[0]
  );
}

/**
 * Rule: "The CIS Council ... will hold its next meeting", "The UN Security Council held a late
 * night emergency meeting", "The Ministerial Council of the GCC (GCC) is set to hold its 149th
 * session", "The Organization of the Black Sea Economic Cooperation (BSEC) held its annual session": a body or a group of states (its acronym may follow in parentheses) as the subject of holding a sitting,
 * up to three words before the sitting's noun.
 */
export function bodyHoldsSitting(h: OrgHit, bodyToTrigger: string): boolean {
  return (
    // a format of states too; a union is left to its bodies ("The Ministerial Council of the GCC (GCC)")
    (h.rec.orgKind === 'body' || (h.rec.orgKind === 'other' && unionOrFormat(h.rec))) &&
    /^(?:\s+\([A-Z][\w-]*\))?\s+(?:will\s+|is\s+to\s+|(?:is|are|was|were)\s+(?:set|due|scheduled|expected)\s+to\s+)?(?:hold|holds|held|convene|convenes|convened)\s+(?:its|a|the|an)\s+(?:[\w-]+\s+){0,3}$/.test(
      bodyToTrigger,
    )
  );
}

/** "the NATO summit", "The SCO Council of Heads of State will meet", "The CIS Council ... will hold its next meeting". */
function bodyBeforeTrigger(story: Story, c: TriggerCtx): OrgHit | undefined {
  const { idx, text } = story;
  const { t, sent } = c;
  return orgHitsStartingIn(idx, sent.start, t.start + 1).findLast(
    (h) =>
      h.end <= t.start &&
      !lastOfPartyList(story, h, sent.start) &&
      h.end >= t.start - 50 &&
      (h.end >= t.start - 30 || bodyHoldsSitting(h, text.slice(h.end, t.start))) &&
      h.start >= sent.start &&
      (BODY_BEFORE_GAP.test(text.slice(h.end, t.start)) ||
        // "The SCO Council of Heads of State will meet": a body as the subject of meeting
        (/^(?:met|meet|meets|convened|gathered)$/.test(t.text) &&
          /^\s+(?:will\s+|is\s+to\s+|are\s+to\s+|also\s+)?$/.test(text.slice(h.end, t.start)) &&
          h.rec.orgKind === 'body') ||
        // "The CIS Council of Defense Ministers will hold its next meeting"
        bodyHoldsSitting(h, text.slice(h.end, t.start))),
  );
}

/**
 * Rule: "Foreign ministers of Germany, Poland and the EU met in Kristiansand": a body closing a
 * list that holds countries is one of the parties that met, not the body whose sitting it was.
 * "The EU met" and "Germany said the EU summit" are left as they were.
 */
function lastOfPartyList(story: Story, h: OrgHit, sentStart: number): boolean {
  const before = story.text.slice(sentStart, h.start);
  if (!LAST_LIST_ITEM_BEFORE.test(before)) return false;
  return story.reg.mentionsIn(Math.max(sentStart, h.start - 80), h.start).some((m) => {
    const r = story.reg.get(m.ref);
    return r?.kind === 'place' && r.placeKind === 'country' && m.via !== 'demonym';
  });
}

/** Rule: "The Council ... decided to hold its next meeting in Moscow": the body named in full before. */
function shortBodySubject(story: Story, c: TriggerCtx): OrgHit | undefined {
  const shortBody = SHORT_BODY_SUBJECT.exec(story.text.slice(c.sent.start, c.t.start));
  if (!shortBody) return undefined;
  const head = (shortBody[1] as string).toLowerCase();
  return lastHitEndingBy(bodiesNamed(story, head), c.sent.start);
}

/** The bodies whose name starts with a head word ("council"), in text order, listed once per word. */
function bodiesNamed(story: Story, head: string): OrgHit[] {
  let list = story.bodiesByHead.get(head);
  if (!list) {
    list = story.idx.orgHits.filter(
      (h) => h.rec.orgKind === 'body' && h.rec.name.toLowerCase().startsWith(head),
    );
    story.bodiesByHead.set(head, list);
  }
  return list;
}

/** Rule: "a summit" or "a session" in a sentence that names one body or alliance only sits as it. */
function onlyBodyInSentence(story: Story, c: TriggerCtx): OrgHit | undefined {
  const { t, sent } = c;
  if ((t.hint !== 'summit' && t.hint !== 'session') || ANAPHORIC_BEFORE.test(c.before)) return undefined;
  const inSentence = orgHitsStartingIn(story.idx, sent.start, sent.end + 1).filter(
    (h) =>
      h.start >= sent.start &&
      h.end <= sent.end &&
      (h.rec.orgKind === 'alliance' || h.rec.orgKind === 'body'),
  );
  const distinct = [...new Set(inSentence.map((h) => h.rec))];
  return distinct.length === 1 ? inSentence[0] : undefined;
}

/**
 * Rule: "NATO defence ministers agreed ..., Rutte said after a meeting in Brussels": a meeting
 * told beside an alliance's ministers is their sitting, when the ministers are the sentence's
 * subject (before the trigger, with no person before them).
 */
function allianceMinistersSubject(story: Story, c: TriggerCtx): OrgHit | undefined {
  const { idx, reg, text } = story;
  const { t, sent } = c;
  if (t.hint !== 'meet' || !/^(?:meeting|meetings|talks)$/i.test(t.text) || ANAPHORIC_BEFORE.test(c.before))
    return undefined;
  return orgHitsStartingIn(idx, sent.start, t.start + 1).find(
    (h) =>
      h.start >= sent.start &&
      h.end <= t.start &&
      h.rec.orgKind === 'alliance' &&
      MINISTERS_OF.test(text.slice(h.end, h.end + 40)) &&
      !reg.mentionsIn(sent.start, h.start).some((m) => reg.get(m.ref)?.kind === 'person'),
  );
}

/** Right after a union's name: the group that sits for it ("NATO leaders", "ASEAN foreign ministers", "EU heads of state"). */
const GROUP_AFTER_UNION =
  /^(?:\s*\([A-Z][\w-]*\))?['’]?s?\s+(?:(?:[\w-]+\s+){0,2}?(leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)|(?:[\w-]+\s+){0,2}?ministers)\b/;
/** Right before a union's name: "Leaders of the", "Foreign ministers of the". */
const GROUP_BEFORE_UNION =
  /\b(?:([Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment)(?:\s+and\s+[Gg]overnment)?)|[Mm]inisters)\s+(?:of|from)\s+(?:the\s+)?$/;

/** Before a union's group: "President X and other", "X and the other" (then "heads of state of"). */
const AND_OTHER_GROUP =
  /\band\s+(?:the\s+)?other\s+(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|(?:[\w-]+\s+)?ministers)\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,8}?(?:\([\w-]+\)\s*,?\s*)?(?:(?:are|were|is|will)\s+)?(?:\w+\s+)?$/i;

/**
 * Rule: "President X and other heads of state of ECOWAS are meeting in Abuja": a person joined to
 * a union's leaders by "and other" is one of them, so the union's group stays the subject.
 */
export function personJoinsUnionGroup(sentenceBefore: string): boolean {
  return AND_OTHER_GROUP.test(sentenceBefore) || AND_OTHER_BEFORE_UNION.test(sentenceBefore);
}

/** The same, read up to the union's name: "President X and other heads of state of the". */
const AND_OTHER_BEFORE_UNION =
  /\band\s+(?:the\s+)?other\s+(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|(?:[\w-]+\s+)?ministers)\s+(?:of|from)\s+(?:the\s+)?$/i;

/**
 * Rule: "attended the opening ceremony of their regional meeting": a trigger followed by "of
 * their/the ..." and the sitting's noun is a part of that sitting, not another meeting told first.
 */
export function partOfSitting(betweenPartAndSitting: string): boolean {
  return /^\s+of\s+(?:the|their|its|this)\s+(?:[\w’'-]+\s+){0,3}$/.test(betweenPartAndSitting);
}

/** Which group of a union a sentence names as its subject: its leaders (a summit) or its ministers (a session). */
const groupSitting = new WeakMap<TriggerCtx, 'leaders' | 'ministers'>();

/** The group a union's subject phrase names ("leaders" or "ministers"), or null. */
function unionGroupAt(text: string, from: number, hit: OrgHit): 'leaders' | 'ministers' | null {
  const after = GROUP_AFTER_UNION.exec(text.slice(hit.end, hit.end + 60));
  if (after) return after[1] ? 'leaders' : 'ministers';
  const before = GROUP_BEFORE_UNION.exec(text.slice(Math.max(from, hit.start - 50), hit.start));
  if (before) return before[1] ? 'leaders' : 'ministers';
  return null;
}

/** Schools and research bodies: named like institutions, never a group of states that sits. */
const ACADEMIC_NAME = /\b(?:Institute|University|Academy|College|School)\b/;

/**
 * A union of states, or a format of them the gazetteer does not know ("the Three Seas
 * Initiative", "the Weimar Triangle", "the Bucharest Nine (B9)"): a group whose leaders or
 * ministers can sit.
 */
export function unionOrFormat(rec: OrganizationRecord): boolean {
  return rec.orgKind === 'alliance' || (rec.orgKind === 'other' && !ACADEMIC_NAME.test(rec.name));
}

/**
 * Rule: "NATO leaders gathered in Washington for a summit", "Foreign ministers of ASEAN met ...
 * for their annual meeting", "EU leaders meeting in Brussels": a union's leaders or ministers, as
 * the sentence's subject with no person before them, sit at the first meeting told after them.
 */
function unionGroupSubject(story: Story, c: TriggerCtx): OrgHit | undefined {
  const { idx, reg, text } = story;
  const { t, sent } = c;
  if (t.hint !== 'summit' && t.hint !== 'meet' && t.hint !== 'session') return undefined;
  if (
    !/^(?:summit|summits|meeting|meetings|met|meet|meets|talks|gathering|session|sitting|Summit)$/.test(
      t.text,
    )
  )
    return undefined;
  const hit = orgHitsStartingIn(idx, sent.start, t.start + 1).find(
    (h) =>
      h.start >= sent.start &&
      h.end <= t.start &&
      t.start - h.end <= 200 &&
      unionOrFormat(h.rec) &&
      (!reg.mentionsIn(sent.start, h.start).some((m) => reg.get(m.ref)?.kind === 'person') ||
        personJoinsUnionGroup(text.slice(sent.start, h.start))),
  );
  if (!hit) return undefined;
  const group = unionGroupAt(text, sent.start, hit);
  if (!group) return undefined;
  // the first meeting told after the group is theirs ("... agreed to open accession talks with X"
  // is not); "met ... for a summit" tells one meeting with its verb and its noun
  if (
    c.sentTriggers.some(
      (o) =>
        o !== t &&
        o.start > hit.end &&
        o.start < t.start &&
        !/^(?:met|meet|meets)$/.test(o.text) &&
        !partOfSitting(text.slice(o.end, t.start)),
    )
  )
    return undefined;
  groupSitting.set(c, group);
  return hit;
}

/** The group ("leaders", "ministers") whose sitting the forum rules found, if any. */
export function groupOfSitting(c: TriggerCtx): 'leaders' | 'ministers' | undefined {
  return groupSitting.get(c);
}

/** Rule: the body overlapping the trigger or right after "of (the)" ("a session of the CSTO Council"). */
function bodyOfSitting(_story: Story, c: TriggerCtx): OrgHit | undefined {
  return c.orgAfter;
}

/** Rule: the body right before the trigger ("the NATO summit") or as its subject ("The SCO Council ... will meet"). */
function bodyNamedBefore(_story: Story, c: TriggerCtx): OrgHit | undefined {
  return c.orgBefore;
}

/** The forum rules, in order: the first that finds a body wins. */
export const FORUM_RULES = named([
  bodyOfSitting,
  bodyNamedBefore,
  shortBodySubject,
  onlyBodyInSentence,
  allianceMinistersSubject,
  unionGroupSubject,
]);

/**
 * Stage 2: the forum of the trigger's meeting. A format such as the G20 sits too, but only when it
 * is named right at the trigger ("the G20 summit").
 */
export function findForum(story: Story, c: TriggerCtx): boolean {
  c.orgAfter = bodyAtTrigger(story, c);
  c.orgBefore = bodyBeforeTrigger(story, c);
  let hit: OrgHit | undefined;
  let rule = '';
  let ofGroup = false;
  for (const r of FORUM_RULES) {
    hit = r.rule(story, c);
    if (hit) {
      rule = r.name;
      ofGroup = r.rule === unionGroupSubject;
      break;
    }
  }
  // "the Council of Ministers of Defense (CMM) session of the CIS": the alliance's own body named
  // right before the sitting is the more exact forum
  if (hit && hit === c.orgAfter && c.orgBefore?.rec.parent === hit.rec.ref) hit = c.orgBefore;
  // a format of states sits where it is named at the trigger, or as its leaders or ministers
  const direct = hit === c.orgAfter || hit === c.orgBefore || ofGroup;
  if (
    hit &&
    hit.rec.orgKind !== 'alliance' &&
    hit.rec.orgKind !== 'body' &&
    !(direct && hit.rec.orgKind === 'other')
  )
    hit = undefined;
  c.forum = hit?.rec ?? null;
  if (hit) c.rules.push(`forum:${rule}`);
  return true;
}
