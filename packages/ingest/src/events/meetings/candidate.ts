import { sittingOrdinal } from './ordinal.js';
import type { Candidate, Story, TriggerCtx } from './types.js';

// The last step of a trigger: the telling it makes, or one per party of "separate meetings".

/** The kinds told with a number in their series ("the 44th summit", "the 161st session"). */
const GROUP_SITTING = new Set(['session', 'summit', 'multilateral']);

/** "separate meetings/talks/calls", "held meetings with A and B": one meeting with each party named. */
const SEPARATE =
  /\bseparate\s+(?:bilateral\s+)?(?:meetings|talks|conversations|(?:phone\s+|telephone\s+)?calls)$|\b(?:held|had|holds|has held|also held)\s+(?:bilateral\s+)?meetings$/i;

/**
 * Told with a definite article and nothing new ("The summit of CSTO leaders"): may repeat an
 * earlier one. "ahead of The Hague summit", "in preparation for the Vilnius summit", "the next
 * summit" are a later sitting, not a retelling.
 */
function toldAsDefinite(before: string, participants: string[]): boolean {
  return (
    /\b(?:the|this|that)\s+(?:\w+\s+){0,2}$/i.test(before) &&
    !participants.length &&
    !/\b(?:ahead of|in preparation for|preparations? for|before)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(
      before,
    ) &&
    !/\b(?:next|previous|last|upcoming|latest|first|second|third|another|new)\s+(?:\S+\s+){0,3}$/i.test(
      before,
    )
  );
}

/** Rule: "X held separate meetings with A and B": one bilateral with each. True when it split the telling. */
function separateMeetings(story: Story, c: TriggerCtx, telling: Candidate): boolean {
  const { t, sent } = c;
  const subject = telling.participants[0];
  if (
    !SEPARATE.test(story.text.slice(Math.max(sent.start, t.start - 12), t.end)) ||
    !subject ||
    telling.participants.length < 3 ||
    story.reg.get(subject)?.kind !== 'person'
  )
    return false;
  for (const other of telling.participants.slice(1))
    story.cands.push({
      ...telling,
      kind: telling.kind === 'call' ? 'call' : 'bilateral',
      participants: [subject, other],
      separate: true,
      rules: [...telling.rules, { rule: 'separate-meetings', span: telling.evidence }],
    });
  return true;
}

/** The last step: the telling of the trigger, added to the story's. */
export function addTelling(story: Story, c: TriggerCtx): boolean {
  const { before } = c;
  const evidence = story.reg.span(c.sent.start, c.sent.end);
  const telling: Candidate = {
    trigger: c.t,
    kind: c.kind,
    status: c.status,
    participants: c.participants,
    forum: c.forum,
    place: c.place,
    date: c.date,
    sentence: c.si,
    evidence,
    within: null,
    anaphoric: false,
    definite: toldAsDefinite(before, c.participants),
    also: /\balso\s+$/.test(before),
    next: /\bnext\s+(?:[\w-]+\s+){0,2}$/i.test(before) && c.status === 'planned',
    ordinal: GROUP_SITTING.has(c.kind)
      ? sittingOrdinal(story.text.slice(c.sent.start, c.t.start))
      : undefined,
    rules: c.rules.map((rule) => ({ rule, span: evidence })),
  };
  if (!separateMeetings(story, c, telling)) story.cands.push(telling);
  return true;
}
